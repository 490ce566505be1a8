// Schematic geometry for a notice's roads from its words alone, solved in metres (the region's 3° GK zone).
//
// Unknowns: the intersection nodes (one per pair of roads the text ties together). Every road — the
// notice's own and every road they name as an end or turn — is a polyline through its nodes, ordered along
// its axis. Terms (each misfit / σ, see LayoutOptions):
//   - stated length = length along the polyline;
//   - direction: a leg's start→end within 8° of its axis (hinge), each segment within 25° (40° for roads
//     the notice only refers to), a weak pull toward the axis;
//   - minimum separation of consecutive nodes on a road (parallel roads sharing a cross road stay apart);
//   - name order (X北街 north of X街 north of X南街, X西路 west of X路 west of X东路);
//   - ties are exact (shared nodes). When the numbers conflict — a road stays more than 1 % off its length
//     with every tie held — the end tie whose release lowers the cost most is let go (kept as a soft
//     point-to-road term) and reported as a "conflict" with the roads under strain and the gap in metres.
// The linear axis-aligned reading (Eigen least squares) gives the initial layout and the node order; Ceres
// (Levenberg–Marquardt) solves each connected cluster; each cluster is then moved to its 街道's anchor.
// Deterministic: fixed initialisation, single-threaded solver, no randomness.
#pragma once

#include "core/notice.h"
#include "layout/anchor_table.h"
#include "layout/layout_options.h"
#include "layout/layout_result.h"

namespace luming {

class LayoutSolver {
public:
    explicit LayoutSolver(LayoutOptions options = {});

    [[nodiscard]] LayoutResult solve(const Notice& notice, const AnchorTable& anchors) const;
    [[nodiscard]] LayoutResult solve(const QList<RoadRecord>& records, const NoticeId& notice,
                                     const AnchorTable& anchors) const;

    const LayoutOptions& options() const { return options_; }

private:
    LayoutOptions options_;
};

} // namespace luming
