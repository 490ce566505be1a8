// Whether GDAL reads a path as vector data, without reading its features: the viewer's "open anything"
// asks this of a file that is neither a notice nor a project. Archives are checked (archive_guard.h)
// before GDAL opens them.
#pragma once

#include <QString>

namespace luming {

struct VectorProbe {
    bool opened = false;      // some GDAL vector driver opened it
    bool hasGeometry = false; // and at least one of its layers has geometry
    QString driver;           // GDAL's short name ("GPKG", "ESRI Shapefile", "OSM", …)
    QString refused;          // an archive the guard refused (names the file); opened is false then
};

[[nodiscard]] VectorProbe probeVectorFile(const QString& gdalPath);

} // namespace luming
