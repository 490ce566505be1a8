// Luming's plain geometry values (core/geometry_types.h: lon/lat degrees) to OGR geometries and back.
// One coordinate order both ways: x = lon, y = lat (GDAL's traditional GIS order). Private: include
// only from .cpp files.
#pragma once

#include "core/geometry_types.h"

#include <memory>
#include <ogr_geometry.h>

namespace luming::gdal {

[[nodiscard]] std::unique_ptr<OGRLineString> toOgrLine(const LonLatLine& points);
// The vertices of a line string or linear ring, closing vertex included.
[[nodiscard]] LonLatLine toLonLat(const OGRSimpleCurve& curve);

// The one rule for degenerate rings, used both ways: a ring with fewer than three vertices besides its
// closing repeat encloses nothing. GEOS refuses such a ring ("Invalid number of points in LinearRing"),
// which would make every containment test on the whole district fail, and a GeoPackage would hold an
// invalid geometry. So such a ring is dropped; a degenerate outer ring drops its whole part (its holes
// would otherwise be promoted to an outer ring). Dropping on read as well as on write means what is read
// back equals what was written.
[[nodiscard]] bool isDegenerateRing(const LonLatRing& ring);

// Rings are closed on the way out; a district without a usable ring gives an empty multipolygon.
[[nodiscard]] std::unique_ptr<OGRMultiPolygon> toOgrMultiPolygon(const DistrictPolygon& district);
// Appends the parts of a Polygon or MultiPolygon (rings as stored, closing vertex included) to
// `parts`, degenerate rings dropped by the rule above. False, and nothing appended, for another type.
[[nodiscard]] bool appendPolygonParts(const OGRGeometry& geometry, QList<QList<LonLatRing>>& parts);

} // namespace luming::gdal
