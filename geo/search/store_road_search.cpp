#include "search/store_road_search.h"

#include "search/road_matcher.h"
#include "search/variant_pairs.h"
#include "store/sqlite_raii.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <algorithm>

namespace luming {
namespace {

// Contract with geo/store (RoadNameIndex): road_name_fts(doc_number, seq, name, old_name, district,
// subdistricts, start, "end", via), rowid = roads.fid, each value printed and (if different) its NameKey.
// The notice: notice_id; a file from before it, by doc_number (NoticeId::fromStored's rule).
constexpr const char* kNoticeId = "COALESCE(NULLIF(r.notice_id, ''), NULLIF(r.doc_number, ''), 'legacy:')";
constexpr const char* kLegacyNoticeId = "COALESCE(NULLIF(r.doc_number, ''), 'legacy:')";
constexpr const char* kSelectColumns =
    ", r.seq, r.name, r.old_name, r.district, r.subdistricts, r.start, r.\"end\", r.via, r.fid "
    "FROM road_name_fts f JOIN roads r ON r.fid = f.rowid WHERE ";
constexpr const char* kTrigram = "road_name_fts MATCH ?1 ORDER BY r.fid";
constexpr const char* kScan = "instr(f.name, ?1) OR instr(f.old_name, ?1) OR instr(f.district, ?1) OR "
                              "instr(f.subdistricts, ?1) OR instr(f.start, ?1) OR instr(f.\"end\", ?1) OR "
                              "instr(f.via, ?1) ORDER BY r.fid";
// Pinyin is not in the index (a name has many spellings: full, initials, mixed, polyphones): every row is
// read and the matcher decides, linear in the roads.
constexpr const char* kEveryRow = "1 ORDER BY r.fid";

QStringList jsonStrings(const QString& json) {
    QStringList out;
    for (const auto& v : QJsonDocument::fromJson(json.toUtf8()).array())
        out << v.toString();
    return out;
}

QList<int> jsonInts(const QString& json) {
    QList<int> out;
    for (const auto& v : QJsonDocument::fromJson(json.toUtf8()).array())
        out << v.toInt();
    return out;
}

StoreSearchResult failed(const QString& path, const QString& why) {
    StoreSearchResult r;
    r.error = QCoreApplication::translate("luming::Geo", "Cannot search %1: %2").arg(path, why);
    return r;
}

bool hasColumn(sqlite3* db, const char* table, const char* column) {
    const QByteArray sql =
        QByteArray("SELECT 1 FROM pragma_table_info('") + table + "') WHERE name = '" + column + "'";
    Result<sqlite::StatementPtr> probe = sqlite::prepare(db, sql.constData());
    return probe && sqlite3_step(probe->get()) == SQLITE_ROW;
}

// The flagged variant pairs of the file, by road: the same derivation as RoadSearch's, from the findings
// table and the items its name_variant rows name.
Result<QHash<RoadId, VariantPair>> readVariantPairs(sqlite3* db, bool keyedByNotice) {
    QHash<RoadId, VariantPair> out;
    const QByteArray findingNotice =
        keyedByNotice && hasColumn(db, "findings", "notice_id")
            ? "COALESCE(NULLIF(notice_id, ''), NULLIF(doc_number, ''), 'legacy:')"
            : "COALESCE(NULLIF(doc_number, ''), 'legacy:')";
    Result<sqlite::StatementPtr> findings = sqlite::prepare(
        db, ("SELECT " + findingNotice + ", seqs, subject FROM findings WHERE code = 'name_variant'")
                .constData());
    if (!findings)
        return findings.error();
    QHash<QString, QList<Finding>> byNotice;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(findings->get())) == SQLITE_ROW) {
        sqlite3_stmt* s = findings->get();
        Finding f;
        f.code = FindingCode::NameVariant;
        f.seqs = jsonInts(sqlite::columnText(s, 1));
        f.subject = sqlite::columnText(s, 2);
        byNotice[sqlite::columnText(s, 0)].append(f);
    }
    if (rc != SQLITE_DONE)
        return fail(sqlite::lastError(db));
    const QByteArray sql = QByteArray("SELECT r.seq, r.name, r.start, r.\"end\", r.via FROM roads r WHERE ") +
                           (keyedByNotice ? kNoticeId : kLegacyNoticeId) + " = ?1";
    for (auto it = byNotice.cbegin(); it != byNotice.cend(); ++it) {
        Result<sqlite::StatementPtr> roads = sqlite::prepare(db, sql.constData());
        if (!roads)
            return roads.error();
        sqlite::bindText(roads->get(), 1, it.key());
        QList<ItemNames> items;
        while ((rc = sqlite3_step(roads->get())) == SQLITE_ROW) {
            sqlite3_stmt* s = roads->get();
            items.append(ItemNames{sqlite3_column_int(s, 0), sqlite::columnText(s, 1),
                                   QStringList{sqlite::columnText(s, 2)} +
                                       jsonStrings(sqlite::columnText(s, 4)) +
                                       QStringList{sqlite::columnText(s, 3)}});
        }
        if (rc != SQLITE_DONE)
            return fail(sqlite::lastError(db));
        for (const VariantPair& v : variantPairs(items, it.value()))
            out.insert(RoadId{NoticeId::fromKey(it.key()), v.seq}, v);
    }
    return out;
}

} // namespace

StoreSearchResult StoreRoadSearch::search(const QString& gpkgPath, const QString& query, int limit) {
    if (!QFileInfo(gpkgPath).isFile())
        return failed(gpkgPath, QCoreApplication::translate("luming::Geo", "no such file"));
    Result<sqlite::DatabasePtr> opened = sqlite::open(gpkgPath, SQLITE_OPEN_READONLY);
    if (!opened)
        return failed(gpkgPath, opened.errorString());
    sqlite::DatabasePtr db = std::move(*opened);
    {
        Result<sqlite::StatementPtr> probe = sqlite::prepare(
            db.get(), "SELECT 1 FROM sqlite_master WHERE name = 'road_name_fts' AND type = 'table'");
        if (!probe)
            return failed(gpkgPath,
                          QCoreApplication::translate("luming::Geo", "not a project GeoPackage (%1)")
                              .arg(probe.errorString()));
        if (sqlite3_step(probe->get()) != SQLITE_ROW)
            return failed(gpkgPath, QCoreApplication::translate(
                                        "luming::Geo",
                                        "it has no road name index (road_name_fts); save it with Luming"));
    }
    StoreSearchResult result;
    result.ok = true;
    const SearchQuery prepared = RoadMatcher::prepare(query);
    const QString& key = prepared.key;
    if (key.isEmpty())
        return result;

    const bool keyedByNotice = hasColumn(db.get(), "roads", "notice_id");
    Result<QHash<RoadId, VariantPair>> variants = readVariantPairs(db.get(), keyedByNotice);
    if (!variants)
        return failed(gpkgPath, variants.errorString());

    const bool pinyin = !prepared.letters.isEmpty();
    const bool trigram = !pinyin && key.toUcs4().size() >= 3;
    const QByteArray noticeId = keyedByNotice ? kNoticeId : kLegacyNoticeId;
    const QByteArray sql = "SELECT " + noticeId + kSelectColumns +
                           (pinyin    ? kEveryRow
                            : trigram ? kTrigram
                                      : kScan);
    Result<sqlite::StatementPtr> prepared_ = sqlite::prepare(db.get(), sql.constData());
    if (!prepared_)
        return failed(gpkgPath, prepared_.errorString());
    sqlite::StatementPtr st = std::move(*prepared_);
    if (trigram) {
        QString phrase = key;
        phrase.replace(u'"', QStringLiteral("\"\"")); // an FTS5 string: the query as one literal phrase
        sqlite::bindText(st.get(), 1, u'"' + phrase + u'"');
    } else if (!pinyin) {
        sqlite::bindText(st.get(), 1, key);
    }
    QSet<RoadId> seen;
    QList<std::pair<qint64, SearchHit>> found; // by roads.fid: the order RoadSearch sees the roads in
    auto matchRow = [&](sqlite3_stmt* s) {
        const RoadId road{NoticeId::fromKey(sqlite::columnText(s, 0)), sqlite3_column_int(s, 1)};
        const VariantPair v = variants->value(road);
        const RoadMatcher matcher(
            SearchFields{road, sqlite::columnText(s, 2), sqlite::columnText(s, 3), sqlite::columnText(s, 4),
                         jsonStrings(sqlite::columnText(s, 5)), sqlite::columnText(s, 6),
                         sqlite::columnText(s, 7), jsonStrings(sqlite::columnText(s, 8)), v.twin, v.items});
        seen.insert(road);
        // The index narrows the rows; the matcher decides, so reasons and ranks equal RoadSearch's.
        if (std::optional<SearchHit> h = matcher.match(prepared))
            found.append({sqlite3_column_int64(s, 9), std::move(*h)});
    };
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(st.get())) == SQLITE_ROW)
        matchRow(st.get());
    if (rc != SQLITE_DONE)
        return failed(gpkgPath, sqlite::lastError(db.get()));
    // A flagged road is found by the name others use for it, which its row does not hold: match those
    // few rows as well (the index only narrows).
    const QByteArray one = "SELECT " + noticeId + kSelectColumns + noticeId + " = ?1 AND r.seq = ?2";
    for (auto it = variants->cbegin(); it != variants->cend(); ++it) {
        if (seen.contains(it.key()))
            continue;
        Result<sqlite::StatementPtr> row = sqlite::prepare(db.get(), one.constData());
        if (!row)
            return failed(gpkgPath, row.errorString());
        sqlite::bindText(row->get(), 1, it.key().notice.key());
        sqlite3_bind_int(row->get(), 2, it.key().seq);
        while ((rc = sqlite3_step(row->get())) == SQLITE_ROW)
            matchRow(row->get());
        if (rc != SQLITE_DONE)
            return failed(gpkgPath, sqlite::lastError(db.get()));
    }
    std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (auto& [fid, hit] : found)
        result.hits.append(std::move(hit));
    RoadMatcher::sortHits(result.hits);
    if (limit > 0 && result.hits.size() > limit)
        result.hits.resize(limit);
    return result;
}

} // namespace luming
