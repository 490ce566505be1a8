// In-memory road search over a Project, for the viewer's search box (runs on every keystroke).
// Query semantics, issue 4 item 3 and issue 10 point 3: substring of a name by its NameKey (spaces, 繁/简,
// look-alikes: 荷叶 finds 荷葉路), pinyin or initials of a name (gangtianlu, gtl), a flagged variant pair as
// one road (the validator's name_variant finding); a 区 or
// 街道 name lists its roads; an endpoint name lists the roads that start, end or turn on it; one- and
// two-character queries work. Results are ranked (see MatchRank) and say why they matched.
#pragma once

#include "core/project.h"
#include "search/road_matcher.h"
#include "search/search_hit.h"

#include <QList>
#include <QString>
#include <string>

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
    // Every road's keys in one text (roads separated by '\x01'), starts_[i] where road i's begin: a query's
    // key is found by one scan of it instead of a substring test per road.
    std::u16string keys_;
    QList<qsizetype> starts_;
    // Per road, side by side: a pinyin query tests these 17 bytes per road before touching the matcher.
    struct PinyinFilter {
        PinyinName::Masks masks;
        bool asciiInKeys = false;
    };
    QList<PinyinFilter> pinyin_;
};

} // namespace luming
