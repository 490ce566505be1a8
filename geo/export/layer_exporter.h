// Exports any vector layer GDAL reads (a bureau's centerlines, an OSM extract, a GBK shapefile) through
// the same format profiles, staging, read-back check and atomic swap as the roads' export: GBK or UTF-8
// shapefile with .cpg, ASCII field codes and their data dictionary, GeoPackage, GeoJSON, KML or CSV; in
// the layer's own CRS, CGCS2000, WGS 84 or the layer's Gauss–Krüger zone. Streams the layer: memory does
// not grow with it. A failure or cancel leaves the target folder as it was.
#pragma once

#include "export/export_options.h"
#include "export/export_result.h"

#include <QRectF>
#include <QString>
#include <optional>

namespace luming {

struct LayerExportSource {
    QString file;
    QString layer;              // empty: the file's only layer (a file with several must name one)
    QString where;              // OGR SQL attribute filter (e.g. "name LIKE '%路'"); empty: every feature
    std::optional<QRectF> bbox; // in the layer's CRS (x = lon or easting)
};

// ExportOptions::crs unset: the layer's own CRS (WGS 84 for GeoJSON and KML, which allow only it);
// Cgcs2000GaussKruger: the 3° zone of the layer's centre. ExportOptions::only is not used here.
// GDAL opens `file` as a vector dataset with at least one layer (quietly; a notice text named .dbf
// does not).
[[nodiscard]] bool opensAsVectorLayer(const QString& file);

// The EPSG code of the CGCS2000 3° Gauss–Krüger zone of the layer's centre (what
// Cgcs2000GaussKruger exports into); 0 when the layer cannot be read, has no CRS or lies outside the zones.
[[nodiscard]] int layerGaussKrugerEpsg(const LayerExportSource& source);

[[nodiscard]] ExportResult exportLayer(const LayerExportSource& source, const ExportOptions& options);

} // namespace luming
