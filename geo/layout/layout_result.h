// What the layout solver hands back: lines for the notice's roads, for the roads they refer to, and the
// report that says how well each stated fact is met.
#pragma once

#include "core/geometry_types.h"
#include "core/notice.h"

#include <QList>
#include <QString>

namespace luming {

// A road the notice only refers to (an end or turn point), drawn through the nodes the notice puts on it.
struct ReferencedRoadLine {
    QString name;
    LonLatLine points; // CGCS2000 lon/lat; a single point when only one road meets it
};

struct LayoutResult {
    QList<RoadGeometry> roads; // one per notice road that is not cancelled, in record order
    QList<ReferencedRoadLine> referencedRoads;
    QList<LayoutReportRow> report;
    // Conflicts between the text's numbers (stated length, tie, anchor), each on the items concerned: the
    // caller adds them to the notice's findings.
    QList<Finding> findings;
    QString error; // non-empty when the solve could not run (e.g. PROJ could not set up the metric CRS)
    double solveMs = 0;
};

} // namespace luming
