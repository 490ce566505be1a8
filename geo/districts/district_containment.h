// Checks that each cluster of roads — the roads of one 街道 in one notice — lies inside the polygon of
// the 区 the notice puts it in, measured in metres (the project region's Gauss–Krüger zone). A development
// zone without a polygon (济南高新区) is reported as "no polygon", not as a failure.
#pragma once

#include "core/project.h"

#include <QList>

namespace luming {

// One LayoutReportRow per (notice, 区, 街道) in order of first appearance, kind "inside_district",
// seq 0, name = the 街道 (or the 区 when the record names none). detail says inside / partly outside /
// outside / no polygon / not drawn, with the road farthest out; valueM = how far its farthest vertex lies
// outside the polygon (0 when inside or not checked). A road listing several 街道 counts in each.
[[nodiscard]] QList<LayoutReportRow> districtContainment(const Project& project);

} // namespace luming
