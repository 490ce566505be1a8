// Writes the road rows into one new GDAL dataset (inside the staging folder): creates the layer in the
// target CRS, the fields of the format profile, and one feature per road, transforming each line from
// EPSG:4490 with PROJ. Closes the dataset and reports what GDAL said while doing it.
#pragma once

#include "core/feedback.h"
#include "export/export_format_profile.h"
#include "export/road_row.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace luming {

// The share of an export's progress that writing the features takes; checks and renames take the rest.
inline constexpr double kWritingShare = 90.0;

struct RoadLayerWrite {
    QString file;      // the dataset to create (must not exist), inside the staging folder
    QString shownPath; // the final target, named in messages
    QString layerName;
    ExportFormatProfile profile;
    ExportCrs crs = ExportCrs::Cgcs2000Geographic;
    int regionEpsg = 0; // the Gauss–Krüger zone of the project's region (for Cgcs2000GaussKruger)
    QHash<QString, int> stringWidths; // DBF widths in bytes by field code (shapefile only)
    Feedback* feedback = nullptr;     // cancel polled before each feature; progress 0..kWritingShare
};

struct RoadLayerWriteOutcome {
    enum class Status { Written, Failed, Cancelled } status = Status::Failed;
    QString error; // names the file, and the road when one is to blame
    QStringList warnings;
};

[[nodiscard]] RoadLayerWriteOutcome writeRoadLayer(const RoadLayerWrite& request, const QList<RoadRow>& rows);

} // namespace luming
