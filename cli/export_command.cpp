#include "export_command.h"

#include "core/feedback.h"
#include "exit_status.h"
#include "export/road_exporter.h"
#include "export/road_row.h"
#include "progress_line.h"
#include "project_source.h"
#include "region_option.h"
#include "terminal_stream.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace luming::cli {

namespace {} // namespace

int runExport(const QStringList& args) {
    TerminalStream out(stdout);
    TerminalStream err(stderr);
    QCommandLineParser cli;
    cli.setApplicationDescription(
        QStringLiteral("Export the roads of a notice file or project .gpkg through GDAL."));
    cli.addPositionalArgument(QStringLiteral("SRC"),
                              QStringLiteral("A notice/gazette text file or a project .gpkg."));
    cli.addOption({{QStringLiteral("f"), QStringLiteral("format")},
                   QStringLiteral("Output format: %1.").arg(exportFormatCodes().join(QStringLiteral(", "))),
                   QStringLiteral("FORMAT"),
                   QStringLiteral("shp")});
    cli.addOption(
        {QStringLiteral("crs"),
         QStringLiteral("EPSG:4490 (CGCS2000, default), EPSG:4326 (WGS84) or the CGCS2000 3° Gauss-Krüger "
                        "zone of the notice's region (EPSG:4534-4554, e.g. EPSG:4548 for 济南)."),
         QStringLiteral("CRS")});
    cli.addOption(
        {QStringLiteral("encoding"),
         QStringLiteral("Shapefile text encoding: UTF-8 (default, with .cpg) or GBK (code page 936, older "
                        "ArcGIS)."),
         QStringLiteral("ENC"), QStringLiteral("UTF-8")});
    cli.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                   QStringLiteral("The file to write."),
                   QStringLiteral("PATH")});
    cli.addOption(
        {QStringLiteral("overwrite"),
         QStringLiteral("Replace the output if it exists (without it an existing file is refused).")});
    cli.addOption({QStringLiteral("district"),
                   QStringLiteral("Export only the roads of this 区 (as the notice names it, e.g. 历城区)."),
                   QStringLiteral("NAME")});
    cli.addOption(regionOption());
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
        err << "luming export: give one SRC and -o PATH (see luming export --help)\n";
        return UsageError;
    }
    ExportOptions options;
    const auto format = exportFormatFromCode(cli.value(QStringLiteral("format")));
    if (!format) {
        err << "luming export: unknown format '" << cli.value(QStringLiteral("format")) << "'\n";
        return UsageError;
    }
    options.format = *format;
    if (cli.isSet(QStringLiteral("crs"))) {
        const auto crs = exportCrsFromCode(cli.value(QStringLiteral("crs")));
        if (!crs) {
            err << "luming export: unsupported CRS '" << cli.value(QStringLiteral("crs"))
                << "' (EPSG:4490, EPSG:4326 or the region's zone EPSG:4534-4554)\n";
            return UsageError;
        }
        options.crs = *crs;
    }
    const auto encoding = shapefileEncodingFromCode(cli.value(QStringLiteral("encoding")));
    if (!encoding) {
        err << "luming export: unknown encoding '" << cli.value(QStringLiteral("encoding"))
            << "' (UTF-8 or GBK)\n";
        return UsageError;
    }
    options.encoding = *encoding;
    options.path = cli.value(QStringLiteral("output"));

    options.existing =
        cli.isSet(QStringLiteral("overwrite")) ? ExistingOutput::Replace : ExistingOutput::Refuse;

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
            err << "luming export: no road of " << cli.positionalArguments().first() << " is in 区 '"
                << district << "'; its 区: " << districtsOf(opened.project).join(QStringLiteral(", "))
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
    for (const auto& w : result.warnings)
        err << "luming: warning: " << w << "\n";
    if (result.status == ExportStatus::TargetExists) {
        err << "luming: " << result.message << "; give --overwrite to replace it\n";
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

} // namespace luming::cli
