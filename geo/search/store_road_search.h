// Road search over a saved project GeoPackage (for `luming search`), through its road_name_fts index.
// Same semantics and ranking as RoadSearch. Queries of 3+ characters use the FTS5 trigram index; SQLite
// 3.40's trigram tokenizer cannot answer 1–2 characters (MATCH and even LIKE on the FTS columns return
// nothing), so those scan the index's stored values with instr().
#pragma once

#include "search/search_hit.h"

#include <QList>
#include <QString>

namespace luming {

struct StoreSearchResult {
    bool ok = false;
    QString error; // "Cannot search /x/roads.gpkg: <why>"
    QList<SearchHit> hits;
};

class StoreRoadSearch {
public:
    [[nodiscard]] static StoreSearchResult search(const QString& gpkgPath, const QString& query,
                                                  int limit = 0);
};

} // namespace luming
