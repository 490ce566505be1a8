// What an export did: written, refused/failed (and why), or cancelled. A failed or cancelled export
// has left the target and any earlier export there exactly as they were.
#pragma once

#include <QString>
#include <QStringList>

namespace luming {

enum class ExportStatus { Written, Failed, Cancelled };

struct ExportResult {
    ExportStatus status = ExportStatus::Failed;
    QString message;         // one or two sentences for a planner: what was written where, or why not
    QStringList files;       // final paths of every file written (main file first); empty unless Written
    QString crs;             // "EPSG:4548" — the CRS of the written coordinates
    int featureCount = 0;    // features written (and counted again after re-opening)
    int withoutGeometry = 0; // of those, roads exported with an empty geometry (not laid out yet)
    QStringList warnings;    // GDAL warnings and notes worth showing (e.g. PROJ used a ballpark transform)

    [[nodiscard]] bool ok() const { return status == ExportStatus::Written; }
};

} // namespace luming
