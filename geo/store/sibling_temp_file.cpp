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

bool SiblingTempFile::create(Start start, QString* error) {
    const QFileInfo target(target_);
    // Hidden, recognisably ours, and still ending in .gpkg (GDAL's GPKG driver expects the extension).
    QTemporaryFile temp(target.absolutePath() + QStringLiteral("/.") + target.completeBaseName() +
                        QStringLiteral(".XXXXXX.gpkg"));
    temp.setAutoRemove(false);
    if (!temp.open()) {
        *error = QStringLiteral("cannot create a temporary file in %1: %2")
                     .arg(target.absolutePath(), temp.errorString());
        return false;
    }
    path_ = temp.fileName();
    if (start == Start::Absent) {
        temp.close();
        QFile::remove(path_);
        return true;
    }
    QFile source(target_);
    if (!source.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read it: %1").arg(source.errorString());
        return false;
    }
    constexpr qint64 kChunk = 1 << 20;
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(kChunk);
        if (chunk.isEmpty() && source.error() != QFileDevice::NoError) {
            *error = QStringLiteral("cannot read it: %1").arg(source.errorString());
            return false;
        }
        if (temp.write(chunk) != chunk.size()) {
            *error = QStringLiteral("cannot copy it to %1: %2").arg(path_, temp.errorString());
            return false;
        }
    }
    if (!temp.flush()) {
        *error = QStringLiteral("cannot copy it to %1: %2").arg(path_, temp.errorString());
        return false;
    }
    temp.close();
    QFile::setPermissions(path_, source.permissions()); // the replaced file keeps its permissions
    return true;
}

bool SiblingTempFile::commit(QString* error) {
    std::error_code ec;
    std::filesystem::rename(std::filesystem::path(QFile::encodeName(path_).toStdString()),
                            std::filesystem::path(QFile::encodeName(target_).toStdString()), ec);
    if (ec) {
        *error =
            QStringLiteral("cannot move %1 into place: %2").arg(path_, QString::fromLocal8Bit(ec.message()));
        return false;
    }
    committed_ = true;
    return true;
}

} // namespace luming
