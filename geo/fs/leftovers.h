// Luming's hidden work files beside a target, their names in one place, and the clean-up of those a
// killed save or export left behind. A work file is left alone while its owner runs (the owner holds an
// OwnerLock on `<name>.owner`) or when it is younger than this process; otherwise an interrupted swap
// is finished from its journal (file_swap.h) and everything else is removed.
#pragma once

#include <QString>
#include <QStringList>

namespace luming::leftovers {

// ".<base>.luming-export-XXXXXX" (QTemporaryDir template) for an export of <base>.<ext>.
[[nodiscard]] QString exportStagingTemplate(const QString& dir, const QString& base);
// ".<base>.luming-save-XXXXXX.gpkg" (QTemporaryFile template) for a save of <base>.gpkg.
[[nodiscard]] QString saveTempTemplate(const QString& dir, const QString& base);
// ".<name>.luming-write-XXXXXX" (QTemporaryFile template) for a whole-file write of <name> (JSON, CSV,
// the swap journal). Such a write takes well under a second and holds no owner lock: a leftover is
// removed when it is older than this process.
[[nodiscard]] QString writeTempTemplate(const QString& dir, const QString& name);
// The owner-lock file of a temp file (beside it) or of a staging folder (inside it).
[[nodiscard]] QString ownerLockPath(const QString& workFile);
[[nodiscard]] QString stagingOwnerLockPath(const QString& stagingDir);

// Cleans `dir`. `legacyBase`: also remove ".<legacyBase>.XXXXXX.gpkg*" temp files of earlier Luming
// versions (which held no owner lock; removed only when older than this process). Returns one sentence
// per finished or removed leftover, for the caller's warnings.
QStringList clean(const QString& dir, const QString& legacyBase = {});

} // namespace luming::leftovers
