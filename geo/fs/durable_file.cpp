#include "fs/durable_file.h"

#include "fs/os_error.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
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
    const QString temp = path + QStringLiteral(".tmp");
    const int fd = ::open(native(temp).constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        return fail(QStringLiteral("cannot create %1: %2").arg(shown(temp), osErrorText(errno)), temp);
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const int why = n < 0 ? errno : ENOSPC;
            ::close(fd);
            ::unlink(native(temp).constData());
            return fail(QStringLiteral("cannot write %1: %2").arg(shown(temp), osErrorText(why)), temp);
        }
        done += n;
    }
    if (::fsync(fd) != 0 || ::close(fd) != 0) {
        const int why = errno;
        ::unlink(native(temp).constData());
        return fail(QStringLiteral("cannot write %1: %2").arg(shown(temp), osErrorText(why)), temp);
    }
    if (Status moved = renameFile(temp, path); !moved) {
        ::unlink(native(temp).constData());
        return moved;
    }
    syncFolder(QFileInfo(path).absolutePath());
    return {};
}

Status syncFile(const QString& path) {
    const int fd = ::open(native(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return fail(QStringLiteral("cannot open %1: %2").arg(shown(path), osErrorText(errno)), path);
    const int rc = ::fsync(fd);
    const int why = errno;
    ::close(fd);
    if (rc != 0)
        return fail(QStringLiteral("cannot flush %1 to disk: %2").arg(shown(path), osErrorText(why)), path);
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
        return fail(
            QStringLiteral("cannot move %1 to %2: %3").arg(shown(from), shown(to), osErrorText(errno)), from);
    return {};
}

} // namespace luming
