// Greedy, collision-free label placement: candidates are offered in priority order and each is kept
// only if its rotated box (plus padding) meets no box already kept and no reserved area (scale bar,
// badge, north arrow). Rotated boxes are compared with the separating axis theorem; a uniform screen
// grid keeps each test local. Not thread-safe; one placer per frame.
#pragma once

#include <QHash>
#include <QList>
#include <QPointF>
#include <QPolygonF>
#include <QRectF>
#include <QSizeF>
#include <array>
#include <vector>

namespace luming {

// A label's box on screen: size is along (width) and across (height) the text, rotated by angleDeg
// (clockwise on screen, as QPainter::rotate) about centre.
struct LabelBox {
    QPointF centre;
    QSizeF size;
    double angleDeg = 0;

    std::array<QPointF, 4> corners() const;
    QPolygonF polygon() const; // closed
    QRectF boundingRect() const;
    // True when the boxes overlap with positive area (touching edges do not count).
    bool intersects(const LabelBox& other) const;
    LabelBox grownBy(double marginPx) const;
};

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
