// Measures a drawn layout against the notice's words: per road stated vs drawn length and how far it leans
// from its axis, per tie the distance from the road's end to the road it should lie on, per name order the
// separation. Measured on the lines as they are output (EPSG:4548 metres), not on solver internals.
#pragma once

#include "core/geometry_types.h"
#include "layout/constraint_graph.h"

#include <QList>
#include <QPointF>

namespace luming {

class LayoutReport {
public:
    // lines: per graph road its polyline in EPSG:4548 metres (nodesOfRoad order).
    static QList<LayoutReportRow> measure(const NoticeId& notice, const ConstraintGraph& graph,
                                          const QList<QList<QPointF>>& lines);

    static double polylineLength(const QList<QPointF>& line);
    static double distanceToPolyline(QPointF point, const QList<QPointF>& line);
    // Angle (degrees) between from→to and the axis of heading; 0 along it, 90 across.
    static double leanDeg(QPointF from, QPointF to, Direction heading);
    // The point of road's line where tie's end lies (first vertex, last vertex or the turn).
    static QPointF tiePoint(const ConstraintGraph& graph, const GraphTie& tie, const QList<QPointF>& line);
};

} // namespace luming
