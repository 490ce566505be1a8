// One connected cluster of roads as a Ceres nonlinear least-squares problem over its node positions.
#pragma once

#include "layout/constraint_graph.h"
#include "layout/layout_options.h"

#include <QList>
#include <QPointF>

namespace luming {

class ClusterSolver {
public:
    ClusterSolver(const ConstraintGraph& graph, const LayoutOptions& options);

    // Moves the cluster's nodes in positions (metres) from where they are to the least-squares optimum;
    // its first node stays put (the cluster is placed later). Returns the final cost (½ Σ residual²).
    double solve(int cluster, QList<QPointF>& positions) const;

    // Puts every interior node of a notice road's leg exactly on the line through the leg's ends (where the
    // solve left it within the on-line term's millimetres), so that the output is straight by construction.
    static void snapToLegs(const ConstraintGraph& graph, QList<QPointF>& positions);

private:
    const ConstraintGraph& graph_;
    LayoutOptions options_;
};

} // namespace luming
