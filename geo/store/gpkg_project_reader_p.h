// Reads a Luming GeoPackage back into a Project (notices with their roads and findings, road
// geometries, districts, layout report). Rows come in file order, which is the order they were written.
#pragma once

#include "core/project.h"
#include "core/result.h"
#include "gdal/gdal_raii_p.h"

#include <QString>
#include <QStringList>

namespace luming {

class GpkgProjectReader {
public:
    // Fails when the file is not a Luming project (no notices layer).
    [[nodiscard]] static Status read(GDALDataset& dataset, Project* project, QStringList* warnings);
};

} // namespace luming
