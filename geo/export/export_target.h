// The target side of every export, shared by the roads' export and a layer's: where the files go (the
// format's extension added when missing), what must never be replaced (the source, a file open as a
// layer, an existing export not asked to be replaced), and the end of a staged export — sidecars, the
// read-back check, the last cancel point and the swap into place. Results say why in a planner's words.
#pragma once

#include "export/export_format_profile.h"
#include "export/export_options.h"
#include "export/export_result.h"
#include "export/staged_export.h"
#include "fs/sqlite_write_lock.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>

namespace luming {

struct ExportTarget {
    QString dir;      // absolute folder
    QString base;     // the file name without its extension
    QString fileName; // base + "." + the format's extension

    [[nodiscard]] QString mainFile() const;
};

// What is being exported, for the refusal that names it: "the roads", "the layer".
struct ExportSource {
    QStringList files; // every file the data is read from (never replaced, by name or inode)
    QString what;
};

// The target of `options` for `profile`, or the result that refuses it (nothing written).
[[nodiscard]] std::optional<ExportResult> resolveExportTarget(const ExportOptions& options,
                                                              const ExportFormatProfile& profile,
                                                              const ExportSource& source,
                                                              ExportTarget* target);

// Where an export is written before it replaces anything.
struct ExportWorkspace {
    QStringList cleaned; // work files of killed exports and saves in the folder, finished or removed
    // An existing GeoPackage may be open in another program: its writers are waited for and kept out
    // until the new file has replaced it (fs/sqlite_write_lock.h says why).
    std::optional<SqliteWriteLock> lock;
    std::unique_ptr<StagedExport> staging;
};

// Cleans the folder's leftovers, locks an existing GeoPackage target and makes the staging folder;
// nullopt on success, else the result to return.
[[nodiscard]] std::optional<ExportResult>
openExportWorkspace(const ExportTarget& target, const ExportOptions& options, ExportWorkspace* workspace);

// After the main file is written into `staging`: writes the profile's .cpg and `dictionary` (when the
// profile has one), runs `verify` (empty = the file holds what was written), refuses a .prj shared with
// a file in another CRS, polls cancel a last time and swaps the files into place. nullopt and `files`
// (main file first) on success; otherwise the result to return.
[[nodiscard]] std::optional<ExportResult>
finishExport(StagedExport& staging, const ExportTarget& target, const ExportOptions& options,
             const ExportFormatProfile& profile, const QByteArray& dictionary,
             const std::function<QString()>& verify, QStringList* files);

// A written export's result handed to the front end's Feedback (its warnings, progress 100).
[[nodiscard]] ExportResult reportWritten(ExportResult result, const ExportOptions& options);

[[nodiscard]] ExportResult exportFailure(const QString& message, ExportStatus status = ExportStatus::Failed);
[[nodiscard]] ExportResult exportCancelled(const QString& dir);
// GDAL rarely says why a write failed: the cause is named when it is the output's (disk full, file-size
// limit), which makes it an output not written rather than bad data.
[[nodiscard]] ExportResult exportWriteFailure(const QString& message, const QString& dir);

} // namespace luming
