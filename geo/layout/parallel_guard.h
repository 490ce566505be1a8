// Roads the text gives the same orientation and does not tie must not cross or run on top of each other.
// After a solve, ParallelGuard looks at every such pair of straight legs in a cluster and, where they cross
// or come closer than LayoutOptions::parallelGapM over a common stretch, adds a Separation that keeps them
// apart on the side they mostly lie on (listing order when they lie on top of each other).
#pragma once

#include "layout/constraint_graph.h"
#include "layout/layout_options.h"

#include <QList>
#include <QPointF>

namespace luming {

class ParallelGuard {
public:
    // Adds separations for the cluster's offending pairs not yet separated; returns how many it added.
    static int addSeparations(ConstraintGraph& graph, const QList<QPointF>& positions, int cluster,
                              const LayoutOptions& options);

    // The axis frame of a leg's orientation: u along it (east or north), n across it (north or west).
    static QPointF alongAxis(Axis axis);
    static QPointF acrossAxis(Axis axis);
};

} // namespace luming
