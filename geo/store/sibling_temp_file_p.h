// A temp file next to a target (same folder, so the final rename is atomic), optionally starting as a
// copy of the target. Removed on destruction, SQLite side files included, unless renamed into place.
#pragma once

#include "core/result.h"

#include <QString>

namespace luming {

class SiblingTempFile {
public:
    explicit SiblingTempFile(QString target);
    ~SiblingTempFile();
    SiblingTempFile(const SiblingTempFile&) = delete;
    SiblingTempFile& operator=(const SiblingTempFile&) = delete;

    enum class Start { CopyOfTarget, Absent }; // Absent: a free name, for a writer that creates the file
    [[nodiscard]] Status create(Start start);
    [[nodiscard]] const QString& path() const { return path_; }
    // Renames the temp file over the target (atomic on POSIX when both are in one folder).
    [[nodiscard]] Status commit();

private:
    void remove();

    QString target_;
    QString path_;
    bool committed_ = false;
};

} // namespace luming
