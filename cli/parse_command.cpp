#include "parse_command.h"

#include "exit_status.h"
#include "output_writer.h"
#include "project/notice_file.h"
#include "region/region_assigner.h"
#include "region_option.h"
#include "summary_printer.h"
#include "terminal_stream.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QTextStream>

namespace luming::cli {

namespace {

ExitStatus statusFor(ParseStatus s) {
    switch (s) {
    case ParseStatus::Ok:
        return Success;
    case ParseStatus::NoNotice:
        return NoNotice;
    case ParseStatus::Unreadable:
    case ParseStatus::Empty:
    case ParseStatus::Binary:
        return InputUnreadable;
    case ParseStatus::Cancelled:
        return InternalError; // the CLI never cancels a parse
    }
    return InternalError;
}

} // namespace

int runParse(const QStringList& args) {
    TerminalStream out(stdout);
    TerminalStream err(stderr);
    QCommandLineParser cli;
    cli.setApplicationDescription(
        QStringLiteral("Parse road-naming notices (txt/md, any encoding) into road records."));
    cli.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Notice or gazette text files."),
                              QStringLiteral("FILE…"));
    cli.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                   QStringLiteral("Write the records to PATH (.gpkg, .json or .csv)."),
                   QStringLiteral("PATH")});
    cli.addOption({{QStringLiteral("v"), QStringLiteral("verbose")}, QStringLiteral("List every finding.")});
    cli.addOption(regionOption());
    cli.addHelpOption();
    if (!cli.parse(args)) {
        err << "luming parse: " << cli.errorText() << "\n";
        return UsageError;
    }
    if (cli.isSet(QStringLiteral("help"))) {
        out << cli.helpText() << "\n" << exitStatusHelp();
        return Success;
    }
    const QStringList files = cli.positionalArguments();
    if (files.isEmpty()) {
        err << "luming parse: no input file given (see luming parse --help)\n";
        return UsageError;
    }
    const QString output = cli.value(QStringLiteral("output"));
    if (!output.isEmpty() && !isSupportedOutput(output)) {
        err << "luming parse: " << output << ": unsupported output type (use .gpkg, .json or .csv)\n";
        return UsageError;
    }

    const std::optional<NoticeRegion> region = chosenRegion(cli, err, QStringLiteral("parse"));
    if (!region)
        return UsageError;

    int status = Success;
    QList<ParseResult> results;
    for (const auto& file : files) {
        ParseOutcome outcome = parseNoticeFile(file);
        if (outcome.status != ParseStatus::Ok) {
            err << "luming: " << outcome.error << "\n";
            status = std::max<int>(status, statusFor(outcome.status));
            continue;
        }
        for (const QString& warning : assignRegions(outcome.result.notices, *region))
            err << "luming: warning: " << warning << "\n";
        printSummary(out, outcome.result, cli.isSet(QStringLiteral("verbose")));
        results.append(outcome.result);
    }
    out.flush();
    if (!output.isEmpty() && !results.isEmpty()) {
        const QString error = writeOutput(output, results, *region);
        if (!error.isEmpty()) {
            err << "luming: " << error << "\n";
            return std::max<int>(status, OutputFailed);
        }
        out << "wrote " << QFileInfo(output).filePath() << "\n";
    }
    return status;
}

} // namespace luming::cli
