#include "fs/durable_file.h"
#include "fs/leftovers.h"
#include "fs/os_error.h"
#include "store/sibling_temp_file_p.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTemporaryFile>
#include <cerrno>

namespace luming {

SiblingTempFile::SiblingTempFile(QString target) : target_(std::move(target)) {}

SiblingTempFile::~SiblingTempFile() {
    if (!committed_)
        remove();
    if (!path_.isEmpty())
        QFile::remove(leftovers::ownerLockPath(path_));
}

void SiblingTempFile::remove() {
    if (path_.isEmpty())
        return;
    for (const char* suffix : {"", "-journal", "-wal", "-shm"})
        QFile::remove(path_ + QLatin1String(suffix));
}

Status SiblingTempFile::open(QFile** file) {
    const QFileInfo target(target_);
    // Hidden, recognisably ours, and still ending in .gpkg (GDAL's GPKG driver expects the extension).
    auto temp = std::make_unique<QTemporaryFile>(
        leftovers::saveTempTemplate(target.absolutePath(), target.completeBaseName()));
    temp->setAutoRemove(false);
    if (!temp->open())
        return fail(QCoreApplication::translate("luming::Geo", "cannot create a temporary file in %1: %2")
                        .arg(target.absolutePath(), temp->errorString()));
    path_ = temp->fileName();
    owner_ = OwnerLock::tryLock(leftovers::ownerLockPath(path_), OwnerLock::Create::Yes);
    if (!owner_.isHeld())
        return fail(QCoreApplication::translate("luming::Geo", "cannot create a temporary file in %1: %2")
                        .arg(target.absolutePath(), osErrorText(errno)));
    *file = temp.get();
    file_ = std::move(temp);
    return {};
}

Status SiblingTempFile::createAbsent() {
    QFile* temp = nullptr;
    if (Status opened = open(&temp); !opened)
        return opened;
    temp->close();
    QFile::remove(path_);
    return {};
}

Status SiblingTempFile::createCopyOf(QFile& source) {
    QFile* temp = nullptr;
    if (Status opened = open(&temp); !opened)
        return opened;
    constexpr qint64 kChunk = 1 << 20;
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(kChunk);
        if (chunk.isEmpty() && source.error() != QFileDevice::NoError)
            return fail(
                QCoreApplication::translate("luming::Geo", "cannot read it: %1").arg(source.errorString()));
        errno = 0;
        if (temp->write(chunk) != chunk.size() || !temp->flush())
            return fail(QCoreApplication::translate("luming::Geo", "cannot copy it to %1: %2")
                            .arg(path_, errno ? osErrorText(errno) : temp->errorString()));
    }
    temp->close();
    QFile::setPermissions(path_, source.permissions()); // the replaced file keeps its permissions
    return {};
}

Status SiblingTempFile::commit() {
    if (Status synced = syncFile(path_); !synced)
        return synced;
    if (Status moved = renameFile(path_, target_); !moved)
        return fail(QCoreApplication::translate("luming::Geo", "cannot move %1 into place: %2")
                        .arg(path_, moved.error().message));
    syncFolder(QFileInfo(target_).absolutePath());
    committed_ = true;
    return {};
}

} // namespace luming
