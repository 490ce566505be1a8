// Checks on a file a save or an export is about to replace. Whether two paths name one file — the check
// that keeps a save or an export from writing over its own source. By device and inode when both exist, so a
// symlink or a hard link to the source counts; otherwise by absolute, cleaned path (a path that does not
// exist yet is no existing file's alias).
#pragma once

#include "core/project.h"

#include <QString>
#include <QStringList>

namespace luming {

// Every file `project` was read from (the notice texts, or the project GeoPackage): what a save or an
// export of it must never replace.
[[nodiscard]] QStringList sourceFilesOf(const Project& project);

[[nodiscard]] bool isSameFile(const QString& a, const QString& b);

// The first of `sources` that `target` names, or an empty string.
[[nodiscard]] QString sourceNamedBy(const QString& target, const QStringList& sources);

// An existing file nobody may write (no write permission bit at all). Replacing it by rename would
// succeed — for root even by permissions — so a save or export refuses it instead, as QSaveFile does.
[[nodiscard]] bool isReadOnlyFile(const QString& path);

} // namespace luming
