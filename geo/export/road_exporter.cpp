#include "export/road_exporter.h"

#include "core/feedback.h"
#include "export/dbf_text_check.h"
#include "export/drawn_length.h"
#include "export/export_format_profile.h"
#include "export/export_target.h"
#include "export/road_layer_verifier.h"
#include "export/road_layer_writer.h"
#include "fs/write_target.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace luming {

namespace {

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
        return QCoreApplication::translate(
                   "luming::Geo",
                   "%1 coordinates are WGS 84 longitude/latitude (EPSG:4326) by definition; GDAL would "
                   "silently reproject %2 to it. Leave --crs out (or give EPSG:4326), or export "
                   "GeoPackage or shapefile to keep %2")
            .arg(profile.description, exportCrsCode(*crs, regionEpsg));
    return std::nullopt;
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
        return exportFailure(QCoreApplication::translate(
                                 "luming::Geo", "the GBK encoding is for shapefiles only; %1 is always UTF-8")
                                 .arg(profile.description));
    ExportCrs crs{};
    const int regionEpsg = project.region.metricEpsg;
    if (auto refusal = resolveCrs(profile, options, regionEpsg, &crs))
        return exportFailure(*refusal);
    // A shapefile without coordinates is no map layer (and ArcGIS reads null shapes poorly); never one
    // placed in another city either: an unknown region has no coordinates at all.
    if (options.format == ExportFormat::Shapefile && !project.region.isKnown())
        return exportFailure(QCoreApplication::translate(
            "luming::Geo",
            "nothing written: the notice's region is unknown, so its roads have no coordinates and a "
            "shapefile would hold no geometry; give the region (luming export --region CODE|NAME, or the "
            "viewer's region picker), or export GeoPackage, GeoJSON or CSV to keep the records without "
            "geometry"));

    ExportTarget target;
    if (auto refused = resolveExportTarget(
            options, profile,
            ExportSource{sourceFilesOf(project), QCoreApplication::translate("luming::Geo", "the roads are")},
            &target))
        return *refused;
    const QString& dir = target.dir;
    const QString& base = target.base;
    const QString& fileName = target.fileName;

    QList<RoadRow> rows = collectRoadRows(project);
    if (options.only)
        rows.removeIf([&options](const RoadRow& row) {
            return !options.only->contains(RoadId{row.notice->id, row.record->seq});
        });
    if (rows.isEmpty())
        return exportFailure(
            options.only ? QCoreApplication::translate(
                               "luming::Geo", "nothing to export: none of the chosen roads is in the project")
                         : QCoreApplication::translate("luming::Geo",
                                                       "nothing to export: the project has no road records"));
    if (QString error = measureDrawnLengths(rows, regionEpsg); !error.isEmpty())
        return exportFailure(error);
    int withoutGeometry = 0;
    for (const RoadRow& row : rows)
        withoutGeometry += row.hasLine() ? 0 : 1;

    // Shapefile text must fit the code page and the DBF limits, checked before anything is written:
    // GDAL would write '?' for a character GBK lacks.
    QHash<QString, int> widths;
    if (options.format == ExportFormat::Shapefile) {
        const DbfTextCheck check = checkDbfText(rows, options.encoding);
        if (!check.ok())
            return exportFailure(
                QCoreApplication::translate("luming::Geo", "nothing written: %1").arg(check.error));
        widths = check.widths;
    }

    ExportWorkspace workspace;
    if (auto failed = openExportWorkspace(target, options, &workspace))
        return *failed;
    StagedExport& staging = *workspace.staging;

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
        return exportCancelled(dir);
    if (written.status != RoadLayerWriteOutcome::Status::Written)
        return exportWriteFailure(written.error, dir);

    QStringList files;
    if (auto unfinished = finishExport(
            staging, target, options, profile,
            dataDictionaryCsv(widths, shapefileEncodingCode(options.encoding)),
            [&] { return verifyRoadLayer(request.file, request.shownPath, profile, rows); }, &files))
        return *unfinished;

    ExportResult r;
    r.status = ExportStatus::Written;
    r.crs = exportCrsCode(crs, regionEpsg);
    r.featureCount = static_cast<int>(rows.size());
    r.withoutGeometry = withoutGeometry;
    r.warnings = workspace.cleaned + written.warnings;
    const QString mainFile = target.mainFile();
    r.files = files;
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
        r.warnings.append(QCoreApplication::translate(
            "luming::Geo", "PROJ has no CGCS2000→WGS 84 parameters and keeps the coordinates "
                           "unchanged (ballpark); the two frames agree within about a metre"));
    return reportWritten(r, options);
}

} // namespace luming
