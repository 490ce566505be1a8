#include "search/store_road_search.h"

#include "search/road_matcher.h"
#include "store/sqlite_raii.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace luming {
namespace {

// Contract with geo/store (RoadNameIndex): road_name_fts(doc_number, seq, name, old_name, district,
// subdistricts, start, "end", via), rowid = roads.fid, each value printed and (if different) folded.
// The notice: notice_id; a file from before it, by doc_number (NoticeId::fromStored's rule).
constexpr const char* kNoticeId = "COALESCE(NULLIF(r.notice_id, ''), NULLIF(r.doc_number, ''), 'legacy:')";
constexpr const char* kLegacyNoticeId = "COALESCE(NULLIF(r.doc_number, ''), 'legacy:')";
constexpr const char* kSelectColumns =
    ", r.seq, r.name, r.old_name, r.district, r.subdistricts, r.start, r.\"end\", r.via "
    "FROM road_name_fts f JOIN roads r ON r.fid = f.rowid WHERE ";
constexpr const char* kTrigram = "road_name_fts MATCH ?1 ORDER BY r.fid";
constexpr const char* kScan = "instr(f.name, ?1) OR instr(f.old_name, ?1) OR instr(f.district, ?1) OR "
                              "instr(f.subdistricts, ?1) OR instr(f.start, ?1) OR instr(f.\"end\", ?1) OR "
                              "instr(f.via, ?1) ORDER BY r.fid";

QStringList jsonStrings(const QString& json) {
    QStringList out;
    for (const auto& v : QJsonDocument::fromJson(json.toUtf8()).array())
        out << v.toString();
    return out;
}

StoreSearchResult failed(const QString& path, const QString& why) {
    StoreSearchResult r;
    r.error = QStringLiteral("Cannot search %1: %2").arg(path, why);
    return r;
}

} // namespace

StoreSearchResult StoreRoadSearch::search(const QString& gpkgPath, const QString& query, int limit) {
    if (!QFileInfo(gpkgPath).isFile())
        return failed(gpkgPath, QStringLiteral("no such file"));
    Result<sqlite::DatabasePtr> opened = sqlite::open(gpkgPath, SQLITE_OPEN_READONLY);
    if (!opened)
        return failed(gpkgPath, opened.errorString());
    sqlite::DatabasePtr db = std::move(*opened);
    {
        Result<sqlite::StatementPtr> probe = sqlite::prepare(
            db.get(), "SELECT 1 FROM sqlite_master WHERE name = 'road_name_fts' AND type = 'table'");
        if (!probe)
            return failed(gpkgPath, QStringLiteral("not a project GeoPackage (%1)").arg(probe.errorString()));
        if (sqlite3_step(probe->get()) != SQLITE_ROW)
            return failed(gpkgPath,
                          QStringLiteral("it has no road name index (road_name_fts); save it with Luming"));
    }
    StoreSearchResult result;
    result.ok = true;
    const QString key = RoadMatcher::queryKey(query);
    if (key.isEmpty())
        return result;

    bool keyedByNotice = false;
    {
        Result<sqlite::StatementPtr> probe =
            sqlite::prepare(db.get(), "SELECT 1 FROM pragma_table_info('roads') WHERE name = 'notice_id'");
        keyedByNotice = probe && sqlite3_step(probe->get()) == SQLITE_ROW;
    }
    const bool trigram = key.toUcs4().size() >= 3;
    const QByteArray sql = QByteArray("SELECT ") + (keyedByNotice ? kNoticeId : kLegacyNoticeId) +
                           kSelectColumns + (trigram ? kTrigram : kScan);
    Result<sqlite::StatementPtr> prepared = sqlite::prepare(db.get(), sql.constData());
    if (!prepared)
        return failed(gpkgPath, prepared.errorString());
    sqlite::StatementPtr st = std::move(*prepared);
    if (trigram) {
        QString phrase = key;
        phrase.replace(u'"', QStringLiteral("\"\"")); // an FTS5 string: the query as one literal phrase
        sqlite::bindText(st.get(), 1, u'"' + phrase + u'"');
    } else {
        sqlite::bindText(st.get(), 1, key);
    }
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(st.get())) == SQLITE_ROW) {
        sqlite3_stmt* s = st.get();
        const RoadMatcher matcher(
            SearchFields{RoadId{NoticeId::fromKey(sqlite::columnText(s, 0)), sqlite3_column_int(s, 1)},
                         sqlite::columnText(s, 2), sqlite::columnText(s, 3), sqlite::columnText(s, 4),
                         jsonStrings(sqlite::columnText(s, 5)), sqlite::columnText(s, 6),
                         sqlite::columnText(s, 7), jsonStrings(sqlite::columnText(s, 8))});
        // The index narrows the rows; the matcher decides, so reasons and ranks equal RoadSearch's.
        if (std::optional<SearchHit> h = matcher.match(key))
            result.hits.append(std::move(*h));
    }
    if (rc != SQLITE_DONE)
        return failed(gpkgPath, sqlite::lastError(db.get()));
    RoadMatcher::sortHits(result.hits);
    if (limit > 0 && result.hits.size() > limit)
        result.hits.resize(limit);
    return result;
}

} // namespace luming
