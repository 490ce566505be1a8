#include "fs/os_error.h"

#include <QCoreApplication>
#include <QFile>
#include <cerrno>
#include <cstring>
#include <sys/resource.h>
#include <sys/statvfs.h>

namespace luming {

QString osErrorText(int errnum) {
    QString words = QString::fromLocal8Bit(std::strerror(errnum));
    switch (errnum) {
    case ENOSPC:
        return QCoreApplication::translate("luming::Geo", "disk full: %1").arg(words);
    case EDQUOT:
        return QCoreApplication::translate("luming::Geo", "disk quota exceeded: %1").arg(words);
    case EFBIG:
        return QCoreApplication::translate("luming::Geo", "file size limit reached: %1").arg(words);
    case EROFS:
        return QCoreApplication::translate("luming::Geo", "read-only file system: %1").arg(words);
    default:
        return words;
    }
}

bool namesWriteCause(const QString& text) {
    for (const char* cause : {"No space left", "disk full", "File too large", "file size limit", "quota",
                              "disk quota", "Read-only file system", "Permission denied"})
        if (text.contains(QLatin1String(cause), Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace luming

namespace luming {

QString likelyWriteFailureCause(const QString& dir) {
    struct statvfs fs {};
    constexpr unsigned long long kAlmostFull = 1ull << 20; // less than 1 MiB left: a GeoPackage won't fit
    if (::statvfs(QFile::encodeName(dir).constData(), &fs) == 0 &&
        static_cast<unsigned long long>(fs.f_bavail) * fs.f_frsize < kAlmostFull)
        return QCoreApplication::translate(
                   "luming::Geo",
                   "disk full: %1 bytes free on the file system of %2 (No space left on device)")
            .arg(static_cast<unsigned long long>(fs.f_bavail) * fs.f_frsize)
            .arg(dir);
    struct rlimit limit {};
    if (::getrlimit(RLIMIT_FSIZE, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY)
        return QCoreApplication::translate(
                   "luming::Geo", "file size limit reached: this process may write files of at most %1 bytes "
                                  "(ulimit -f; File too large)")
            .arg(static_cast<unsigned long long>(limit.rlim_cur));
    return {};
}

QString withWriteCause(const QString& message, const QString& dir) {
    if (namesWriteCause(message))
        return message;
    const QString cause = likelyWriteFailureCause(dir);
    if (cause.isEmpty())
        return message;
    QString described = message;
    const QString unknown = QStringLiteral("Unknown error"); // Qt's text when it kept no errno
    return described.contains(unknown) ? described.replace(unknown, cause)
                                       : described + QStringLiteral("; ") + cause;
}

} // namespace luming
