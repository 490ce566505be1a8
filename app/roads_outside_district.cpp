#include "roads_outside_district.h"

#include "core/project.h"
#include "render/map_scene.h"

#include <QLineF>
#include <QPolygonF>
#include <algorithm>
#include <cmath>
#include <limits>

namespace luming::app {

namespace {

// One district polygon as rings in metres (outer rings and holes alike: even-odd containment).
struct Area {
    QList<QPolygonF> rings;

    bool contains(QPointF p) const {
        int inside = 0;
        for (const QPolygonF& ring : rings)
            inside += ring.containsPoint(p, Qt::OddEvenFill) ? 1 : 0;
        return inside % 2 == 1;
    }
    double distanceToEdge(QPointF p) const {
        double best = std::numeric_limits<double>::infinity();
        for (const QPolygonF& ring : rings)
            for (int i = 0; i + 1 < ring.size(); ++i) {
                const QPointF a = ring.at(i);
                const QPointF b = ring.at(i + 1);
                const QPointF ab = b - a;
                const double len2 = QPointF::dotProduct(ab, ab);
                const double t = len2 > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / len2, 0.0, 1.0) : 0.0;
                best = std::min(best, QLineF(p, a + t * ab).length());
            }
        return best;
    }
};

QList<QPolygonF> partsOf(const SceneLayer& layer, std::int64_t feature) {
    QList<QPolygonF> parts;
    for (std::uint32_t p = layer.firstPart(feature); p < layer.endPart(feature); ++p) {
        const std::vector<QPointF> points = layer.partPoints(0, p);
        parts.append(QPolygonF(QList<QPointF>(points.begin(), points.end())));
    }
    return parts;
}

} // namespace

QHash<RoadKey, double> roadsOutsideDistrict(const Project& project, const MapScene& scene) {
    QHash<RoadKey, double> outside;
    const SceneLayer* districts = scene.districts().get();
    const SceneLayer* roads = scene.roads().get();
    if (!districts || !roads)
        return outside;
    QHash<QString, Area> areas;
    for (std::int64_t f = 0; f < districts->featureCount(); ++f)
        areas[districts->label(f)].rings += partsOf(*districts, f);
    for (const Notice& notice : project.parse.notices)
        for (const RoadRecord& road : notice.roads) {
            const auto area = areas.constFind(road.district);
            const RoadKey key{notice.id, road.seq};
            const std::optional<std::int64_t> feature = scene.roadFeature(key);
            if (area == areas.constEnd() || !feature)
                continue;
            double farthest = 0;
            for (const QPolygonF& part : partsOf(*roads, *feature))
                for (const QPointF& p : part)
                    if (!area->contains(p))
                        farthest = std::max(farthest, area->distanceToEdge(p));
            if (farthest > 0)
                outside.insert(key, farthest);
        }
    return outside;
}

} // namespace luming::app
