// Schematic geometry for a notice's roads from its words alone, solved in metres (the region's 3° GK zone).
//
// Unknowns: the intersection nodes (one per pair of roads the text ties together). Every road — the
// notice's own and every road they name as an end or turn — is a line through its nodes, ordered along
// its axis. A notice road is straight between its ends (an L: on each leg): every interior node lies on the
// line through the leg's ends (a stiff term, and the output snaps the node onto that line), so a road can
// lean but never bend. Terms (each misfit / σ, see LayoutOptions):
//   - stated length = length along the line;
//   - direction: a leg's start→end within 8° of its axis (hinge), each segment of a referenced road within
//     40°, a weak pull toward the axis;
//   - minimum separation of consecutive nodes on a road (parallel roads sharing a cross road stay apart);
//   - same-orientation roads the text does not tie stay 50 m apart where they run side by side (added by
//     ParallelGuard for the pairs a solve lets cross or come close, then solved again);
//   - name order (X北街 north of X街 north of X南街, X西路 west of X路 west of X东路);
//   - ties are exact (shared nodes). When the numbers conflict — a road stays more than 1 % off its length
//     with every tie held — the end tie whose release lowers the cost most is let go (kept as a soft
//     point-to-road term) and reported as a "conflict" with the roads under strain and the gap in metres.
// Every conflict (a tie let go, a length still off, a cluster beyond its anchor's stated accuracy) is a
// report row and a finding (FindingCode::Layout*Conflict) on the items concerned: the picture stays straight
// and the misfit is named instead of hidden in bends. LayoutReport measures bends, crossings and overlaps
// on the output lines.
// The linear axis-aligned reading (Eigen least squares) gives the initial layout and the node order; Ceres
// (Levenberg–Marquardt) solves each connected cluster; each cluster is then moved to its 街道's anchor.
// Deterministic: fixed initialisation, single-threaded solver, no randomness.
#pragma once

#include "core/notice.h"
#include "layout/anchor_table.h"
#include "layout/layout_options.h"
#include "layout/layout_result.h"

#include <QHash>
#include <QPointF>

namespace luming {

class LayoutSolver {
public:
    explicit LayoutSolver(LayoutOptions options = {});

    [[nodiscard]] LayoutResult solve(const Notice& notice, const AnchorTable& anchors) const;
    // fixedLines: roads already drawn from a centerline layer (by seq; metres in the region's working CRS).
    // Each stays exactly on its line (source Layer, placement Layer); the roads tied to it are solved around
    // it, and its cluster is not moved to an anchor.
    [[nodiscard]] LayoutResult solve(const QList<RoadRecord>& records, const NoticeId& notice,
                                     const AnchorTable& anchors,
                                     const QHash<int, QList<QPointF>>& fixedLines = {}) const;

    const LayoutOptions& options() const { return options_; }

private:
    LayoutOptions options_;
};

} // namespace luming
