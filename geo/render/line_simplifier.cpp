#include "render/line_simplifier.h"

#include <algorithm>
#include <utility>

namespace luming {

namespace {

// Squared distance from p to the segment a–b (to a itself when the segment is a point: closed rings
// start with a zero-length chord).
double segmentDistance2(QPointF p, QPointF a, QPointF b) {
    const double dx = b.x() - a.x();
    const double dy = b.y() - a.y();
    double t = 0;
    const double len2 = dx * dx + dy * dy;
    if (len2 > 0)
        t = std::clamp(((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / len2, 0.0, 1.0);
    const double ex = p.x() - (a.x() + t * dx);
    const double ey = p.y() - (a.y() + t * dy);
    return ex * ex + ey * ey;
}

// Farthest vertex strictly between first and last, and its squared distance.
std::pair<std::size_t, double> farthest(std::span<const QPointF> pts, std::size_t first, std::size_t last) {
    std::size_t best = first;
    double bestD = -1;
    for (std::size_t i = first + 1; i < last; ++i) {
        const double d = segmentDistance2(pts[i], pts[first], pts[last]);
        if (d > bestD) {
            bestD = d;
            best = i;
        }
    }
    return {best, bestD};
}

} // namespace

std::size_t simplifyDouglasPeucker(std::span<const QPointF> points, double tolerance, PathKind kind,
                                   std::vector<QPointF>& out) {
    const std::size_t n = points.size();
    if (n <= 2 || tolerance <= 0) {
        out.insert(out.end(), points.begin(), points.end());
        return n;
    }
    const double tol2 = tolerance * tolerance;
    std::vector<char> keep(n, 0);
    keep[0] = keep[n - 1] = 1;
    std::vector<std::pair<std::size_t, std::size_t>> stack;
    stack.emplace_back(0, n - 1);
    while (!stack.empty()) {
        const auto [first, last] = stack.back();
        stack.pop_back();
        if (last <= first + 1)
            continue;
        const auto [index, d2] = farthest(points, first, last);
        if (d2 > tol2) {
            keep[index] = 1;
            stack.emplace_back(first, index);
            stack.emplace_back(index, last);
        }
    }
    std::size_t kept = 0;
    for (char k : keep)
        kept += k;
    // A ring must stay a ring: keep the two vertices that span it best when it collapsed below 4.
    if (kind == PathKind::Closed && kept < 4 && n >= 4) {
        const auto [a, da] = farthest(points, 0, n - 1);
        keep[a] = 1;
        const auto [b1, d1] = farthest(points, 0, a);
        const auto [b2, d2] = farthest(points, a, n - 1);
        keep[d1 >= d2 ? b1 : b2] = 1;
        (void)da;
    }
    const std::size_t before = out.size();
    for (std::size_t i = 0; i < n; ++i)
        if (keep[i])
            out.push_back(points[i]);
    return out.size() - before;
}

} // namespace luming
