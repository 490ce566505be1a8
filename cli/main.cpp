// luming: the command-line face of the geo library (parse, and more as they land).
#include "code_words.h"
#include "core/finding_messages.h"
#include "exit_status.h"
#include "export_command.h"
#include "help_text.h"
#include "history_command.h"
#include "layout_command.h"
#include "parse_command.h"
#include "schema_command.h"
#include "search_command.h"
#include "terminal_stream.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("luming"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LUMING_VERSION));
    // Summaries in the user's language: Chinese on a Chinese locale (LANG/LC_ALL=zh_CN…), else English.
    QTranslator translator;
    QTranslator qtTranslator;
    if (luming::cli::outputLanguage() == luming::LabelLanguage::Chinese &&
        translator.load(QStringLiteral(":/i18n/luming_cli_zh_CN.qm"))) {
        QCoreApplication::installTranslator(&translator);
        luming::installFindingTranslator(app, QStringLiteral("zh_CN"));
        // QCommandLineParser's own words (Usage:, Options:, -h): Qt's, when the distribution ships them.
        if (qtTranslator.load(QLocale(QLocale::Chinese, QLocale::China), QStringLiteral("qtbase"),
                              QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&qtTranslator);
    }
    luming::cli::TerminalStream out(stdout);
    luming::cli::TerminalStream err(stderr);
    QStringList args = QCoreApplication::arguments();
    if (args.size() < 2 || args[1] == u"--help" || args[1] == u"-h") {
        out << luming::cli::usageText() << luming::cli::exitStatusHelp();
        return args.size() < 2 ? luming::cli::UsageError : luming::cli::Success;
    }
    if (args[1] == u"--version") {
        out << "luming " << LUMING_VERSION << "\n";
        return luming::cli::Success;
    }
    const QString command = args[1];
    args.removeAt(1); // QCommandLineParser expects argv[0] followed by the command's own options
    if (command == u"parse")
        return luming::cli::runParse(args);
    if (command == u"layout")
        return luming::cli::runLayout(args);
    if (command == u"export")
        return luming::cli::runExport(args);
    if (command == u"search")
        return luming::cli::runSearch(args);
    if (command == u"history")
        return luming::cli::runHistory(args);
    if (command == u"schema")
        return luming::cli::runSchema(args);
    err << luming::cli::Help::tr("luming: unknown command '%1' (see luming --help)").arg(command) << "\n";
    return luming::cli::UsageError;
}
