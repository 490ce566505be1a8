#include "fs/write_target.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <sys/stat.h>

namespace luming {

QStringList sourceFilesOf(const Project& project) {
    QStringList files{project.parse.file};
    for (const Notice& notice : project.parse.notices)
        if (!notice.sourceFile.isEmpty())
            files << notice.sourceFile;
    return files;
}

bool isSameFile(const QString& a, const QString& b) {
    if (a.isEmpty() || b.isEmpty())
        return false;
    struct stat sa {};
    struct stat sb {};
    if (::stat(QFile::encodeName(a).constData(), &sa) == 0 &&
        ::stat(QFile::encodeName(b).constData(), &sb) == 0)
        return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
    return QDir::cleanPath(QFileInfo(a).absoluteFilePath()) ==
           QDir::cleanPath(QFileInfo(b).absoluteFilePath());
}

QString sourceNamedBy(const QString& target, const QStringList& sources) {
    for (const QString& source : sources)
        if (isSameFile(target, source))
            return source;
    return {};
}

bool isReadOnlyFile(const QString& path) {
    const QFileInfo info(path);
    // The mode bits only: WriteUser asks access(2), which says yes to root for any file.
    constexpr auto kAnyWrite = QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    return info.isFile() && !(info.permissions() & kAnyWrite);
}

} // namespace luming
