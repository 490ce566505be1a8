// Puts each solved cluster at its 街道's anchor: a translation only (the shape is the solver's).
#pragma once

#include "core/geometry_types.h"
#include "layout/anchor_table.h"
#include "layout/constraint_graph.h"

#include <QList>
#include <QPointF>

namespace luming {

class CrsTransformer;

class ClusterPlacement {
public:
    // Gap (m) between the bounding boxes of clusters that share one anchor and are set side by side.
    static constexpr double kSideBySideGapM = 300;

    // Translates positions (metres, EPSG:4548 after this) and returns one "anchor" row per cluster and 街道.
    // wgs84ToGk transforms anchors (WGS84 lon/lat) into EPSG:4548.
    //
    // Per cluster: the least-squares translation that brings each 街道's reference point (the junction the
    // anchor names, else the centroid of that 街道's road nodes) to its anchor, weighted 1/accuracy².
    // Clusters sharing the same anchor (and no junction) are set side by side, west to east in seq order,
    // centred on it, so that they do not draw over each other.
    // `placements` (if given) receives one value per cluster: Anchor when one of its 街道 anchors placed
    // it, City when it went to the fallback point (another cluster's anchor or the city centre).
    static QList<LayoutReportRow> place(const ConstraintGraph& graph, QList<QPointF>& positions,
                                        const AnchorTable& anchors, const CrsTransformer& wgs84ToGk,
                                        const NoticeId& notice, QList<Placement>* placements = nullptr);
};

} // namespace luming
