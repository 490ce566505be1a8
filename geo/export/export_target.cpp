#include "export/export_target.h"

#include "core/feedback.h"
#include "export/road_exporter.h"
#include "fs/leftovers.h"
#include "fs/os_error.h"
#include "fs/write_target.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cerrno>

namespace luming {

namespace {

ExportResult notWritten(const QString& message) {
    return exportFailure(message, ExportStatus::NotWritten);
}

bool writeSmallFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size() && f.flush();
}

QByteArray fileBytes(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// GDAL reads <base>.prj for <base>.shp and for <base>.csv alike, so one export must not change the CRS
// under the other. Empty when there is no such conflict.
QString sharedPrjConflict(const QDir& dir, const QString& base, ExportFormat format,
                          const QString& stagedPrj) {
    if (format != ExportFormat::Shapefile && format != ExportFormat::Csv)
        return {};
    const QString other =
        base + (format == ExportFormat::Shapefile ? QStringLiteral(".csv") : QStringLiteral(".shp"));
    const QString prj = dir.filePath(base + QStringLiteral(".prj"));
    if (!QFileInfo::exists(dir.filePath(other)) || !QFileInfo::exists(prj) ||
        fileBytes(prj) == fileBytes(stagedPrj))
        return {};
    return QCoreApplication::translate(
               "luming::Geo",
               "%1 also gives the CRS of %2 in the same folder, which is in another CRS; writing would "
               "change it. Export under another name or into another folder")
        .arg(QDir::toNativeSeparators(prj), other);
}

} // namespace

QString ExportTarget::mainFile() const {
    return QDir(dir).filePath(fileName);
}

ExportResult exportFailure(const QString& message, ExportStatus status) {
    ExportResult r;
    r.status = status;
    r.message = message;
    return r;
}

ExportResult reportWritten(ExportResult result, const ExportOptions& options) {
    if (options.feedback) {
        for (const QString& w : result.warnings)
            options.feedback->pushWarning(w);
        options.feedback->setProgress(100);
    }
    return result;
}

ExportResult exportCancelled(const QString& dir) {
    return exportFailure(
        QCoreApplication::translate("luming::Geo", "export cancelled; nothing was written to %1")
            .arg(QDir::toNativeSeparators(dir)),
        ExportStatus::Cancelled);
}

ExportResult exportWriteFailure(const QString& message, const QString& dir) {
    const QString described = withWriteCause(message, dir);
    return exportFailure(described,
                         namesWriteCause(described) ? ExportStatus::NotWritten : ExportStatus::Failed);
}

std::optional<ExportResult> resolveExportTarget(const ExportOptions& options,
                                                const ExportFormatProfile& profile,
                                                const ExportSource& source, ExportTarget* target) {
    // The format's extension is added when missing; another extension is a mistake.
    if (options.path.trimmed().isEmpty())
        return notWritten(QCoreApplication::translate("luming::Geo", "no output path given"));
    const QString extension = exportFormatExtension(options.format);
    QFileInfo file(options.path);
    if (file.suffix().isEmpty())
        file = QFileInfo(options.path + QLatin1Char('.') + extension);
    else if (file.suffix().compare(extension, Qt::CaseInsensitive) != 0)
        return exportFailure(
            QCoreApplication::translate("luming::Geo", "%1 does not end in .%2, the extension of %3")
                .arg(QDir::toNativeSeparators(options.path), extension, profile.description));
    target->dir = file.absolutePath();
    target->base = file.completeBaseName();
    target->fileName = target->base + QLatin1Char('.') + extension;
    const QString& dir = target->dir;
    if (!QFileInfo(dir).isDir())
        return notWritten(QCoreApplication::translate("luming::Geo", "folder %1 does not exist")
                              .arg(QDir::toNativeSeparators(dir)));
    if (file.isDir())
        return notWritten(QCoreApplication::translate("luming::Geo", "%1 is a folder, not a file name")
                              .arg(QDir::toNativeSeparators(file.absoluteFilePath())));
    if (isReadOnlyFile(file.absoluteFilePath()))
        return notWritten(
            QCoreApplication::translate("luming::Geo",
                                        "nothing written: %1 is read-only; make it writable or export under "
                                        "another name")
                .arg(QDir::toNativeSeparators(file.absoluteFilePath())));
    // The whole file set the export replaces (a shapefile's .dbf, .prj, … too), by inode as well as by
    // name, so neither a symlink nor a hard link to the source slips through.
    for (const QString& suffix : profile.familySuffixes) {
        const QString member = QDir(dir).filePath(target->base + suffix);
        if (const QString from = sourceNamedBy(member, source.files); !from.isEmpty())
            return notWritten(
                QCoreApplication::translate("luming::Geo",
                                            "nothing written: %1 is the file %2 read from (%3); "
                                            "export to another file")
                    .arg(QDir::toNativeSeparators(member), source.what, QDir::toNativeSeparators(from)));
        if (const QString open = sourceNamedBy(member, options.openFiles); !open.isEmpty())
            return notWritten(
                QCoreApplication::translate("luming::Geo",
                                            "nothing written: %1 is open as a layer (%2); close the layer or "
                                            "export to another file")
                    .arg(QDir::toNativeSeparators(member), QDir::toNativeSeparators(open)));
    }
    // Replacing what is there is asked for, never assumed (the whole file set: a .dbf alone is work too).
    if (const QStringList existing = existingExportFiles(options);
        options.existing == ExistingOutput::Refuse && !existing.isEmpty())
        return exportFailure(QCoreApplication::translate(
                                 "luming::Geo", "nothing written: %1 already exists and is left as it was")
                                 .arg(QDir::toNativeSeparators(existing.first())),
                             ExportStatus::TargetExists);
    return std::nullopt;
}

std::optional<ExportResult> openExportWorkspace(const ExportTarget& target, const ExportOptions& options,
                                                ExportWorkspace* workspace) {
    workspace->cleaned = leftovers::clean(target.dir);
    if (options.format == ExportFormat::GeoPackage && QFileInfo(target.mainFile()).isFile()) {
        Result<SqliteWriteLock> locked = SqliteWriteLock::acquire(target.mainFile());
        if (!locked)
            return notWritten(
                QCoreApplication::translate("luming::Geo", "nothing written: %1").arg(locked.errorString()));
        workspace->lock.emplace(std::move(*locked));
    }
    workspace->staging = std::make_unique<StagedExport>(target.dir, target.base);
    if (!workspace->staging->isValid())
        return notWritten(workspace->staging->errorString());
    return std::nullopt;
}

std::optional<ExportResult> finishExport(StagedExport& staging, const ExportTarget& target,
                                         const ExportOptions& options, const ExportFormatProfile& profile,
                                         const QByteArray& dictionary, const std::function<QString()>& verify,
                                         QStringList* files) {
    const QString& dir = target.dir;
    const QString& base = target.base;
    if (!profile.cpgContent.isEmpty() &&
        !writeSmallFile(staging.path(base + QStringLiteral(".cpg")), profile.cpgContent.toLatin1()))
        return notWritten(QCoreApplication::translate("luming::Geo", "cannot write %1.cpg in %2: %3")
                              .arg(base, QDir::toNativeSeparators(dir), osErrorText(errno)));
    if (profile.writesDictionary &&
        !writeSmallFile(staging.path(base + QStringLiteral("_dictionary.csv")), dictionary))
        return notWritten(
            QCoreApplication::translate("luming::Geo", "cannot write %1_dictionary.csv in %2: %3")
                .arg(base, QDir::toNativeSeparators(dir), osErrorText(errno)));

    // GDAL's GeoJSON and KML writers lose a failed write in their buffers: on a full disk the first sign
    // is a file that does not parse back ("Unterminated string"), so the cause is probed here too.
    if (const QString error = verify(); !error.isEmpty())
        return exportWriteFailure(
            QCoreApplication::translate("luming::Geo", "nothing written: the check after writing failed: %1")
                .arg(error),
            dir);

    if (const QString conflict =
            sharedPrjConflict(QDir(dir), base, options.format, staging.path(base + QStringLiteral(".prj")));
        !conflict.isEmpty())
        return exportFailure(QCoreApplication::translate("luming::Geo", "nothing written: %1").arg(conflict));

    QStringList replaces;
    for (const QString& suffix : profile.familySuffixes)
        replaces.append(base + suffix);
    if (isCanceled(options.feedback)) // the last moment the old files are still untouched
        return exportCancelled(dir);
    QStringList placed;
    if (Status committed = staging.commit(replaces, &placed); !committed)
        return notWritten(
            QCoreApplication::translate("luming::Geo", "nothing replaced: %1").arg(committed.errorString()));
    placed.removeAll(target.mainFile());
    *files = QStringList{target.mainFile()} + placed;
    return std::nullopt;
}

} // namespace luming
