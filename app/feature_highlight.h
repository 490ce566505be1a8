// The selected features of a loaded layer drawn over the map frame (identify, the attribute table and
// layer search select them), in the selection colour, at full resolution.
#pragma once

#include <QColor>
#include <cstdint>
#include <vector>

class QPainter;

namespace luming {
class MapViewport;
class SceneLayer;
} // namespace luming

namespace luming::app {

void paintFeatureHighlight(QPainter& painter, const SceneLayer& layer,
                           const std::vector<std::int64_t>& features, const MapViewport& viewport,
                           const QColor& colour);

} // namespace luming::app
