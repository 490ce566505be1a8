#include "chinese/name_key.h"
#include "store/road_name_index_p.h"
#include "store/sqlite_raii.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

namespace luming {
namespace {

// Contract shared with geo/search (StoreRoadSearch): table name, column names and order.
constexpr const char* kCreate =
    "CREATE VIRTUAL TABLE road_name_fts USING fts5(doc_number UNINDEXED, seq UNINDEXED, name, old_name, "
    "district, subdistricts, start, \"end\", via, tokenize='trigram')";
constexpr const char* kInsert = "INSERT INTO road_name_fts(rowid, doc_number, seq, name, old_name, district, "
                                "subdistricts, start, \"end\", "
                                "via) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)";
constexpr const char* kSelectRoads =
    "SELECT fid, doc_number, seq, name, old_name, district, subdistricts, start, \"end\", via FROM roads";

// A JSON array of strings as one value per line; anything else as it stands.
QString listColumn(const QString& json) {
    if (json.isEmpty())
        return {};
    const QJsonDocument v = QJsonDocument::fromJson(json.toUtf8());
    if (!v.isArray())
        return json;
    QStringList values;
    for (const auto& item : v.array())
        if (item.isString())
            values << item.toString();
    return values.join(u'\n');
}

QString indexedList(const QString& json) {
    QStringList out;
    for (const QString& value : listColumn(json).split(u'\n', Qt::SkipEmptyParts))
        out << RoadNameIndex::indexedForm(value);
    return out.join(u'\n');
}

// Rolls back unless committed, so an early return never leaves a transaction open.
class Transaction {
public:
    explicit Transaction(sqlite3* db) : db_(db) {}
    ~Transaction() {
        if (open_)
            sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
    }
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    [[nodiscard]] Status begin() {
        Status begun = sqlite::exec(db_, "BEGIN IMMEDIATE");
        open_ = begun.ok();
        return begun;
    }
    [[nodiscard]] Status commit() {
        Status committed = sqlite::exec(db_, "COMMIT");
        if (committed)
            open_ = false;
        return committed;
    }

private:
    sqlite3* db_;
    bool open_ = false;
};

} // namespace

QString RoadNameIndex::indexedForm(const QString& value) {
    const QString key = NameKey::of(value);
    return key == value ? value : value + u'\n' + key;
}

Result<qint64> RoadNameIndex::rebuild(const QString& gpkgFile) {
    Result<sqlite::DatabasePtr> db = sqlite::open(gpkgFile, SQLITE_OPEN_READWRITE);
    if (!db)
        return db.error();
    Transaction transaction(db->get());
    if (Status begun = transaction.begin(); !begun)
        return begun.error();
    if (Status dropped = sqlite::exec(db->get(), "DROP TABLE IF EXISTS road_name_fts"); !dropped)
        return dropped.error();
    if (Status created = sqlite::exec(db->get(), kCreate); !created)
        return created.error();
    Result<sqlite::StatementPtr> select = sqlite::prepare(db->get(), kSelectRoads);
    if (!select)
        return select.error();
    Result<sqlite::StatementPtr> insert = sqlite::prepare(db->get(), kInsert);
    if (!insert)
        return insert.error();
    qint64 rows = 0;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(select->get())) == SQLITE_ROW) {
        sqlite3_stmt* s = select->get();
        sqlite3_stmt* in = insert->get();
        sqlite3_reset(in);
        sqlite3_bind_int64(in, 1, sqlite3_column_int64(s, 0));
        sqlite::bindText(in, 2, sqlite::columnText(s, 1));
        sqlite3_bind_int64(in, 3, sqlite3_column_int64(s, 2));
        for (int column : {3, 4, 5}) // name, old_name, district
            sqlite::bindText(in, column + 1, indexedForm(sqlite::columnText(s, column)));
        sqlite::bindText(in, 7, indexedList(sqlite::columnText(s, 6)));  // subdistricts
        sqlite::bindText(in, 8, indexedForm(sqlite::columnText(s, 7)));  // start
        sqlite::bindText(in, 9, indexedForm(sqlite::columnText(s, 8)));  // end
        sqlite::bindText(in, 10, indexedList(sqlite::columnText(s, 9))); // via
        if (sqlite3_step(in) != SQLITE_DONE)
            return fail(sqlite::lastError(db->get()));
        ++rows;
    }
    if (rc != SQLITE_DONE)
        return fail(sqlite::lastError(db->get()));
    select->reset();
    insert->reset();
    // FTS5 checks its index against its content; a corrupt index fails here, before the rename.
    if (Status checked =
            sqlite::exec(db->get(), "INSERT INTO road_name_fts(road_name_fts) VALUES('integrity-check')");
        !checked)
        return checked.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return rows;
}

} // namespace luming
