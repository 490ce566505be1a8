#include "render/label_anchor.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace luming {

namespace {

constexpr int kGrid = 12;
constexpr int kRefinements = 2;
// Outline detail used: about 1/100 of the feature's size (a name is placed, not surveyed).
constexpr double kDetail = 1.0 / 100;

struct Rings {
    std::vector<std::vector<QPointF>> rings;

    bool contains(QPointF p) const { // odd-even over every ring, like the fill
        bool inside = false;
        for (const auto& ring : rings)
            for (std::size_t i = 1; i < ring.size(); ++i) {
                const QPointF& a = ring[i - 1];
                const QPointF& b = ring[i];
                if ((a.y() > p.y()) != (b.y() > p.y()) &&
                    p.x() < a.x() + (p.y() - a.y()) * (b.x() - a.x()) / (b.y() - a.y()))
                    inside = !inside;
            }
        return inside;
    }

    double distanceToOutline(QPointF p) const {
        double best = std::numeric_limits<double>::infinity();
        for (const auto& ring : rings)
            for (std::size_t i = 1; i < ring.size(); ++i) {
                const QPointF a = ring[i - 1], d = ring[i] - ring[i - 1];
                const double len2 = QPointF::dotProduct(d, d);
                const double t = len2 > 0 ? std::clamp(QPointF::dotProduct(p - a, d) / len2, 0.0, 1.0) : 0.0;
                const QPointF q = a + t * d;
                best = std::min(best, std::hypot(p.x() - q.x(), p.y() - q.y()));
            }
        return best;
    }
};

} // namespace

QPointF areaLabelAnchor(const SceneLayer& areas, std::int64_t feature) {
    const QRectF bounds = areas.bounds(feature);
    const double size = std::max(bounds.width(), bounds.height());
    int level = 0;
    for (int l = 1; l < areas.levelCount(); ++l)
        if (areas.level(l).toleranceM <= size * kDetail)
            level = l;
    Rings shape;
    QRectF search;
    double largest = -1;
    for (std::uint32_t part = areas.firstPart(feature); part < areas.endPart(feature); ++part) {
        shape.rings.push_back(areas.partPoints(level, part));
        double minX = std::numeric_limits<double>::infinity(), minY = minX, maxX = -minX, maxY = -minX;
        for (const QPointF& p : shape.rings.back()) {
            minX = std::min(minX, p.x());
            maxX = std::max(maxX, p.x());
            minY = std::min(minY, p.y());
            maxY = std::max(maxY, p.y());
        }
        if ((maxX - minX) * (maxY - minY) > largest) {
            largest = (maxX - minX) * (maxY - minY);
            search = QRectF(QPointF(minX, minY), QPointF(maxX, maxY));
        }
    }
    if (shape.rings.empty())
        return bounds.center();

    QPointF best = search.center();
    double bestDistance = shape.contains(best) ? shape.distanceToOutline(best) : -1;
    for (int round = 0; round <= kRefinements; ++round) {
        const double cw = search.width() / kGrid, ch = search.height() / kGrid;
        for (int i = 0; i < kGrid; ++i)
            for (int j = 0; j < kGrid; ++j) {
                const QPointF p(search.left() + (i + 0.5) * cw, search.top() + (j + 0.5) * ch);
                if (!shape.contains(p))
                    continue;
                const double d = shape.distanceToOutline(p);
                if (d > bestDistance) {
                    bestDistance = d;
                    best = p;
                }
            }
        search = QRectF(best.x() - cw, best.y() - ch, 2 * cw, 2 * ch); // refine around the best cell
    }
    return bestDistance >= 0 ? best : bounds.center();
}

} // namespace luming
