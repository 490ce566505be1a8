// Writes the road rows into one new GDAL dataset (inside the staging folder): creates the layer in the
// target CRS, the fields of the format profile, and one feature per road, transforming each line from
// EPSG:4490 with PROJ. Closes the dataset and reports what GDAL said while doing it.
#pragma once

#include "export/export_format_profile.h"
#include "export/road_row.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>

namespace luming {

struct RoadLayerWrite {
    QString file;      // the dataset to create (must not exist), inside the staging folder
    QString shownPath; // the final target, named in messages
    QString layerName;
    ExportFormatProfile profile;
    ExportCrs crs = ExportCrs::Cgcs2000Geographic;
    QHash<QString, int> stringWidths; // DBF widths in bytes by field code (shapefile only)
    std::function<void(int done, int total)> progress;
    const std::atomic<bool>* cancel = nullptr;
};

struct RoadLayerWriteOutcome {
    enum class Status { Written, Failed, Cancelled } status = Status::Failed;
    QString error; // names the file, and the road when one is to blame
    QStringList warnings;
};

[[nodiscard]] RoadLayerWriteOutcome writeRoadLayer(const RoadLayerWrite& request, const QList<RoadRow>& rows);

} // namespace luming
