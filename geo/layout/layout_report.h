// Measures a drawn layout against the notice's words: per road stated vs drawn length and how far it leans
// from its axis, per tie the distance from the road's end to the road it should lie on, per name order the
// separation. Measured on the lines as they are output (EPSG:4548 metres), not on solver internals.
#pragma once

#include "core/geometry_types.h"
#include "layout/constraint_graph.h"

#include <QList>
#include <QPointF>

namespace luming {

// Whether the drawing reads like a street map (issue 9 point 5), over the notice's own roads.
struct LayoutReadability {
    int bentRoads = 0;             // a leg whose segments turn by more than kBentDeg
    double maxBendDeg = 0;         // largest turn between consecutive segments of one leg
    int crossings = 0;             // pairs of same-orientation roads the text does not tie that cross
    int overlaps = 0;              // pairs running within kOverlapDistanceM for more than kOverlapLengthM
    double longestOverlapM = 0;    // longest stretch of one road within kOverlapDistanceM of another
    double maxLengthMisfitPct = 0; // drawn vs stated length, largest over the roads with a stated length
};

class LayoutReport {
public:
    static constexpr double kBentDeg = 2;
    static constexpr double kOverlapDistanceM = 30;
    static constexpr double kOverlapLengthM = 150;

    // lines: per graph road its polyline in EPSG:4548 metres (nodesOfRoad order). Also measures bends,
    // crossings and overlaps into *readability (rows for each bent road, crossing pair and overlap).
    static QList<LayoutReportRow> measure(const NoticeId& notice, const ConstraintGraph& graph,
                                          const QList<QList<QPointF>>& lines,
                                          LayoutReadability* readability = nullptr);
    // One line over the whole notice: readability and the worst length, tie and anchor figures of rows.
    static LayoutReportRow summary(const NoticeId& notice, const LayoutReadability& readability,
                                   const QList<LayoutReportRow>& rows);
    // Length of a's polyline that lies within distance of b's.
    static double lengthWithin(const QList<QPointF>& a, const QList<QPointF>& b, double distance);
    // Do the two polylines cross (a proper crossing of two of their segments)?
    static bool crosses(const QList<QPointF>& a, const QList<QPointF>& b);

    static double polylineLength(const QList<QPointF>& line);
    static double distanceToPolyline(QPointF point, const QList<QPointF>& line);
    // Angle (degrees) between from→to and the axis of heading; 0 along it, 90 across.
    static double leanDeg(QPointF from, QPointF to, Direction heading);
    // The point of road's line where tie's end lies (first vertex, last vertex or the turn).
    static QPointF tiePoint(const ConstraintGraph& graph, const GraphTie& tie, const QList<QPointF>& line);
};

} // namespace luming
