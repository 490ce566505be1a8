// Which drawn roads leave the 区 their notice puts them in, per road (the layout's containment rows,
// geo/districts/district_containment.h, speak per 街道 and name only the road farthest out). Measured on
// the map scene's own geometry (metres, the scene's projection), so the marks sit exactly where the map
// draws the polygon. A road is checked only when a district polygon carries exactly its 区's name; a
// development zone without a polygon (济南高新区) is not checked.
#pragma once

#include "road_key.h"

#include <QHash>

namespace luming {
struct Project;
class MapScene;
} // namespace luming

namespace luming::app {

// Road → how far its farthest vertex lies outside its 区's polygon, in metres (> 0 only).
[[nodiscard]] QHash<RoadKey, double> roadsOutsideDistrict(const Project& project, const MapScene& scene);

} // namespace luming::app
