#include "io/atomic_file_writer.h"

#include "fs/durable_file.h"
#include "fs/leftovers.h"
#include "fs/os_error.h"
#include "fs/write_target.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace luming {

WriteResult AtomicFileWriter::write(const QString& path, const QByteArray& bytes) {
    if (QFileInfo(path).isDir())
        return WriteResult::failure(
            QCoreApplication::translate("luming::Geo", "Cannot write %1: it is a folder").arg(path));
    if (isReadOnlyFile(path))
        return WriteResult::failure(
            QCoreApplication::translate("luming::Geo", "Cannot write %1: it is read-only").arg(path));
    // A temp file beside the target, renamed over it only when complete and flushed to disk; first the
    // work files killed runs left in that folder are cleaned.
    (void)leftovers::clean(QFileInfo(path).absolutePath());
    if (Status written = writeDurably(path, bytes); !written)
        return WriteResult::failure(
            QCoreApplication::translate("luming::Geo", "Cannot write %1: %2")
                .arg(path, withWriteCause(written.error().message, QFileInfo(path).absolutePath())));
    return WriteResult::success();
}

} // namespace luming
