// What an export did: written, refused/failed (and why), or cancelled. A failed or cancelled export
// has left the target and any earlier export there exactly as they were.
#pragma once

#include <QString>
#include <QStringList>

namespace luming {

// Failed: the data cannot be exported as asked (e.g. a name the GBK profile cannot hold, a CRS the
// format cannot carry). NotWritten: the output could not be written (no such folder, not writable, disk
// full, or the target is the source itself). TargetExists: the output is there and replacing it was
// not asked for (ExistingOutput::Refuse). The command line maps them to exit statuses 6, 5 and 5.
enum class ExportStatus { Written, Failed, NotWritten, TargetExists, Cancelled };

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
