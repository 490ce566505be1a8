// A temp file next to a target (same folder, so the final rename is atomic), optionally starting as a
// copy of the target: ".<base>.luming-save-XXXXXX.gpkg", marked as owned by this process (an OwnerLock
// on "<temp>.owner") so a concurrent save's clean-up leaves it alone. Removed on destruction, SQLite side
// files and the owner file included, unless renamed into place; a killed save's are removed by
// leftovers::clean at the next save into that folder.
#pragma once

#include "core/result.h"
#include "fs/owner_lock.h"

#include <QFile>
#include <QString>

namespace luming {

class SiblingTempFile {
public:
    explicit SiblingTempFile(QString target);
    ~SiblingTempFile();
    SiblingTempFile(const SiblingTempFile&) = delete;
    SiblingTempFile& operator=(const SiblingTempFile&) = delete;

    // A free name, for a writer that creates the file.
    [[nodiscard]] Status createAbsent();
    // A copy of `source` (open for reading; read from its current position to the end).
    [[nodiscard]] Status createCopyOf(QFile& source);
    [[nodiscard]] const QString& path() const { return path_; }
    // Renames the temp file over the target (atomic on POSIX when both are in one folder).
    [[nodiscard]] Status commit();

private:
    [[nodiscard]] Status open(QFile** file);
    void remove();

    QString target_;
    QString path_;
    OwnerLock owner_;
    std::unique_ptr<QFile> file_;
    bool committed_ = false;
};

} // namespace luming
