#include "layout/road_name_matcher.h"

#include "chinese/name_key.h"

namespace luming {

RoadNameMatcher::RoadNameMatcher(const QList<QString>& names) {
    for (int i = 0; i < names.size(); ++i) {
        if (!exact_.contains(names[i]))
            exact_.insert(names[i], i);
        folded_[fold(names[i])].append(i);
    }
}

QString RoadNameMatcher::fold(const QString& name) {
    return NameKey::of(name);
}

int RoadNameMatcher::find(const QString& reference) const {
    const auto exact = exact_.constFind(reference);
    if (exact != exact_.cend())
        return *exact;
    const QList<int> folded = folded_.value(fold(reference));
    return folded.size() == 1 ? folded.first() : -1;
}

} // namespace luming
