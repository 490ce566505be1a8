#include "render/label_placer.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace luming {

LabelPlacer::LabelPlacer(const QRectF& screenArea, double paddingPx)
    : area_(screenArea), padding_(paddingPx) {}

namespace {
qint64 cellKey(int cx, int cy) {
    return (static_cast<qint64>(cx) << 32) ^ static_cast<quint32>(cy);
}
} // namespace

void LabelPlacer::insert(const LabelBox& padded, int index) {
    const QRectF r = padded.boundingRect();
    for (int cx = static_cast<int>(std::floor(r.left() / cell_));
         cx <= static_cast<int>(std::floor(r.right() / cell_)); ++cx)
        for (int cy = static_cast<int>(std::floor(r.top() / cell_));
             cy <= static_cast<int>(std::floor(r.bottom() / cell_)); ++cy)
            grid_[cellKey(cx, cy)].push_back(index);
}

void LabelPlacer::reserve(const QRectF& obstacle) {
    const LabelBox box{obstacle.center(), obstacle.size(), 0};
    blockers_.push_back(box);
    insert(box, static_cast<int>(blockers_.size()) - 1);
}

bool LabelPlacer::tryPlace(const LabelBox& box) {
    if (!std::isfinite(box.centre.x()) || !std::isfinite(box.centre.y()) || box.size.isEmpty())
        return false;
    const QRectF bounds = box.boundingRect();
    if (!area_.contains(bounds))
        return false;
    const LabelBox padded = box.grownBy(padding_);
    const QRectF r = padded.boundingRect();
    for (int cx = static_cast<int>(std::floor(r.left() / cell_));
         cx <= static_cast<int>(std::floor(r.right() / cell_)); ++cx) {
        for (int cy = static_cast<int>(std::floor(r.top() / cell_));
             cy <= static_cast<int>(std::floor(r.bottom() / cell_)); ++cy) {
            const auto it = grid_.constFind(cellKey(cx, cy));
            if (it == grid_.constEnd())
                continue;
            for (int index : *it) {
                const LabelBox& other = blockers_[static_cast<std::size_t>(index)];
                if (other.boundingRect().intersects(r) && other.intersects(padded))
                    return false;
            }
        }
    }
    placed_.append(box);
    blockers_.push_back(padded);
    insert(padded, static_cast<int>(blockers_.size()) - 1);
    return true;
}

} // namespace luming
