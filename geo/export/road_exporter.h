// Exports a project's roads (records + schematic lines) to shapefile, GeoPackage, GeoJSON, KML or CSV,
// through GDAL with PROJ doing every transform. Written atomically: into a temporary folder beside the
// target, closed and checked, re-opened and compared, then renamed into place; a failure or cancel leaves
// the target folder as it was. Roads without a line are exported with an empty geometry and counted.
#pragma once

#include "core/project.h"
#include "export/export_options.h"
#include "export/export_result.h"

namespace luming {

[[nodiscard]] ExportResult exportRoads(const Project& project, const ExportOptions& options);

// The data files (.shp/.shx/.dbf, or the one file) an export with these options would replace that
// exist now: what a front end asks about before choosing ExistingOutput::Replace. Empty when none, or
// when the path has another format's extension (the export refuses that anyway).
[[nodiscard]] QStringList existingExportFiles(const ExportOptions& options);

} // namespace luming
