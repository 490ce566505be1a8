#include "layout_command.h"

#include "centerlines/centerline_layout.h"
#include "core/finding_messages.h"
#include "exit_status.h"
#include "help_text.h"
#include "progress_line.h"
#include "project_source.h"
#include "region_option.h"
#include "store/road_store.h"
#include "terminal_stream.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QTextStream>

namespace luming::cli {

namespace {
// The translation context of the report's lines.
struct LayoutSummary {
    Q_DECLARE_TR_FUNCTIONS(LayoutSummary)
};
} // namespace

int runLayout(const QStringList& args) {
    TerminalStream out(stdout);
    TerminalStream err(stderr);
    QCommandLineParser cli;
    cli.setApplicationDescription(
        Help::tr("Print the schematic layout report of a notice file or project .gpkg."));
    cli.addPositionalArgument(QStringLiteral("SRC"),
                              Help::tr("A notice/gazette text file or a project .gpkg."));
    cli.addOption(
        {{QStringLiteral("v"), QStringLiteral("verbose")}, Help::tr("Every row, not only the summary.")});
    cli.addOption(regionOption());
    cli.addOption({QStringLiteral("centerlines"),
                   Help::tr("Take the roads' lines from this road layer (any vector file GDAL reads) where "
                            "a line of the same name passes the text's checks."),
                   QStringLiteral("FILE")});
    cli.addOption({QStringLiteral("name-field"),
                   Help::tr("The layer's field holding road names (default: detected)."),
                   QStringLiteral("F")});
    cli.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                   Help::tr("Save the laid-out project to PATH (.gpkg)."),
                   QStringLiteral("PATH")});
    cli.addHelpOption();
    if (!cli.parse(args) || cli.positionalArguments().size() != 1) {
        if (cli.isSet(QStringLiteral("help"))) {
            out << cli.helpText() << "\n" << exitStatusHelp();
            return Success;
        }
        err << Help::tr("luming layout: give one SRC (see luming layout --help)") << "\n";
        return UsageError;
    }
    const std::optional<NoticeRegion> region = chosenRegion(cli, err, QStringLiteral("layout"));
    if (!region)
        return UsageError;
    const QString output = cli.value(QStringLiteral("output"));
    if (!output.isEmpty() && !output.endsWith(QStringLiteral(".gpkg"), Qt::CaseInsensitive)) {
        err << Help::tr("luming layout: %1: the project is saved as a GeoPackage (.gpkg)").arg(output)
            << "\n";
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
            ProgressLine progress(err, Help::tr("Reading %1").arg(options.path));
            used = useCenterlines(p, options, progress.feedback());
        }
        for (const QString& w : used.warnings)
            err << Help::tr("luming layout: warning: %1").arg(w) << "\n";
        if (!used.error.isEmpty()) {
            err << "luming layout: " << used.error << "\n";
            return InputUnreadable;
        }
        out << LayoutSummary::tr(
                   "Centerlines from %1 (%2 lines, read in %3 ms, matched and laid out in %4 ms): "
                   "%5 road(s) taken, %6 stay schematic")
                   .arg(options.path)
                   .arg(used.layerLines)
                   .arg(used.readMs, 0, 'f', 0)
                   .arg(used.matchMs, 0, 'f', 0)
                   .arg(used.matched)
                   .arg(used.failed)
            << "\n";
    } else {
        out << LayoutSummary::tr("Schematic positions, derived from the notice text (not surveyed).") << "\n";
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
    out << LayoutSummary::tr("%1 roads drawn; largest length misfit %2 %; largest tie gap %3 m")
               .arg(p.roads.size())
               .arg(QString::number(worstLengthPct, 'f', 2), QString::number(worstTie, 'f', 2))
        << "\n";
    for (const auto& row : p.layoutReport) {
        const bool always = row.kind == ReportKind::Conflict || row.kind == ReportKind::Anchor ||
                            row.kind == ReportKind::InsideDistrict || row.kind == ReportKind::Readability ||
                            row.kind == ReportKind::Bend || row.kind == ReportKind::Crossing ||
                            row.kind == ReportKind::Overlap ||
                            (row.kind == ReportKind::Centerline && row.seq == 0);
        if (always || cli.isSet(QStringLiteral("verbose")))
            out << "  " << reportKindText(row.kind) << "  "
                << (row.seq > 0 ? QStringLiteral("#%1 ").arg(row.seq) : QString()) << row.name << ": "
                << translateFindingMessage(row.detail) << "\n";
    }
    if (!output.isEmpty()) {
        const StoreResult saved = RoadStore::save(output, p);
        if (!saved.ok) {
            err << "luming layout: " << saved.error << "\n";
            return OutputFailed;
        }
        out << Help::tr("Saved %1").arg(output) << "\n";
    }
    return Success;
}

} // namespace luming::cli
