#include "export_command.h"

#include "core/feedback.h"
#include "crs/gauss_kruger_zone.h"
#include "exit_status.h"
#include "export/layer_exporter.h"
#include "export/road_exporter.h"
#include "export/road_row.h"
#include "help_text.h"
#include "layer_source.h"
#include "progress_line.h"
#include "project_source.h"
#include "region_option.h"
#include "terminal_stream.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace luming::cli {

namespace {

// "117.0,36.6,117.1,36.7" (min x, min y, max x, max y in the layer's CRS); nullopt when not four numbers
// with min < max.
std::optional<QRectF> bboxFromText(const QString& text) {
    const QStringList parts = text.split(QLatin1Char(','));
    if (parts.size() != 4)
        return std::nullopt;
    double v[4];
    for (int i = 0; i < 4; ++i) {
        bool ok = false;
        v[i] = parts[i].trimmed().toDouble(&ok);
        if (!ok)
            return std::nullopt;
    }
    if (!(v[0] < v[2]) || !(v[1] < v[3]))
        return std::nullopt;
    return QRectF(QPointF(v[0], v[1]), QPointF(v[2], v[3]));
}

// Prints the result and maps it to the exit status (export_result.h: which status means what).
int reportResult(const ExportResult& result, QTextStream& out, QTextStream& err) {
    for (const auto& w : result.warnings)
        err << Help::tr("luming: warning: %1").arg(w) << "\n";
    if (result.status == ExportStatus::TargetExists) {
        err << Help::tr("luming: %1; give --overwrite to replace it").arg(result.message) << "\n";
        return OutputFailed;
    }
    if (!result.ok()) {
        err << "luming: " << result.message << "\n";
        return result.status == ExportStatus::NotWritten ? OutputFailed : ExportFailed;
    }
    out << result.message << "\n";
    for (const auto& f : result.files)
        out << "  " << f << "\n";
    return Success;
}

// SRC is a vector layer: the layer options apply, the notice's do not.
int exportLayerCommand(const QCommandLineParser& cli, ExportOptions options, QTextStream& out,
                       QTextStream& err) {
    const QString src = cli.positionalArguments().first();
    for (const char* projectOnly : {"district", "region"})
        if (cli.isSet(QString::fromLatin1(projectOnly))) {
            err << Help::tr(
                       "luming export: --%1 is for a notice or project; %2 is a vector layer (use --where or "
                       "--bbox)")
                       .arg(QString::fromLatin1(projectOnly), src)
                << "\n";
            return UsageError;
        }
    LayerExportSource source;
    source.file = src;
    source.layer = cli.value(QStringLiteral("layer"));
    source.where = cli.value(QStringLiteral("where"));
    if (cli.isSet(QStringLiteral("bbox"))) {
        source.bbox = bboxFromText(cli.value(QStringLiteral("bbox")));
        if (!source.bbox) {
            err << Help::tr("luming export: --bbox takes MINX,MINY,MAXX,MAXY in the layer's CRS, not '%1'")
                       .arg(cli.value(QStringLiteral("bbox")))
                << "\n";
            return UsageError;
        }
    }
    if (options.crs == ExportCrs::Cgcs2000GaussKruger) {
        const auto asked =
            gaussKrugerZoneFromEpsg(exportCrsEpsg(*exportCrsFromCode(cli.value(QStringLiteral("crs"))), 0));
        const int own = layerGaussKrugerEpsg(source);
        if (!asked || asked->epsg != own) {
            err << Help::tr("luming export: %1 is not the Gauss-Krüger zone of the layer's centre (%2); give "
                            "that, EPSG:4490 or EPSG:4326")
                       .arg(cli.value(QStringLiteral("crs")), own != 0
                                                                  ? QStringLiteral("EPSG:%1").arg(own)
                                                                  : Help::tr("none: no CRS or outside China"))
                << "\n";
            return UsageError;
        }
    }
    ExportResult result;
    {
        ProgressLine progress(err, QStringLiteral("exporting"));
        options.feedback = progress.feedback();
        result = exportLayer(source, options);
        options.feedback = nullptr; // the progress line ends here
    }
    return reportResult(result, out, err);
}

} // namespace

int runExport(const QStringList& args) {
    TerminalStream out(stdout);
    TerminalStream err(stderr);
    QCommandLineParser cli;
    cli.setApplicationDescription(Help::tr(
        "Export the roads of a notice file or project .gpkg, or any vector layer GDAL reads, through GDAL."));
    cli.addPositionalArgument(
        QStringLiteral("SRC"),
        Help::tr("A notice/gazette text file, a project .gpkg, or any vector file (shapefile, "
                 "GeoPackage, GeoJSON, KML, FlatGeobuf, …)."));
    cli.addOption({{QStringLiteral("f"), QStringLiteral("format")},
                   Help::tr("Output format: %1.").arg(exportFormatCodes().join(QStringLiteral(", "))),
                   QStringLiteral("FORMAT"),
                   QStringLiteral("shp")});
    cli.addOption(
        {QStringLiteral("crs"),
         Help::tr("EPSG:4490 (CGCS2000, default), EPSG:4326 (WGS84) or the CGCS2000 3° Gauss-Krüger "
                  "zone of the notice's region (EPSG:4534-4554, e.g. EPSG:4548 for 济南)."),
         QStringLiteral("CRS")});
    cli.addOption(
        {QStringLiteral("encoding"),
         Help::tr("Shapefile text encoding: UTF-8 (default, with .cpg) or GBK (code page 936, older "
                  "ArcGIS)."),
         QStringLiteral("ENC"), QStringLiteral("UTF-8")});
    cli.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                   Help::tr("The file to write."),
                   QStringLiteral("PATH")});
    cli.addOption({QStringLiteral("overwrite"),
                   Help::tr("Replace the output if it exists (without it an existing file is refused).")});
    cli.addOption({QStringLiteral("district"),
                   Help::tr("Export only the roads of this 区 (as the notice names it, e.g. 历城区)."),
                   QStringLiteral("NAME")});
    cli.addOption(regionOption());
    cli.addOption({QStringLiteral("layer"),
                   Help::tr("A vector file's layer to export (needed when it holds several)."),
                   QStringLiteral("NAME")});
    cli.addOption({QStringLiteral("where"),
                   Help::tr("Only a vector layer's features this OGR SQL filter lets through, e.g. "
                            "\"name LIKE '%路'\"."),
                   QStringLiteral("SQL")});
    cli.addOption({QStringLiteral("bbox"),
                   Help::tr("Only a vector layer's features meeting this box, in the layer's CRS."),
                   QStringLiteral("MINX,MINY,MAXX,MAXY")});
    cli.addHelpOption();
    if (!cli.parse(args)) {
        err << "luming export: " << cli.errorText() << "\n";
        return UsageError;
    }
    if (cli.isSet(QStringLiteral("help"))) {
        out << cli.helpText() << "\n" << exitStatusHelp();
        return Success;
    }
    if (cli.positionalArguments().size() != 1 || !cli.isSet(QStringLiteral("output"))) {
        err << Help::tr("luming export: give one SRC and -o PATH (see luming export --help)") << "\n";
        return UsageError;
    }
    ExportOptions options;
    const auto format = exportFormatFromCode(cli.value(QStringLiteral("format")));
    if (!format) {
        err << Help::tr("luming export: unknown format '%1'").arg(cli.value(QStringLiteral("format")))
            << "\n";
        return UsageError;
    }
    options.format = *format;
    if (cli.isSet(QStringLiteral("crs"))) {
        const auto crs = exportCrsFromCode(cli.value(QStringLiteral("crs")));
        if (!crs) {
            err << Help::tr("luming export: unsupported CRS '%1' (EPSG:4490, EPSG:4326 or the region's zone "
                            "EPSG:4534-4554)")
                       .arg(cli.value(QStringLiteral("crs")))
                << "\n";
            return UsageError;
        }
        options.crs = *crs;
    }
    const auto encoding = shapefileEncodingFromCode(cli.value(QStringLiteral("encoding")));
    if (!encoding) {
        err << Help::tr("luming export: unknown encoding '%1' (UTF-8 or GBK)")
                   .arg(cli.value(QStringLiteral("encoding")))
            << "\n";
        return UsageError;
    }
    options.encoding = *encoding;
    options.path = cli.value(QStringLiteral("output"));

    options.existing =
        cli.isSet(QStringLiteral("overwrite")) ? ExistingOutput::Replace : ExistingOutput::Refuse;

    if (isVectorLayer(cli.positionalArguments().first()))
        return exportLayerCommand(cli, options, out, err);
    for (const char* layerOnly : {"layer", "where", "bbox"})
        if (cli.isSet(QString::fromLatin1(layerOnly))) {
            err << Help::tr("luming export: --%1 is for a vector layer, not a notice or project")
                       .arg(layerOnly)
                << "\n";
            return UsageError;
        }
    const std::optional<NoticeRegion> region = chosenRegion(cli, err, QStringLiteral("export"));
    if (!region)
        return UsageError;
    const OpenedProject opened = openProject(cli.positionalArguments().first(), err, *region);
    if (opened.status != Success)
        return opened.status;
    if (cli.isSet(QStringLiteral("district"))) {
        const QString district = cli.value(QStringLiteral("district")).trimmed();
        options.only = roadsOfDistrict(opened.project, district);
        if (options.only->isEmpty()) {
            err << Help::tr("luming export: no road of %1 is in 区 '%2'; its 区: %3")
                       .arg(cli.positionalArguments().first(), district,
                            districtsOf(opened.project).join(QStringLiteral(", ")))
                << "\n";
            return UsageError;
        }
    }
    if (cli.isSet(QStringLiteral("crs"))) {
        if (const QString mismatch =
                exportCrsZoneMismatch(cli.value(QStringLiteral("crs")), opened.project.region.metricEpsg);
            !mismatch.isEmpty()) {
            err << "luming export: " << mismatch << "\n";
            return UsageError;
        }
    }

    // Ctrl-C cancels cleanly: the exporter stops and leaves nothing half-written.
    ExportResult result;
    {
        ProgressLine progress(err, QStringLiteral("exporting"));
        options.feedback = progress.feedback();
        result = exportRoads(opened.project, options);
        options.feedback = nullptr; // the progress line ends here
    }
    return reportResult(result, out, err);
}

} // namespace luming::cli
