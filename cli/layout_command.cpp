#include "layout_command.h"

#include "exit_status.h"
#include "project_source.h"
#include "region_option.h"
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
    const OpenedProject opened = openProject(cli.positionalArguments().first(), err, *region);
    if (opened.status != Success)
        return opened.status;
    const Project& p = opened.project;

    out << "Schematic positions, derived from the notice text (not surveyed).\n";
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
                            row.kind == ReportKind::InsideDistrict;
        if (always || cli.isSet(QStringLiteral("verbose")))
            out << "  " << reportKindCode(row.kind) << "  "
                << (row.seq > 0 ? QStringLiteral("#%1 ").arg(row.seq) : QString()) << row.name << ": "
                << row.detail << "\n";
    }
    return Success;
}

} // namespace luming::cli
