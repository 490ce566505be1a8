#include "render/scene_layer.h"

namespace luming {

QRectF SceneLayer::bounds(std::int64_t feature) const {
    return SpatialIndex::rectOf(bounds_[feature]);
}

const QString& SceneLayer::label(std::int64_t feature) const {
    static const QString none;
    return labels_.empty() ? none : labels_[feature];
}

double SceneLayer::widthM(std::int64_t feature) const {
    return widthM_[feature];
}

double SceneLayer::lengthM(std::int64_t feature) const {
    return lengthM_[feature];
}

int SceneLayer::levelFor(double metresPerPixel) const {
    int best = 0;
    for (int i = 1; i < levelCount(); ++i)
        if (levels_[i].toleranceM <= metresPerPixel)
            best = i;
    return best;
}

std::vector<QPointF> SceneLayer::partPoints(int level, std::uint32_t part) const {
    const Level& l = levels_[level];
    std::vector<QPointF> out;
    const std::uint32_t end = l.partStart[part + 1];
    out.reserve(end - l.partStart[part]);
    for (std::uint32_t v = l.partStart[part]; v < end; ++v)
        out.emplace_back(origin_.x() + l.xy[2 * v], origin_.y() + l.xy[2 * v + 1]);
    return out;
}

} // namespace luming
