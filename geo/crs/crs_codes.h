// The coordinate reference systems Luming works in, as PROJ/EPSG codes.
#pragma once

#include <QString>

namespace luming::crs {

// CGCS2000 geographic: storage and exchange (GeoPackage, export default). Axis order lat/lon in EPSG,
// but every CrsTransformer works in lon/lat (traditional GIS order).
inline QString cgcs2000Geographic() {
    return QStringLiteral("EPSG:4490");
}
// WGS 84 geographic: coordinates read off public web maps (anchors).
inline QString wgs84Geographic() {
    return QStringLiteral("EPSG:4326");
}
// The metric CRS (layout, map, lengths) is the region's own 3° Gauss–Krüger zone: crs/gauss_kruger_zone.h.

} // namespace luming::crs
