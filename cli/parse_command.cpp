#include "parse_command.h"

#include "exit_status.h"
#include "help_text.h"
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
        Help::tr("Parse road-naming notices (txt/md, any encoding) into road records."));
    cli.addPositionalArgument(QStringLiteral("FILE"), Help::tr("Notice or gazette text files."),
                              QStringLiteral("FILE…"));
    cli.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                   Help::tr("Write the records to PATH (.gpkg, .json or .csv)."),
                   QStringLiteral("PATH")});
    cli.addOption({{QStringLiteral("v"), QStringLiteral("verbose")}, Help::tr("List every finding.")});
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
        err << Help::tr("luming parse: no input file given (see luming parse --help)") << "\n";
        return UsageError;
    }
    const QString output = cli.value(QStringLiteral("output"));
    if (!output.isEmpty() && !isSupportedOutput(output)) {
        err << Help::tr("luming parse: %1: unsupported output type (use .gpkg, .json or .csv)").arg(output)
            << "\n";
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
            err << Help::tr("luming: warning: %1").arg(warning) << "\n";
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
        out << Help::tr("wrote %1").arg(QFileInfo(output).filePath()) << "\n";
    }
    return status;
}

} // namespace luming::cli
