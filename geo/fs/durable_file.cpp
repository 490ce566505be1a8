#include "fs/durable_file.h"

#include "fs/fault_point.h"
#include "fs/leftovers.h"
#include "fs/os_error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>
#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace luming {
namespace {

QString shown(const QString& path) {
    return QDir::toNativeSeparators(path);
}

QByteArray native(const QString& path) {
    return QFile::encodeName(path);
}

} // namespace

Status writeDurably(const QString& path, const QByteArray& bytes) {
    const QFileInfo target(path);
    // Hidden and unique beside the target, so the rename is atomic and two writers never share a temp.
    QTemporaryFile temp(leftovers::writeTempTemplate(target.absolutePath(), target.fileName()));
    if (!temp.open())
        return fail(QCoreApplication::translate("luming::Geo", "cannot create a temporary file in %1: %2")
                        .arg(shown(target.absolutePath()), temp.errorString()));
    // The replaced file's permissions, or rw-r--r-- for a new one (QTemporaryFile makes rw-------).
    temp.setPermissions(target.exists() ? target.permissions()
                                        : QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                              QFileDevice::ReadGroup | QFileDevice::ReadOther);
    // Written with write(2) and fsync(2) directly: every short write and flush failure is seen with its
    // errno (QSaveFile reported a write to a full tmpfs as committed, leaving an empty file).
    const int fd = temp.handle();
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return fail(osErrorText(n < 0 ? errno : ENOSPC), path);
        done += n;
    }
    if (::fsync(fd) != 0)
        return fail(osErrorText(errno), path);
    faultPoint("write.flushed");
    if (Status moved = renameFile(temp.fileName(), path); !moved)
        return moved;
    temp.setAutoRemove(false); // renamed: nothing left to remove
    syncFolder(target.absolutePath());
    return {};
}

Status syncFile(const QString& path) {
    const int fd = ::open(native(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return fail(QCoreApplication::translate("luming::Geo", "cannot open %1: %2")
                        .arg(shown(path), osErrorText(errno)));
    const int rc = ::fsync(fd);
    const int why = errno;
    ::close(fd);
    if (rc != 0)
        return fail(QCoreApplication::translate("luming::Geo", "cannot flush %1 to disk: %2")
                        .arg(shown(path), osErrorText(why)));
    return {};
}

void syncFolder(const QString& path) {
    const int fd = ::open(native(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        (void)::fsync(fd);
        ::close(fd);
    }
}

Status renameFile(const QString& from, const QString& to) {
    if (std::rename(native(from).constData(), native(to).constData()) != 0)
        return fail(QCoreApplication::translate("luming::Geo", "cannot move %1 to %2: %3")
                        .arg(shown(from), shown(to), osErrorText(errno)));
    return {};
}

} // namespace luming
