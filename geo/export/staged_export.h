// The temporary folder an export is written into, next to its target, and the swap that puts the
// finished files in place. Nothing outside the staging folder changes until commit(), which swaps the
// file set through a journal (fs/file_swap.h): a crash at any step leaves the complete old set or a
// journal from which the next export into that folder finishes the swap. The staging folder (and
// whatever is left in it) is removed when this object goes away; while it exists it is marked as owned
// by this process, so a concurrent run's clean-up leaves it alone.
#pragma once

#include "core/result.h"
#include "fs/owner_lock.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

namespace luming {

class StagedExport {
public:
    // targetDir must exist; baseName names the staging folder (".<base>.luming-export-XXXXXX").
    StagedExport(const QString& targetDir, const QString& baseName);
    StagedExport(const StagedExport&) = delete;
    StagedExport& operator=(const StagedExport&) = delete;

    [[nodiscard]] bool isValid() const;
    QString errorString() const;                 // why the staging folder could not be made
    QString path(const QString& fileName) const; // a file inside the staging folder

    // Moves every file of the staging folder into the target folder. Files named in `replaces` that
    // exist there (the earlier export and its sidecars) are moved aside and removed with the staging
    // folder; if a rename fails the earlier files are put back. On success `placed` lists the new files.
    [[nodiscard]] Status commit(const QStringList& replaces, QStringList* placed);

private:
    QString targetDir_;
    std::unique_ptr<QTemporaryDir> dir_;
    OwnerLock owner_;
};

} // namespace luming
