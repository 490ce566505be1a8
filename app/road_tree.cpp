#include "road_tree.h"

#include "core/project.h"

#include <QSet>

namespace luming::app {

namespace {

template <typename T> T& findOrAppend(QList<T>& list, const QString& name) {
    for (T& item : list)
        if (item.name == name)
            return item;
    list.append(T{});
    list.last().name = name;
    return list.last();
}

} // namespace

RoadTree RoadTree::fromProject(const Project& project) {
    RoadTree tree;
    QHash<QString, QSet<RoadKey>> distinct;
    for (const Notice& notice : project.parse.notices) {
        for (const auto& declared : notice.declaredByDistrict)
            findOrAppend(tree.districts, declared.first);
        for (const RoadRecord& road : notice.roads) {
            RoadTreeDistrict& district = findOrAppend(tree.districts, road.district);
            const RoadTreeRoad entry{RoadKey{notice.id, road.seq}, road.name};
            const QStringList subdistricts =
                road.subdistricts.isEmpty() ? QStringList{QString()} : road.subdistricts;
            for (const QString& sub : subdistricts)
                findOrAppend(district.subdistricts, sub).roads.append(entry);
            distinct[road.district].insert(entry.key);
        }
    }
    for (RoadTreeDistrict& district : tree.districts)
        district.roadCount = int(distinct.value(district.name).size());
    return tree;
}

QList<RoadKey> RoadTreeSubdistrict::roadKeys() const {
    QList<RoadKey> keys;
    keys.reserve(roads.size());
    for (const RoadTreeRoad& road : roads)
        keys.append(road.key);
    return keys;
}

QList<RoadKey> RoadTreeDistrict::roadKeys() const {
    QList<RoadKey> keys;
    QSet<RoadKey> seen;
    for (const RoadTreeSubdistrict& sub : subdistricts)
        for (const RoadTreeRoad& road : sub.roads)
            if (!seen.contains(road.key)) {
                seen.insert(road.key);
                keys.append(road.key);
            }
    return keys;
}

int RoadTree::roadCount() const {
    int n = 0;
    for (const RoadTreeDistrict& d : districts)
        n += d.roadCount;
    return n;
}

} // namespace luming::app
