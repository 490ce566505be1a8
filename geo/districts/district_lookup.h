// Which district polygon holds a point — for anchors, hover texts and tests.
#pragma once

#include "core/geometry_types.h"

#include <QList>
#include <QString>

namespace luming {

// The name of the first district whose polygon contains the (lon, lat) point, EPSG:4490; empty when none
// does (outside Jinan, or in a zone without a polygon).
[[nodiscard]] QString districtAt(const QList<DistrictPolygon>& districts, LonLat point);

} // namespace luming
