#include "io/atomic_file_writer.h"

#include <QFileInfo>
#include <QSaveFile>

namespace luming {

WriteResult AtomicFileWriter::write(const QString& path, const QByteArray& bytes) {
    if (QFileInfo(path).isDir())
        return WriteResult::failure(QStringLiteral("Cannot write %1: it is a folder").arg(path));
    // QSaveFile writes into a temp file in the same folder and renames it over the target on commit().
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return WriteResult::failure(QStringLiteral("Cannot write %1: %2").arg(path, file.errorString()));
    if (file.write(bytes) != bytes.size()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return WriteResult::failure(QStringLiteral("Cannot write %1: %2").arg(path, why));
    }
    if (!file.commit())
        return WriteResult::failure(QStringLiteral("Cannot write %1: %2").arg(path, file.errorString()));
    return WriteResult::success();
}

} // namespace luming
