// Writes a whole file atomically: a temp file beside the target, renamed into place only when
// complete, so a failure never leaves a half-written or clobbered file.
#pragma once

#include "io/write_result.h"

#include <QByteArray>
#include <QString>

namespace luming {

class AtomicFileWriter {
public:
    [[nodiscard]] static WriteResult write(const QString& path, const QByteArray& bytes);
};

} // namespace luming
