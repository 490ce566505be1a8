#include "search/road_matcher.h"

#include "chinese/chinese_variants.h"

#include <algorithm>

namespace luming {

QString matchReasonCode(MatchReason reason) {
    switch (reason) {
    case MatchReason::Name:
        return QStringLiteral("name");
    case MatchReason::OldName:
        return QStringLiteral("old_name");
    case MatchReason::District:
        return QStringLiteral("district");
    case MatchReason::Subdistrict:
        return QStringLiteral("subdistrict");
    case MatchReason::Endpoint:
        return QStringLiteral("endpoint");
    case MatchReason::Via:
        return QStringLiteral("via");
    }
    return {};
}

RoadMatcher::Value RoadMatcher::fold(const QString& printed) {
    return {printed, ChineseVariants::searchKey(printed)};
}

RoadMatcher::RoadMatcher(SearchFields fields) : fields_(std::move(fields)) {
    name_ = fold(fields_.name);
    oldName_ = fold(fields_.oldName);
    district_ = fold(fields_.district);
    for (const QString& s : fields_.subdistricts)
        subdistricts_ << fold(s);
    start_ = fold(fields_.start);
    end_ = fold(fields_.end);
    for (const QString& v : fields_.via)
        via_ << fold(v);
}

QString RoadMatcher::queryKey(const QString& query) {
    return ChineseVariants::searchKey(query.simplified());
}

SearchHit RoadMatcher::hit(MatchReason reason, MatchRank rank, const Value& value, const QString& key) const {
    return SearchHit{fields_.road, fields_.name, reason, rank, value.printed, value.key == key};
}

std::optional<SearchHit> RoadMatcher::match(const QString& key) const {
    if (key.isEmpty())
        return std::nullopt;
    if (name_.key == key)
        return hit(MatchReason::Name, MatchRank::ExactName, name_, key);
    if (name_.key.startsWith(key))
        return hit(MatchReason::Name, MatchRank::NamePrefix, name_, key);
    if (name_.key.contains(key))
        return hit(MatchReason::Name, MatchRank::NameSubstring, name_, key);
    if (oldName_.key.contains(key))
        return hit(MatchReason::OldName, MatchRank::OldName, oldName_, key);
    if (district_.key.contains(key))
        return hit(MatchReason::District, MatchRank::Area, district_, key);
    for (const Value& s : subdistricts_)
        if (s.key.contains(key))
            return hit(MatchReason::Subdistrict, MatchRank::Area, s, key);
    // An endpoint query lists the roads tied to it: an exact end beats a longer name containing the query.
    const Value* endpoint = nullptr;
    for (const Value* v : {&start_, &end_}) {
        if (v->key == key)
            return hit(MatchReason::Endpoint, MatchRank::Endpoint, *v, key);
        if (!endpoint && v->key.contains(key))
            endpoint = v;
    }
    for (const Value& v : via_) {
        if (v.key == key)
            return hit(MatchReason::Via, MatchRank::Endpoint, v, key);
    }
    if (endpoint)
        return hit(MatchReason::Endpoint, MatchRank::Endpoint, *endpoint, key);
    for (const Value& v : via_)
        if (v.key.contains(key))
            return hit(MatchReason::Via, MatchRank::Endpoint, v, key);
    return std::nullopt;
}

void RoadMatcher::sortHits(QList<SearchHit>& hits) {
    std::stable_sort(hits.begin(), hits.end(), [](const SearchHit& a, const SearchHit& b) {
        if (a.rank != b.rank)
            return a.rank < b.rank;
        return a.exact && !b.exact;
    });
}

} // namespace luming
