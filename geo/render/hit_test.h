// What lies under a screen position, found through the layers' spatial indexes (cost independent of
// the layer size). A road counts as hit within its drawn half-width plus tolerancePx.
#pragma once

#include "core/road_id.h"
#include "render/map_scene.h"
#include "render/map_style.h"
#include "render/map_viewport.h"

#include <QPointF>
#include <optional>

namespace luming {

// The road nearest to screenPx within reach, or nullopt.
[[nodiscard]] std::optional<RoadId> roadAt(const MapScene& scene, const MapViewport& viewport,
                                           QPointF screenPx, double tolerancePx = 4,
                                           const MapStyle& style = MapStyle{});

// The nearest feature of one layer within tolerancePx (lines: distance to the line; polygons: inside
// or near the outline; points: distance to the point); -1 when none.
[[nodiscard]] std::int64_t featureAt(const SceneLayer& layer, const MapViewport& viewport, QPointF screenPx,
                                     double tolerancePx = 4);

} // namespace luming
