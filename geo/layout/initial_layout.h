// A first placement for the nonlinear solve: every leg axis-aligned, fitted by linear least squares.
#pragma once

#include "layout/constraint_graph.h"

#include <QList>
#include <QPointF>

namespace luming {

class InitialLayout {
public:
    // Default spacing (m) between parallel roads whose spacing the text does not give.
    static constexpr double kDefaultSpacingM = 150;

    // Node positions (metres, arbitrary origin). Then orders every leg's nodes along its heading: the text
    // fixes the ends, the fitted positions (and the notice's listing order) the nodes between.
    static QList<QPointF> compute(ConstraintGraph& graph);
};

} // namespace luming
