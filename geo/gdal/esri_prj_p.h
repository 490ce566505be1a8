// The .prj GDAL's shapefile driver writes (ESRI WKT 1), for formats that GDAL reads one beside but does
// not write one for (CSV). Private: include only from .cpp files.
#pragma once

#include <QString>
#include <ogr_spatialref.h>

namespace luming::gdal {

// False when the CRS has no ESRI WKT or the file cannot be written.
[[nodiscard]] bool writeEsriPrj(const OGRSpatialReference& srs, const QString& path);

} // namespace luming::gdal
