// Reads district boundaries (resources/jinan_districts.geojson, or any polygon layer GDAL can open)
// into DistrictPolygon values in EPSG:4490 lon/lat, transforming with PROJ if the file is in another CRS.
#pragma once

#include "core/geometry_types.h"

#include <QList>
#include <QString>

namespace luming {

struct DistrictLoadResult {
    QList<DistrictPolygon> districts;
    QString error; // empty on success; otherwise names the file and the reason

    [[nodiscard]] bool ok() const { return error.isEmpty(); }
};

// Fields read: name (required), adcode and source (optional; source defaults to the file name).
// Polygon and MultiPolygon features only; the first layer of the file.
[[nodiscard]] DistrictLoadResult loadDistricts(const QString& path);

} // namespace luming
