#include "layout_command.h"

#include "centerlines/centerline_layout.h"
#include "exit_status.h"
#include "progress_line.h"
#include "project_source.h"
#include "region_option.h"
#include "store/road_store.h"
#include "terminal_stream.h"

#include <QCommandLineParser>
#include <QHash>
#include <QMap>
#include <QTextStream>

namespace luming::cli {

int runLayout(const QStringList& args) {
    TerminalStream out(stdout);
    TerminalStream err(stderr);
    QCommandLineParser cli;
    cli.setApplicationDescription(
        QStringLiteral("Print the schematic layout report of a notice file or project .gpkg."));
    cli.addPositionalArgument(QStringLiteral("SRC"),
                              QStringLiteral("A notice/gazette text file or a project .gpkg."));
    cli.addOption({{QStringLiteral("v"), QStringLiteral("verbose")},
                   QStringLiteral("Every row, not only the summary.")});
    cli.addOption(regionOption());
    cli.addOption(
        {QStringLiteral("centerlines"),
         QStringLiteral("Take the roads' lines from this road layer (any vector file GDAL reads) where "
                        "a line of the same name passes the text's checks."),
         QStringLiteral("FILE")});
    cli.addOption({QStringLiteral("name-field"),
                   QStringLiteral("The layer's field holding road names (default: detected)."),
                   QStringLiteral("F")});
    cli.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                   QStringLiteral("Save the laid-out project to PATH (.gpkg)."),
                   QStringLiteral("PATH")});
    cli.addHelpOption();
    if (!cli.parse(args) || cli.positionalArguments().size() != 1) {
        if (cli.isSet(QStringLiteral("help"))) {
            out << cli.helpText();
            return Success;
        }
        err << "luming layout: give one SRC (see luming layout --help)\n";
        return UsageError;
    }
    const std::optional<NoticeRegion> region = chosenRegion(cli, err, QStringLiteral("layout"));
    if (!region)
        return UsageError;
    const QString output = cli.value(QStringLiteral("output"));
    if (!output.isEmpty() && !output.endsWith(QStringLiteral(".gpkg"), Qt::CaseInsensitive)) {
        err << "luming layout: " << output << ": the project is saved as a GeoPackage (.gpkg)\n";
        return UsageError;
    }
    OpenedProject opened = openProject(cli.positionalArguments().first(), err, *region);
    if (opened.status != Success)
        return opened.status;
    Project& p = opened.project;

    if (cli.isSet(QStringLiteral("centerlines"))) {
        CenterlineOptions options;
        options.path = cli.value(QStringLiteral("centerlines"));
        options.nameField = cli.value(QStringLiteral("name-field"));
        CenterlineOutcome used;
        {
            ProgressLine progress(err, QStringLiteral("Reading %1").arg(options.path));
            used = useCenterlines(p, options, progress.feedback());
        }
        for (const QString& w : used.warnings)
            err << "luming layout: warning: " << w << "\n";
        if (!used.error.isEmpty()) {
            err << "luming layout: " << used.error << "\n";
            return InputUnreadable;
        }
        out << "Centerlines from " << options.path << " (" << used.layerLines << " lines, read in "
            << QString::number(used.readMs, 'f', 0) << " ms, matched and laid out in "
            << QString::number(used.matchMs, 'f', 0) << " ms): " << used.matched << " road(s) taken, "
            << used.failed << " stay schematic\n";
    } else {
        out << "Schematic positions, derived from the notice text (not surveyed).\n";
    }
    double worstLengthPct = 0;
    double worstTie = 0;
    for (const auto& row : p.layoutReport) {
        if (row.kind == ReportKind::Tie)
            worstTie = std::max(worstTie, row.valueM);
    }
    // Drawn vs stated length of each record, joined by RoadId.
    for (const auto& g : p.roads) {
        const RoadRecord* r = p.recordOf(g.id);
        if (r && r->lengthM && *r->lengthM > 0)
            worstLengthPct =
                std::max(worstLengthPct, std::abs(g.drawnLengthM - *r->lengthM) / *r->lengthM * 100);
    }
    out << p.roads.size() << " roads drawn; largest length misfit " << QString::number(worstLengthPct, 'f', 2)
        << " %; largest tie gap " << QString::number(worstTie, 'f', 2) << " m\n";
    for (const auto& row : p.layoutReport) {
        const bool always = row.kind == ReportKind::Conflict || row.kind == ReportKind::Anchor ||
                            row.kind == ReportKind::InsideDistrict || row.kind == ReportKind::Readability ||
                            row.kind == ReportKind::Bend || row.kind == ReportKind::Crossing ||
                            row.kind == ReportKind::Overlap ||
                            (row.kind == ReportKind::Centerline && row.seq == 0);
        if (always || cli.isSet(QStringLiteral("verbose")))
            out << "  " << reportKindCode(row.kind) << "  "
                << (row.seq > 0 ? QStringLiteral("#%1 ").arg(row.seq) : QString()) << row.name << ": "
                << row.detail << "\n";
    }
    if (!output.isEmpty()) {
        const StoreResult saved = RoadStore::save(output, p);
        if (!saved.ok) {
            err << "luming layout: " << saved.error << "\n";
            return OutputFailed;
        }
        out << "Saved " << output << "\n";
    }
    return Success;
}

} // namespace luming::cli
