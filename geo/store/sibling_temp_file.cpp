#include "store/sibling_temp_file_p.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>
#include <filesystem>
#include <system_error>

namespace luming {

SiblingTempFile::SiblingTempFile(QString target) : target_(std::move(target)) {}

SiblingTempFile::~SiblingTempFile() {
    if (!committed_)
        remove();
}

void SiblingTempFile::remove() {
    if (path_.isEmpty())
        return;
    for (const char* suffix : {"", "-journal", "-wal", "-shm"})
        QFile::remove(path_ + QLatin1String(suffix));
}

Status SiblingTempFile::create(Start start) {
    const QFileInfo target(target_);
    // Hidden, recognisably ours, and still ending in .gpkg (GDAL's GPKG driver expects the extension).
    QTemporaryFile temp(target.absolutePath() + QStringLiteral("/.") + target.completeBaseName() +
                        QStringLiteral(".XXXXXX.gpkg"));
    temp.setAutoRemove(false);
    if (!temp.open())
        return fail(QStringLiteral("cannot create a temporary file in %1: %2")
                        .arg(target.absolutePath(), temp.errorString()));
    path_ = temp.fileName();
    if (start == Start::Absent) {
        temp.close();
        QFile::remove(path_);
        return {};
    }
    QFile source(target_);
    if (!source.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read it: %1").arg(source.errorString()));
    constexpr qint64 kChunk = 1 << 20;
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(kChunk);
        if (chunk.isEmpty() && source.error() != QFileDevice::NoError)
            return fail(QStringLiteral("cannot read it: %1").arg(source.errorString()));
        if (temp.write(chunk) != chunk.size())
            return fail(QStringLiteral("cannot copy it to %1: %2").arg(path_, temp.errorString()));
    }
    if (!temp.flush())
        return fail(QStringLiteral("cannot copy it to %1: %2").arg(path_, temp.errorString()));
    temp.close();
    QFile::setPermissions(path_, source.permissions()); // the replaced file keeps its permissions
    return {};
}

Status SiblingTempFile::commit() {
    std::error_code ec;
    std::filesystem::rename(std::filesystem::path(QFile::encodeName(path_).toStdString()),
                            std::filesystem::path(QFile::encodeName(target_).toStdString()), ec);
    if (ec)
        return fail(
            QStringLiteral("cannot move %1 into place: %2").arg(path_, QString::fromLocal8Bit(ec.message())));
    committed_ = true;
    return {};
}

} // namespace luming
