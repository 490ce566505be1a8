#include "render/label_box.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace luming {

std::array<QPointF, 4> LabelBox::corners() const {
    const double a = angleDeg * std::numbers::pi / 180;
    const double c = std::cos(a);
    const double s = std::sin(a);
    const double hw = size.width() / 2;
    const double hh = size.height() / 2;
    // Screen y points down, so a clockwise rotation by a maps (x, y) to (x c − y s, x s + y c).
    auto at = [&](double x, double y) {
        return QPointF(centre.x() + x * c - y * s, centre.y() + x * s + y * c);
    };
    return {at(-hw, -hh), at(hw, -hh), at(hw, hh), at(-hw, hh)};
}

QPolygonF LabelBox::polygon() const {
    const auto c = corners();
    return QPolygonF({c[0], c[1], c[2], c[3], c[0]});
}

QRectF LabelBox::boundingRect() const {
    const auto c = corners();
    double minX = c[0].x(), maxX = c[0].x(), minY = c[0].y(), maxY = c[0].y();
    for (const QPointF& p : c) {
        minX = std::min(minX, p.x());
        maxX = std::max(maxX, p.x());
        minY = std::min(minY, p.y());
        maxY = std::max(maxY, p.y());
    }
    return QRectF(QPointF(minX, minY), QPointF(maxX, maxY));
}

LabelBox LabelBox::grownBy(double marginPx) const {
    return LabelBox{centre, QSizeF(size.width() + 2 * marginPx, size.height() + 2 * marginPx), angleDeg};
}

namespace {

// Separating axis test on the two edge directions of each box.
bool separatedAlongAxesOf(const std::array<QPointF, 4>& a, const std::array<QPointF, 4>& b) {
    for (int edge = 0; edge < 2; ++edge) {
        const QPointF d = a[edge + 1] - a[edge];
        const QPointF axis(-d.y(), d.x());
        auto project = [&](const std::array<QPointF, 4>& box, double& lo, double& hi) {
            lo = hi = QPointF::dotProduct(box[0], axis);
            for (int i = 1; i < 4; ++i) {
                const double v = QPointF::dotProduct(box[i], axis);
                lo = std::min(lo, v);
                hi = std::max(hi, v);
            }
        };
        double aLo, aHi, bLo, bHi;
        project(a, aLo, aHi);
        project(b, bLo, bHi);
        const double eps = 1e-9 * (std::abs(aHi) + std::abs(bHi) + 1);
        if (aHi <= bLo + eps || bHi <= aLo + eps)
            return true;
    }
    return false;
}

} // namespace

bool LabelBox::intersects(const LabelBox& other) const {
    const auto a = corners();
    const auto b = other.corners();
    return !separatedAlongAxesOf(a, b) && !separatedAlongAxesOf(b, a);
}

} // namespace luming
