// The 街道 clusters of a project as map markers: one per 街道 of the road tree (per 区 for roads that
// name no 街道), labelled with its name and road count, bounding the roads the scene draws.
#pragma once

#include "render/cluster_markers.h"
#include "road_tree.h"

namespace luming {
class MapScene;
}

namespace luming::app {

// Clusters with no drawn road are left out; the count is every road of the 街道.
[[nodiscard]] QList<ClusterMarker> placeClusters(const RoadTree& tree, const MapScene& scene);

} // namespace luming::app
