// The 区 → 街道 → road hierarchy as plain values, built once from a Project; RoadTreeModel only
// presents it. A road printed in two 街道 (通虞大街: 董家街道 and 郭店街道) is listed under each.
#pragma once

#include "road_key.h"

#include <QList>
#include <QString>

namespace luming {
struct Project;
}

namespace luming::app {

struct RoadTreeRoad {
    RoadKey key;
    QString name;
};

struct RoadTreeSubdistrict {
    QString name; // empty when the item names no 街道
    QList<RoadTreeRoad> roads;

    QList<RoadKey> roadKeys() const; // in item order
};

struct RoadTreeDistrict {
    QString name;
    // Distinct roads of the 区: a road listed under two 街道 counts once here, once under each 街道.
    int roadCount = 0;
    QList<RoadTreeSubdistrict> subdistricts;

    QList<RoadKey> roadKeys() const; // distinct, in the order listed
};

struct RoadTree {
    QList<RoadTreeDistrict> districts;

    // Districts in the order the notices print them (declared sections first, then any others as
    // met); 街道 and roads in item order.
    [[nodiscard]] static RoadTree fromProject(const Project& project);

    int roadCount() const; // distinct roads over all districts
};

} // namespace luming::app
