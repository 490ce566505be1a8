#include "export/road_exporter.h"

#include "core/feedback.h"
#include "export/dbf_text_check.h"
#include "export/drawn_length.h"
#include "export/export_format_profile.h"
#include "export/road_layer_verifier.h"
#include "export/road_layer_writer.h"
#include "export/staged_export.h"
#include "fs/leftovers.h"
#include "fs/os_error.h"
#include "fs/sqlite_write_lock.h"
#include "fs/write_target.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cerrno>

namespace luming {

namespace {

ExportResult cancelled(const QString& dir) {
    ExportResult r;
    r.status = ExportStatus::Cancelled;
    r.message = QCoreApplication::translate("luming::Geo", "export cancelled; nothing was written to %1")
                    .arg(QDir::toNativeSeparators(dir));
    return r;
}

ExportResult failure(const QString& message, ExportStatus status = ExportStatus::Failed) {
    ExportResult r;
    r.status = status;
    r.message = message;
    return r;
}

ExportResult notWritten(const QString& message) {
    return failure(message, ExportStatus::NotWritten);
}

// GDAL rarely says why a write failed ("Failure seeking to position…"): the cause is named when it is
// the output's (disk full, file-size limit), which makes it an output not written rather than bad data.
ExportResult writeFailure(const QString& message, const QString& dir) {
    const QString described = withWriteCause(message, dir);
    return failure(described, namesWriteCause(described) ? ExportStatus::NotWritten : ExportStatus::Failed);
}

// The user's choice of CRS checked against what the format can hold.
std::optional<QString> resolveCrs(const ExportFormatProfile& profile, const ExportOptions& options,
                                  int regionEpsg, ExportCrs* crs) {
    *crs = options.crs.value_or(profile.defaultCrs);
    if (*crs == ExportCrs::Cgcs2000GaussKruger && regionEpsg == 0)
        return QCoreApplication::translate(
            "luming::Geo", "nothing written: the notice's region is unknown, so there is no Gauss-Krüger "
                           "zone to write its roads in; give the region (--region CODE|NAME) or export "
                           "EPSG:4490");
    if (profile.onlyCrs && *crs != *profile.onlyCrs)
        return QStringLiteral(
                   "%1 coordinates are WGS 84 longitude/latitude (EPSG:4326) by definition; GDAL would "
                   "silently reproject %2 to it. Leave --crs out (or give EPSG:4326), or export "
                   "GeoPackage or shapefile to keep %2")
            .arg(profile.description, exportCrsCode(*crs, regionEpsg));
    return std::nullopt;
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
    return QStringLiteral(
               "%1 also gives the CRS of %2 in the same folder, which is in another CRS; writing would "
               "change it. Export under another name or into another folder")
        .arg(QDir::toNativeSeparators(prj), other);
}

} // namespace

QStringList existingExportFiles(const ExportOptions& options) {
    const QString extension = exportFormatExtension(options.format);
    QFileInfo target(options.path);
    if (options.path.trimmed().isEmpty() ||
        (!target.suffix().isEmpty() && target.suffix().compare(extension, Qt::CaseInsensitive) != 0))
        return {};
    if (target.suffix().isEmpty())
        target = QFileInfo(options.path + QLatin1Char('.') + extension);
    QStringList existing;
    for (const QString& suffix : exportFormatProfile(options.format, options.encoding).dataSuffixes) {
        const QFileInfo member(target.absoluteDir().filePath(target.completeBaseName() + suffix));
        if (member.exists() || member.isSymLink())
            existing.append(member.absoluteFilePath());
    }
    return existing;
}

ExportResult exportRoads(const Project& project, const ExportOptions& options) {
    const ExportFormatProfile profile = exportFormatProfile(options.format, options.encoding);

    if (options.encoding == ShapefileEncoding::Gbk && options.format != ExportFormat::Shapefile)
        return failure(QCoreApplication::translate(
                           "luming::Geo", "the GBK encoding is for shapefiles only; %1 is always UTF-8")
                           .arg(profile.description));
    ExportCrs crs{};
    const int regionEpsg = project.region.metricEpsg;
    if (auto refusal = resolveCrs(profile, options, regionEpsg, &crs))
        return failure(*refusal);
    // A shapefile without coordinates is no map layer (and ArcGIS reads null shapes poorly); never one
    // placed in another city either: an unknown region has no coordinates at all.
    if (options.format == ExportFormat::Shapefile && !project.region.isKnown())
        return failure(QStringLiteral(
            "nothing written: the notice's region is unknown, so its roads have no coordinates and a "
            "shapefile would hold no geometry; give the region (luming export --region CODE|NAME, or the "
            "viewer's region picker), or export GeoPackage, GeoJSON or CSV to keep the records without "
            "geometry"));

    // Target: the format's extension is added when missing; another extension is a mistake.
    if (options.path.trimmed().isEmpty())
        return notWritten(QCoreApplication::translate("luming::Geo", "no output path given"));
    const QString extension = exportFormatExtension(options.format);
    QFileInfo target(options.path);
    if (target.suffix().isEmpty())
        target = QFileInfo(options.path + QLatin1Char('.') + extension);
    else if (target.suffix().compare(extension, Qt::CaseInsensitive) != 0)
        return failure(
            QCoreApplication::translate("luming::Geo", "%1 does not end in .%2, the extension of %3")
                .arg(QDir::toNativeSeparators(options.path), extension, profile.description));
    const QString dir = target.absolutePath();
    const QString base = target.completeBaseName();
    const QString fileName = base + QLatin1Char('.') + extension;
    if (!QFileInfo(dir).isDir())
        return notWritten(QCoreApplication::translate("luming::Geo", "folder %1 does not exist")
                              .arg(QDir::toNativeSeparators(dir)));
    if (target.isDir())
        return notWritten(QCoreApplication::translate("luming::Geo", "%1 is a folder, not a file name")
                              .arg(QDir::toNativeSeparators(target.absoluteFilePath())));
    if (isReadOnlyFile(target.absoluteFilePath()))
        return notWritten(
            QCoreApplication::translate("luming::Geo",
                                        "nothing written: %1 is read-only; make it writable or export under "
                                        "another name")
                .arg(QDir::toNativeSeparators(target.absoluteFilePath())));
    // The whole file set the export replaces (a shapefile's .dbf, .prj, … too), by inode as well as by
    // name, so neither a symlink nor a hard link to the source slips through.
    for (const QString& suffix : exportFormatProfile(options.format, options.encoding).familySuffixes) {
        const QString member = QDir(dir).filePath(base + suffix);
        if (const QString source = sourceNamedBy(member, sourceFilesOf(project)); !source.isEmpty())
            return notWritten(
                QCoreApplication::translate("luming::Geo",
                                            "nothing written: %1 is the file the roads are read from (%2); "
                                            "export to another file")
                    .arg(QDir::toNativeSeparators(member), QDir::toNativeSeparators(source)));
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
        return failure(QCoreApplication::translate("luming::Geo",
                                                   "nothing written: %1 already exists and is left as it was")
                           .arg(QDir::toNativeSeparators(existing.first())),
                       ExportStatus::TargetExists);

    QList<RoadRow> rows = collectRoadRows(project);
    if (options.only)
        rows.removeIf([&options](const RoadRow& row) {
            return !options.only->contains(RoadId{row.notice->id, row.record->seq});
        });
    if (rows.isEmpty())
        return failure(
            options.only ? QCoreApplication::translate(
                               "luming::Geo", "nothing to export: none of the chosen roads is in the project")
                         : QCoreApplication::translate("luming::Geo",
                                                       "nothing to export: the project has no road records"));
    if (QString error = measureDrawnLengths(rows, regionEpsg); !error.isEmpty())
        return failure(error);
    int withoutGeometry = 0;
    for (const RoadRow& row : rows)
        withoutGeometry += row.hasLine() ? 0 : 1;

    // Shapefile text must fit the code page and the DBF limits, checked before anything is written:
    // GDAL would write '?' for a character GBK lacks.
    QHash<QString, int> widths;
    if (options.format == ExportFormat::Shapefile) {
        const DbfTextCheck check = checkDbfText(rows, options.encoding);
        if (!check.ok())
            return failure(
                QCoreApplication::translate("luming::Geo", "nothing written: %1").arg(check.error));
        widths = check.widths;
    }

    // Work files of killed exports and saves in this folder: finish their swaps, remove the rest.
    const QStringList cleaned = leftovers::clean(dir);
    // An existing GeoPackage may be open in another program: wait for its writers and keep them out until
    // the new file has replaced it (fs/sqlite_write_lock.h says why).
    std::optional<SqliteWriteLock> lock;
    if (options.format == ExportFormat::GeoPackage && target.isFile()) {
        Result<SqliteWriteLock> locked = SqliteWriteLock::acquire(target.absoluteFilePath());
        if (!locked)
            return notWritten(
                QCoreApplication::translate("luming::Geo", "nothing written: %1").arg(locked.errorString()));
        lock.emplace(std::move(*locked));
    }
    StagedExport staging(dir, base);
    if (!staging.isValid())
        return notWritten(staging.errorString());

    RoadLayerWrite request;
    request.file = staging.path(fileName);
    request.shownPath = QDir(dir).filePath(fileName);
    request.layerName = profile.layerName(base);
    request.profile = profile;
    request.crs = crs;
    request.regionEpsg = regionEpsg;
    request.stringWidths = widths;
    request.feedback = options.feedback;
    const RoadLayerWriteOutcome written = writeRoadLayer(request, rows);
    if (written.status == RoadLayerWriteOutcome::Status::Cancelled)
        return cancelled(dir);
    if (written.status != RoadLayerWriteOutcome::Status::Written)
        return writeFailure(written.error, dir);

    if (!profile.cpgContent.isEmpty() &&
        !writeSmallFile(staging.path(base + QStringLiteral(".cpg")), profile.cpgContent.toLatin1()))
        return notWritten(QCoreApplication::translate("luming::Geo", "cannot write %1.cpg in %2: %3")
                              .arg(base, QDir::toNativeSeparators(dir), osErrorText(errno)));
    if (profile.writesDictionary &&
        !writeSmallFile(staging.path(base + QStringLiteral("_dictionary.csv")),
                        dataDictionaryCsv(widths, shapefileEncodingCode(options.encoding))))
        return notWritten(
            QCoreApplication::translate("luming::Geo", "cannot write %1_dictionary.csv in %2: %3")
                .arg(base, QDir::toNativeSeparators(dir), osErrorText(errno)));

    // GDAL's GeoJSON and KML writers lose a failed write in their buffers: on a full disk the first sign
    // is a file that does not parse back ("Unterminated string"), so the cause is probed here too.
    if (QString error = verifyRoadLayer(request.file, request.shownPath, profile, rows); !error.isEmpty())
        return writeFailure(
            QCoreApplication::translate("luming::Geo", "nothing written: the check after writing failed: %1")
                .arg(error),
            dir);

    if (QString conflict =
            sharedPrjConflict(QDir(dir), base, options.format, staging.path(base + QStringLiteral(".prj")));
        !conflict.isEmpty())
        return failure(QCoreApplication::translate("luming::Geo", "nothing written: %1").arg(conflict));

    QStringList replaces;
    for (const QString& suffix : profile.familySuffixes)
        replaces.append(base + suffix);
    if (isCanceled(options.feedback)) // the last moment the old files are still untouched
        return cancelled(dir);
    QStringList placed;
    if (Status committed = staging.commit(replaces, &placed); !committed)
        return notWritten(
            QCoreApplication::translate("luming::Geo", "nothing replaced: %1").arg(committed.errorString()));

    ExportResult r;
    r.status = ExportStatus::Written;
    r.crs = exportCrsCode(crs, regionEpsg);
    r.featureCount = static_cast<int>(rows.size());
    r.withoutGeometry = withoutGeometry;
    r.warnings = cleaned + written.warnings;
    const QString mainFile = QDir(dir).filePath(fileName);
    placed.removeAll(mainFile);
    r.files = QStringList{mainFile} + placed;
    r.message = QCoreApplication::translate("luming::Geo", "wrote %1 roads to %2 (%3, %4)")
                    .arg(rows.size())
                    .arg(QDir::toNativeSeparators(mainFile), profile.description, r.crs);
    if (withoutGeometry > 0)
        r.message +=
            QCoreApplication::translate(
                "luming::Geo", "; %1 of them have no line yet and were exported with an empty geometry")
                .arg(withoutGeometry);
    if (profile.writesPrj)
        r.message += QCoreApplication::translate(
                         "luming::Geo", "; the CRS is in %1.prj (GDAL and QGIS read it; spreadsheets do not)")
                         .arg(base);
    if (crs == ExportCrs::Wgs84Geographic)
        r.warnings.append(QStringLiteral("PROJ has no CGCS2000→WGS 84 parameters and keeps the coordinates "
                                         "unchanged (ballpark); the two frames agree within about a metre"));
    if (options.feedback) {
        for (const QString& w : r.warnings)
            options.feedback->pushWarning(w);
        options.feedback->setProgress(100);
    }
    return r;
}

} // namespace luming
