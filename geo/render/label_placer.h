// Greedy, collision-free label placement: candidates are offered in priority order and each is kept
// only if its rotated box (plus padding) meets no box already kept and no reserved area (scale bar,
// badge, north arrow). Rotated boxes are compared with the separating axis theorem; a uniform screen
// grid keeps each test local. Not thread-safe; one placer per frame.
#pragma once

#include "render/label_box.h"

#include <QHash>
#include <QList>
#include <QRectF>
#include <vector>

namespace luming {

class LabelPlacer {
public:
    explicit LabelPlacer(const QRectF& screenArea, double paddingPx = 0);

    // An area no label may cover.
    void reserve(const QRectF& obstacle);
    // Keeps box if it lies inside the screen area and meets nothing kept or reserved; returns whether kept.
    bool tryPlace(const LabelBox& box);
    // Kept boxes in placement order (without padding).
    const QList<LabelBox>& placed() const { return placed_; }

private:
    void insert(const LabelBox& padded, int index);

    QRectF area_;
    double padding_;
    double cell_ = 64;
    QList<LabelBox> placed_;
    std::vector<LabelBox> blockers_; // padded kept boxes and reserved areas
    QHash<qint64, std::vector<int>> grid_;
};

} // namespace luming
