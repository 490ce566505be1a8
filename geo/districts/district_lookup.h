// Which district polygon holds a point, and which polygon a notice's 区 name means.
#pragma once

#include "core/geometry_types.h"

#include <QList>
#include <QString>

namespace luming {

// The name of the first district whose polygon contains the (lon, lat) point, EPSG:4490; empty when none
// does (outside the region, or in a zone without a polygon).
[[nodiscard]] QString districtAt(const QList<DistrictPolygon>& districts, LonLat point);

// The polygon for a 区 named in a notice, or null. Exact name first; then the same stem with another
// suffix, because the boundaries predate 2019 (济阳县 → 济阳区); *renamed (if given) says which matched.
[[nodiscard]] const DistrictPolygon* findDistrictPolygon(const QList<DistrictPolygon>& districts,
                                                         const QString& name, bool* renamed = nullptr);

} // namespace luming
