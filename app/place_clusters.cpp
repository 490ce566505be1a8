#include "place_clusters.h"

#include "render/map_scene.h"

namespace luming::app {

QList<ClusterMarker> placeClusters(const RoadTree& tree, const MapScene& scene) {
    QList<ClusterMarker> markers;
    for (const RoadTreeDistrict& d : tree.districts) {
        for (const RoadTreeSubdistrict& s : d.subdistricts) {
            ClusterMarker marker;
            marker.label = s.name.isEmpty() ? d.name : s.name;
            int drawn = 0;
            for (const RoadTreeRoad& road : s.roads) {
                const std::optional<QRectF> bounds = scene.roadBounds(road.key);
                if (!bounds)
                    continue;
                // A road along one axis has a zero-width box, which QRectF::united() would drop.
                const QRectF box = bounds->normalized().adjusted(-0.5, -0.5, 0.5, 0.5);
                marker.boundsM = drawn == 0 ? box : marker.boundsM.united(box);
                ++drawn;
            }
            // The count is the 街道's, as the tree shows it, even when some of its roads are not drawn.
            marker.roadCount = int(s.roads.size());
            if (drawn > 0)
                markers.append(marker);
        }
    }
    return markers;
}

} // namespace luming::app
