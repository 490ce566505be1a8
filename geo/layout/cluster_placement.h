// Puts each solved cluster at its 街道's anchor, else inside its 区's polygon, else at the region's
// centre: a translation only (the shape is the solver's).
#pragma once

#include "core/geometry_types.h"
#include "core/region_profile.h"
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

    // Translates positions (metres in the region's working CRS after this) and returns one "anchor" row per
    // cluster and 街道. wgs84ToMetric transforms anchors (WGS84 lon/lat) into that CRS; centreM is the
    // region's centre in it.
    //
    // Per cluster: the least-squares translation that brings each 街道's reference point (the junction the
    // anchor names, else the centroid of that 街道's road nodes) to its anchor, weighted 1/accuracy².
    // Clusters sharing the same anchor (and no junction) are set side by side, west to east in seq order,
    // centred on it, so that they do not draw over each other.
    // A cluster none of whose 街道 has an anchor goes inside the polygon of its 区 (the 区 most of its roads
    // name in `records`); the clusters of one 区 go to points inside it far apart from each other
    // (spreadSitesInside). A cluster whose 区 has no polygon goes to the region's centre, side by side with
    // the others there.
    // `placements` (if given) receives one value per cluster: Anchor, District or City as above.
    static QList<LayoutReportRow> place(const ConstraintGraph& graph, const QList<RoadRecord>& records,
                                        QList<QPointF>& positions, const AnchorTable& anchors,
                                        const CrsTransformer& wgs84ToMetric, const RegionProfile& region,
                                        QPointF centreM, const NoticeId& notice,
                                        QList<Placement>* placements = nullptr);
};

} // namespace luming
