// Everything Luming knows about one opened notice file: text → records → geometry.
#pragma once

#include "core/geometry_types.h"
#include "core/notice.h"

namespace luming {

struct Project {
    ParseResult parse;                   // notices, records, findings
    QList<RoadGeometry> roads;           // solved geometry, keyed by (docNumber, seq)
    QList<DistrictPolygon> districts;    // boundaries to draw beneath
    QList<LayoutReportRow> layoutReport; // misfits, ties, anchors
};

} // namespace luming
