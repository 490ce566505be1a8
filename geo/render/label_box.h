// A label's footprint on screen: a rectangle rotated about its centre, tested for overlap with the
// separating axis theorem.
#pragma once

#include <QPointF>
#include <QPolygonF>
#include <QRectF>
#include <QSizeF>
#include <array>

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

} // namespace luming
