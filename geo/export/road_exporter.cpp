#include "export/road_exporter.h"

#include "core/feedback.h"
#include "export/dbf_text_check.h"
#include "export/drawn_length.h"
#include "export/export_format_profile.h"
#include "export/road_layer_verifier.h"
#include "export/road_layer_writer.h"
#include "export/staged_export.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace luming {

namespace {

ExportResult cancelled(const QString& dir) {
    ExportResult r;
    r.status = ExportStatus::Cancelled;
    r.message =
        QStringLiteral("export cancelled; nothing was written to %1").arg(QDir::toNativeSeparators(dir));
    return r;
}

ExportResult failure(const QString& message) {
    ExportResult r;
    r.status = ExportStatus::Failed;
    r.message = message;
    return r;
}

// The user's choice of CRS checked against what the format can hold.
std::optional<QString> resolveCrs(const ExportFormatProfile& profile, const ExportOptions& options,
                                  ExportCrs* crs) {
    *crs = options.crs.value_or(profile.defaultCrs);
    if (profile.onlyCrs && *crs != *profile.onlyCrs)
        return QStringLiteral(
                   "%1 coordinates are WGS 84 longitude/latitude (EPSG:4326) by definition; GDAL would "
                   "silently reproject %2 to it. Leave --crs out (or give EPSG:4326), or export "
                   "GeoPackage or shapefile to keep %2")
            .arg(profile.description, exportCrsCode(*crs));
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

ExportResult exportRoads(const Project& project, const ExportOptions& options) {
    const ExportFormatProfile profile = exportFormatProfile(options.format, options.encoding);

    if (options.encoding == ShapefileEncoding::Gbk && options.format != ExportFormat::Shapefile)
        return failure(QStringLiteral("the GBK encoding is for shapefiles only; %1 is always UTF-8")
                           .arg(profile.description));
    ExportCrs crs{};
    if (auto refusal = resolveCrs(profile, options, &crs))
        return failure(*refusal);

    // Target: the format's extension is added when missing; another extension is a mistake.
    if (options.path.trimmed().isEmpty())
        return failure(QStringLiteral("no output path given"));
    const QString extension = exportFormatExtension(options.format);
    QFileInfo target(options.path);
    if (target.suffix().isEmpty())
        target = QFileInfo(options.path + QLatin1Char('.') + extension);
    else if (target.suffix().compare(extension, Qt::CaseInsensitive) != 0)
        return failure(QStringLiteral("%1 does not end in .%2, the extension of %3")
                           .arg(QDir::toNativeSeparators(options.path), extension, profile.description));
    const QString dir = target.absolutePath();
    const QString base = target.completeBaseName();
    const QString fileName = base + QLatin1Char('.') + extension;
    if (!QFileInfo(dir).isDir())
        return failure(QStringLiteral("folder %1 does not exist").arg(QDir::toNativeSeparators(dir)));
    if (target.isDir())
        return failure(QStringLiteral("%1 is a folder, not a file name")
                           .arg(QDir::toNativeSeparators(target.absoluteFilePath())));

    QList<RoadRow> rows = collectRoadRows(project);
    if (rows.isEmpty())
        return failure(QStringLiteral("nothing to export: the project has no road records"));
    if (QString error = measureDrawnLengths(rows); !error.isEmpty())
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
            return failure(QStringLiteral("nothing written: %1").arg(check.error));
        widths = check.widths;
    }

    StagedExport staging(dir, base);
    if (!staging.isValid())
        return failure(staging.errorString());

    RoadLayerWrite request;
    request.file = staging.path(fileName);
    request.shownPath = QDir(dir).filePath(fileName);
    request.layerName = profile.layerName(base);
    request.profile = profile;
    request.crs = crs;
    request.stringWidths = widths;
    request.feedback = options.feedback;
    const RoadLayerWriteOutcome written = writeRoadLayer(request, rows);
    if (written.status == RoadLayerWriteOutcome::Status::Cancelled)
        return cancelled(dir);
    if (written.status != RoadLayerWriteOutcome::Status::Written)
        return failure(written.error);

    if (!profile.cpgContent.isEmpty() &&
        !writeSmallFile(staging.path(base + QStringLiteral(".cpg")), profile.cpgContent.toLatin1()))
        return failure(QStringLiteral("cannot write %1.cpg in %2").arg(base, QDir::toNativeSeparators(dir)));
    if (profile.writesDictionary &&
        !writeSmallFile(staging.path(base + QStringLiteral("_dictionary.csv")),
                        dataDictionaryCsv(widths, shapefileEncodingCode(options.encoding))))
        return failure(
            QStringLiteral("cannot write %1_dictionary.csv in %2").arg(base, QDir::toNativeSeparators(dir)));

    if (QString error = verifyRoadLayer(request.file, request.shownPath, profile, rows); !error.isEmpty())
        return failure(QStringLiteral("nothing written: the check after writing failed: %1").arg(error));

    if (QString conflict =
            sharedPrjConflict(QDir(dir), base, options.format, staging.path(base + QStringLiteral(".prj")));
        !conflict.isEmpty())
        return failure(QStringLiteral("nothing written: %1").arg(conflict));

    QStringList replaces;
    for (const QString& suffix : profile.familySuffixes)
        replaces.append(base + suffix);
    if (isCanceled(options.feedback)) // the last moment the old files are still untouched
        return cancelled(dir);
    QStringList placed;
    if (QString error = staging.commit(replaces, &placed); !error.isEmpty())
        return failure(QStringLiteral("nothing replaced: %1").arg(error));

    ExportResult r;
    r.status = ExportStatus::Written;
    r.crs = exportCrsCode(crs);
    r.featureCount = static_cast<int>(rows.size());
    r.withoutGeometry = withoutGeometry;
    r.warnings = written.warnings;
    const QString mainFile = QDir(dir).filePath(fileName);
    placed.removeAll(mainFile);
    r.files = QStringList{mainFile} + placed;
    r.message = QStringLiteral("wrote %1 roads to %2 (%3, %4)")
                    .arg(rows.size())
                    .arg(QDir::toNativeSeparators(mainFile), profile.description, r.crs);
    if (withoutGeometry > 0)
        r.message += QStringLiteral("; %1 of them have no line yet and were exported with an empty geometry")
                         .arg(withoutGeometry);
    if (profile.writesPrj)
        r.message +=
            QStringLiteral("; the CRS is in %1.prj (GDAL and QGIS read it; spreadsheets do not)").arg(base);
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
