// Tolerances and weights of the layout problem (see docs in layout_solver.h). Every σ is in metres: a
// residual is misfit / σ, so a smaller σ weighs more.
#pragma once

#include "core/region_profile.h"

namespace luming {

struct LayoutOptions {
    double lengthSigmaM = 0.5;             // stated length along the polyline
    double noticeLeanLimitDeg = 8;         // start→end (per leg) of a notice road; the target is 10°
    double referencedLeanLimitDeg = 25;    // start→end of a road the notice only refers to
    double noticeSegmentLimitDeg = 25;     // each segment between intersections of a notice road
    double referencedSegmentLimitDeg = 40; // each segment of a referenced road
    double hingeSigmaM = 0.2;              // how hard the lean limits (and the order hinge) are
    double straightSigmaM = 400;           // weak pull toward the axis: keeps the drawing tidy and unique
    double minSeparationM = 80;            // parallel roads meeting one cross road stay this far apart
    double separationSigmaM = 4;
    double orderGapM = 40; // X北街 at least this far north of X街 (mid-point of the ends)
    double orderSigmaM = 0.2;
    double releasedTieSigmaM =
        5; // a tie released over conflicting numbers still pulls its end toward the road
    // A road still this far off its stated length with every tie held means the numbers conflict: release
    // one of its end ties (relative to the stated length).
    double releaseThreshold = 0.01;
    double strainReportM = 1.0; // length misfits above this (and 0.2 %) are reported as conflicts
    // Straight roads: an interior node stays on its leg's line (stiff; the output snaps it onto the line).
    double onLineSigmaM = 0.1;
    // Same-orientation roads the text does not tie stay this far apart where they run side by side (the rule
    // is "not within 30 m for more than 150 m"; 50 m leaves a margin for the CRS round trip and drawing).
    double parallelGapM = 50;
    double parallelSigmaM = 0.5;
    int maxGuardRounds = 3; // solve, add separations for the pairs found, solve again
    int maxReleasesPerCluster = 6;
    int maxIterations = 250;
    int maxTrialIterations = 25; // scoring one candidate release (the chosen one is then solved in full)
    // Where the roads go: the working metric CRS, the centre and the district polygons. Unknown (the
    // default): the solver gives no coordinates at all.
    RegionProfile region;
};

} // namespace luming
