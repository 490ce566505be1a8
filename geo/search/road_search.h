// In-memory road search over a Project, for the viewer's search box (runs on every keystroke).
// Query semantics, issue 4 item 3: substring of a name, 繁/简-insensitive (荷叶 finds 荷葉路); a 区 or
// 街道 name lists its roads; an endpoint name lists the roads that start, end or turn on it; one- and
// two-character queries work. Results are ranked (see MatchRank) and say why they matched.
#pragma once

#include "core/project.h"
#include "search/road_matcher.h"
#include "search/search_hit.h"

#include <QList>
#include <QString>

namespace luming {

class RoadSearch {
public:
    // Folds every road's values once; searching afterwards folds only the query.
    explicit RoadSearch(const Project& project);

    // limit 0: all hits. An empty or blank query finds nothing.
    [[nodiscard]] QList<SearchHit> search(const QString& query, int limit = 0) const;
    [[nodiscard]] qsizetype roadCount() const { return matchers_.size(); }

private:
    QList<RoadMatcher> matchers_; // in notice order, then printed order
};

} // namespace luming
