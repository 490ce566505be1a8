// Where an area's name goes: a point well inside it, far from its outline (an approximate pole of
// inaccessibility), so a concave district's name does not land in its neighbour.
#pragma once

#include "render/scene_layer.h"

#include <QPointF>

namespace luming {

// In metres. Searched on a grid over the feature's largest ring, refined twice around the best cell,
// on a simplified level of the geometry (cost independent of the outline's detail). For a feature
// without rings: the centre of its bounds.
[[nodiscard]] QPointF areaLabelAnchor(const SceneLayer& areas, std::int64_t feature);

} // namespace luming
