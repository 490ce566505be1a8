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
// CGCS2000 / 3-degree Gauss-Krüger CM 117E: metres around Jinan (false easting 500000 m, no zone prefix).
// Layout and length measurement happen here. Axis order easting/northing in CrsTransformer.
inline QString cgcs2000GaussKruger117() {
    return QStringLiteral("EPSG:4548");
}

} // namespace luming::crs
