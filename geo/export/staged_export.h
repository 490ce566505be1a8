// The temporary folder an export is written into, next to its target, and the rename that puts the
// finished files in place. Nothing outside the staging folder changes until commit(); if commit()
// cannot move every file it puts the earlier files back. The staging folder (and whatever is left in
// it) is removed when this object goes away, so a failed or cancelled export leaves nothing behind.
#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

namespace luming {

class StagedExport {
public:
    // targetDir must exist; baseName names the staging folder (".<base>.luming-export-XXXXXX").
    StagedExport(const QString& targetDir, const QString& baseName);
    StagedExport(const StagedExport&) = delete;
    StagedExport& operator=(const StagedExport&) = delete;

    [[nodiscard]] bool isValid() const;
    QString errorString() const;                 // why the staging folder could not be made
    QString path(const QString& fileName) const; // a file inside the staging folder

    // Moves every file of the staging folder into the target folder. Files named in `replaces` that
    // already exist there (the earlier export and its sidecars) are moved aside first and restored if any
    // later step fails. Returns an empty string on success, otherwise the reason, naming the file.
    [[nodiscard]] QString commit(const QStringList& replaces, QStringList* placed);

private:
    QString m_targetDir;
    std::unique_ptr<QTemporaryDir> m_dir;
};

} // namespace luming
