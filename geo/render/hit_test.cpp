#include "render/hit_test.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace luming {

namespace {

double segmentDistance(QPointF p, QPointF a, QPointF b) {
    const double dx = b.x() - a.x(), dy = b.y() - a.y();
    const double len2 = dx * dx + dy * dy;
    const double t =
        len2 > 0 ? std::clamp(((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / len2, 0.0, 1.0) : 0.0;
    return std::hypot(p.x() - (a.x() + t * dx), p.y() - (a.y() + t * dy));
}

// Distance in metres from p to the feature as drawn at this scale (0 inside a polygon).
double distanceTo(const SceneLayer& layer, std::uint32_t feature, int level, QPointF p) {
    double best = std::numeric_limits<double>::infinity();
    bool inside = false;
    for (std::uint32_t part = layer.firstPart(feature); part < layer.endPart(feature); ++part) {
        const std::vector<QPointF> pts = layer.partPoints(level, part);
        if (pts.size() == 1)
            best = std::min(best, std::hypot(p.x() - pts[0].x(), p.y() - pts[0].y()));
        for (std::size_t i = 1; i < pts.size(); ++i) {
            best = std::min(best, segmentDistance(p, pts[i - 1], pts[i]));
            // Crossing number for polygons (rings are stored closed); odd-even over all rings.
            if (layer.kind(feature) == FeatureKind::Polygon) {
                const QPointF& a = pts[i - 1];
                const QPointF& b = pts[i];
                if ((a.y() > p.y()) != (b.y() > p.y()) &&
                    p.x() < a.x() + (p.y() - a.y()) * (b.x() - a.x()) / (b.y() - a.y()))
                    inside = !inside;
            }
        }
    }
    return inside ? 0 : best;
}

// The nearest feature within reach; halfWidthM(f) widens each feature (a road is as wide as drawn).
template <class HalfWidth>
std::int64_t nearest(const SceneLayer& layer, const MapViewport& viewport, QPointF screenPx,
                     double tolerancePx, double maxHalfWidthM, HalfWidth halfWidthM) {
    const double mpp = viewport.metresPerPixel();
    const QPointF p = viewport.toWorld(screenPx);
    const double reach = tolerancePx * mpp + maxHalfWidthM;
    const auto found =
        layer.index().query(SpatialIndex::Box{p.x() - reach, p.y() - reach, p.x() + reach, p.y() + reach});
    const int level = layer.levelFor(mpp);
    std::int64_t best = -1;
    double bestD = std::numeric_limits<double>::infinity();
    for (std::uint32_t f : found) {
        const double d = std::max(0.0, distanceTo(layer, f, level, p) - halfWidthM(f));
        if (d <= tolerancePx * mpp && d < bestD) {
            bestD = d;
            best = f;
        }
    }
    return best;
}

} // namespace

std::optional<RoadId> roadAt(const MapScene& scene, const MapViewport& viewport, QPointF screenPx,
                             double tolerancePx, const MapStyle& style) {
    const SceneLayer* roads = scene.roads().get();
    if (!roads)
        return std::nullopt;
    const double mpp = viewport.metresPerPixel();
    const double minHalfM = style.minRoadWidthPx * mpp / 2;
    const std::int64_t f =
        nearest(*roads, viewport, screenPx, tolerancePx, std::max(minHalfM, roads->maxWidthM() / 2),
                [&](std::uint32_t g) { return std::max(minHalfM, roads->widthM(g) / 2); });
    if (f < 0)
        return std::nullopt;
    return scene.roadId(f);
}

std::int64_t featureAt(const SceneLayer& layer, const MapViewport& viewport, QPointF screenPx,
                       double tolerancePx) {
    return nearest(layer, viewport, screenPx, tolerancePx, 0, [](std::uint32_t) { return 0.0; });
}

} // namespace luming
