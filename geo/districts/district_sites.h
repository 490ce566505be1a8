// Points inside district polygons: a region's centre, and where clusters of roads without an anchor go
// (inside their 区, apart from each other).
#pragma once

#include "core/geometry_types.h"

#include <QList>
#include <QPointF>
#include <optional>

namespace luming {

// The area-weighted centroid of all the polygons (CGCS2000 lon/lat); nullopt when there is no polygon.
[[nodiscard]] std::optional<LonLat> districtsCentre(const QList<DistrictPolygon>& districts);

// `count` points inside the district, in metres of `metricEpsg` (easting, northing), spread apart: the
// first is the point deepest inside the polygon, each next the one farthest from the points already chosen
// and from the boundary (sampled on a grid of ~600 points inside). Empty when the polygon is empty or
// cannot be projected.
[[nodiscard]] QList<QPointF> spreadSitesInside(const DistrictPolygon& district, int metricEpsg, int count);

} // namespace luming
