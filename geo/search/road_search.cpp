#include "search/road_search.h"

namespace luming {

RoadSearch::RoadSearch(const Project& project) {
    for (const Notice& n : project.parse.notices) {
        for (const RoadRecord& r : n.roads) {
            matchers_.append(
                RoadMatcher(SearchFields{RoadId{n.id, r.seq}, r.name, r.oldName.value_or(QString()),
                                         r.district, r.subdistricts, r.start, r.end, r.via}));
        }
    }
}

QList<SearchHit> RoadSearch::search(const QString& query, int limit) const {
    QList<SearchHit> hits;
    const QString key = RoadMatcher::queryKey(query);
    if (key.isEmpty())
        return hits;
    for (const RoadMatcher& m : matchers_)
        if (std::optional<SearchHit> h = m.match(key))
            hits.append(std::move(*h));
    RoadMatcher::sortHits(hits);
    if (limit > 0 && hits.size() > limit)
        hits.resize(limit);
    return hits;
}

} // namespace luming
