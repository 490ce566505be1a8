// Pieces of one road as a layer holds them (split at every junction, in any direction) chained into lines.
#pragma once

#include <QList>
#include <QPointF>

namespace luming {

struct LineChain {
    QList<QPointF> points;
    QList<int> pieces; // the input pieces, in order along the line
    // The pieces meet at a point shared by three or more ends, or close into a ring: not one line.
    bool branched = false;
};

// One chain per group of pieces whose ends lie within gapM of each other (connected groups).
[[nodiscard]] QList<LineChain> chainPieces(const QList<QList<QPointF>>& pieces, double gapM);

} // namespace luming
