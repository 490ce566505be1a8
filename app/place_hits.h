// Search hits for places: the 区 and 街道 of the road tree whose name key contains the query's key
// (geo/chinese/name_key.h, as the road search compares names). The search box lists them above the roads, so
// typing 历城区 offers the district itself before its 44 roads.
#pragma once

#include "road_tree.h"

#include <QList>
#include <QString>

namespace luming::app {

struct PlaceHit {
    enum class Kind { District, Subdistrict };
    Kind kind = Kind::District;
    QString name;
    QString district; // the 区 a 街道 lies in; empty for a 区
    QList<RoadKey> roads;
};

// Districts first, then 街道, each in tree order; places without a name are never hits.
[[nodiscard]] QList<PlaceHit> placeHits(const RoadTree& tree, const QString& query);

} // namespace luming::app
