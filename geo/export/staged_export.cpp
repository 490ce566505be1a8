#include "export/staged_export.h"

#include "fs/durable_file.h"
#include "fs/fault_point.h"
#include "fs/file_swap.h"
#include "fs/leftovers.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace luming {

StagedExport::StagedExport(const QString& targetDir, const QString& baseName)
    : targetDir_(targetDir),
      dir_(std::make_unique<QTemporaryDir>(leftovers::exportStagingTemplate(targetDir, baseName))) {
    if (dir_->isValid())
        owner_ = OwnerLock::tryLock(leftovers::stagingOwnerLockPath(dir_->path()), OwnerLock::Create::Yes);
}

bool StagedExport::isValid() const {
    return dir_->isValid() && owner_.isHeld();
}

QString StagedExport::errorString() const {
    return QCoreApplication::translate("luming::Geo", "cannot create a temporary folder in %1: %2")
        .arg(QDir::toNativeSeparators(targetDir_),
             dir_->isValid() ? QCoreApplication::translate("luming::Geo", "cannot lock it")
                             : dir_->errorString());
}

QString StagedExport::path(const QString& fileName) const {
    return dir_->filePath(fileName);
}

Status StagedExport::commit(const QStringList& replaces, QStringList* placed) {
    FileSwap swap{dir_->path(), targetDir_, {}, {}};
    swap.newFiles = QDir(dir_->path()).entryList(QDir::Files | QDir::Hidden);
    swap.newFiles.removeAll(QFileInfo(leftovers::stagingOwnerLockPath(dir_->path())).fileName());
    for (const QString& name : swap.newFiles)
        if (Status synced = syncFile(dir_->filePath(name)); !synced)
            return synced;
    faultPoint("export.staged");
    for (const QString& name : replaces)
        if (!swap.newFiles.contains(name))
            swap.oldOnly << name;

    if (Status journal = writeSwapJournal(swap, SwapDirection::Forward); !journal)
        return journal;
    faultPoint("export.journal");
    if (Status swapped = finishSwap(swap, SwapDirection::Forward); !swapped) {
        // Undo, saying so in the journal first: a crash while undoing is finished as an undo next time.
        if (writeSwapJournal(swap, SwapDirection::Back) && finishSwap(swap, SwapDirection::Back))
            return swapped;
        return fail(swapped.error().message +
                    QCoreApplication::translate(
                        "luming::Geo",
                        "; the earlier files could not all be put back: the next export into %1 "
                        "finishes the job")
                        .arg(QDir::toNativeSeparators(targetDir_)));
    }
    if (placed) {
        placed->clear();
        for (const QString& name : swap.newFiles)
            placed->append(QDir(targetDir_).filePath(name));
    }
    return {}; // the earlier files in .previous go with the staging folder
}

} // namespace luming
