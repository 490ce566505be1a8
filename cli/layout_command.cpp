#include "layout_command.h"

#include "core/finding_messages.h"
#include "exit_status.h"
#include "project_source.h"
#include "region_option.h"
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

    out << LayoutSummary::tr("Schematic positions, derived from the notice text (not surveyed).") << "\n";
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
                            row.kind == ReportKind::Overlap;
        if (always || cli.isSet(QStringLiteral("verbose")))
            out << "  " << reportKindText(row.kind) << "  "
                << (row.seq > 0 ? QStringLiteral("#%1 ").arg(row.seq) : QString()) << row.name << ": "
                << translateFindingMessage(row.detail) << "\n";
    }
    return Success;
}

} // namespace luming::cli
