#include "export/staged_export.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <filesystem>
#include <system_error>

namespace luming {

namespace {

std::filesystem::path fsPath(const QString& path) {
    return std::filesystem::path(QFile::encodeName(path).toStdString());
}

// rename(2) within one folder: atomic per file, replaces nothing we have not moved aside ourselves.
QString moveFile(const QString& from, const QString& to) {
    std::error_code ec;
    std::filesystem::rename(fsPath(from), fsPath(to), ec);
    if (ec)
        return QStringLiteral("cannot move %1 to %2: %3")
            .arg(QDir::toNativeSeparators(from), QDir::toNativeSeparators(to),
                 QString::fromLocal8Bit(ec.message()));
    return {};
}

} // namespace

StagedExport::StagedExport(const QString& targetDir, const QString& baseName)
    : m_targetDir(targetDir), m_dir(std::make_unique<QTemporaryDir>(QDir(targetDir).filePath(
                                  QLatin1Char('.') + baseName + QStringLiteral(".luming-export-XXXXXX")))) {}

bool StagedExport::isValid() const {
    return m_dir->isValid();
}

QString StagedExport::errorString() const {
    return QStringLiteral("cannot create a temporary folder in %1: %2")
        .arg(QDir::toNativeSeparators(m_targetDir), m_dir->errorString());
}

QString StagedExport::path(const QString& fileName) const {
    return m_dir->filePath(fileName);
}

QString StagedExport::commit(const QStringList& replaces, QStringList* placed) {
    const QDir staging(m_dir->path());
    const QDir target(m_targetDir);
    const QStringList newFiles = staging.entryList(QDir::Files | QDir::Hidden);

    const QString asideName = QStringLiteral(".previous");
    if (!staging.mkdir(asideName))
        return QStringLiteral("cannot create %1").arg(QDir::toNativeSeparators(staging.filePath(asideName)));
    const QDir aside(staging.filePath(asideName));

    QStringList movedAside;
    QStringList movedIn;
    const auto rollback = [&] {
        for (const QString& name : movedIn)
            QFile::remove(target.filePath(name));
        for (const QString& name : movedAside)
            (void)moveFile(aside.filePath(name), target.filePath(name));
    };

    QStringList toReplace = replaces;
    for (const QString& name : newFiles)
        if (!toReplace.contains(name))
            toReplace.append(name);
    for (const QString& name : toReplace) {
        if (!QFileInfo::exists(target.filePath(name)))
            continue;
        if (QString error = moveFile(target.filePath(name), aside.filePath(name)); !error.isEmpty()) {
            rollback();
            return error;
        }
        movedAside.append(name);
    }
    for (const QString& name : newFiles) {
        if (QString error = moveFile(staging.filePath(name), target.filePath(name)); !error.isEmpty()) {
            rollback();
            return error;
        }
        movedIn.append(name);
    }
    if (placed) {
        placed->clear();
        for (const QString& name : newFiles)
            placed->append(target.filePath(name));
    }
    return {}; // the earlier files in .previous go with the staging folder
}

} // namespace luming
