// luming: the command-line face of the geo library (parse, and more as they land).
#include "core/finding_messages.h"
#include "exit_status.h"
#include "export_command.h"
#include "history_command.h"
#include "layout_command.h"
#include "parse_command.h"
#include "schema_command.h"
#include "search_command.h"
#include "terminal_stream.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

namespace {

const char* kUsage =
    "usage: luming COMMAND [options]\n"
    "\n"
    "Commands:\n"
    "  parse FILE… [-o out.gpkg|out.json|out.csv]   read road-naming notices\n"
    "  layout SRC [-v]                              schematic layout report\n"
    "  export SRC -f shp|gpkg|geojson|kml|csv [--crs EPSG:4490|4326|4548]\n"
    "         [--encoding UTF-8|GBK] -o PATH        export the roads through GDAL\n"
    "  search QUERY SRC [-n N]                      roads by name, 区/街道 or endpoint\n"
    "  history NAME SRC…                            what notices did to a road name\n"
    "  schema                                       the road record's fields (docs/schema.md)\n"
    "\n"
    "SRC is a notice/gazette text file or a project .gpkg written by 'parse -o'.\n"
    "\n"
    "Run 'luming COMMAND --help' for a command's options.\n\n";

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("luming"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LUMING_VERSION));
    // Summaries in the user's language: Chinese on a Chinese locale (LANG/LC_ALL=zh_CN…), else English.
    QTranslator translator;
    if (QLocale::system().language() == QLocale::Chinese &&
        translator.load(QStringLiteral(":/i18n/luming_cli_zh_CN.qm"))) {
        QCoreApplication::installTranslator(&translator);
        luming::installFindingTranslator(app, QStringLiteral("zh_CN"));
    }
    luming::cli::TerminalStream out(stdout);
    luming::cli::TerminalStream err(stderr);
    QStringList args = QCoreApplication::arguments();
    if (args.size() < 2 || args[1] == u"--help" || args[1] == u"-h") {
        out << kUsage << luming::cli::exitStatusHelp();
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
    err << "luming: unknown command '" << command << "' (see luming --help)\n";
    return luming::cli::UsageError;
}
