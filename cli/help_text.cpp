#include "help_text.h"

#include <QStringList>
#include <algorithm>

namespace luming::cli {

namespace {

// A command's synopsis and its summary, the summaries lined up after the longest synopsis line.
struct CommandLine {
    QString synopsis; // options and file names: the same in every language
    QString summary;
};

} // namespace

QString usageText() {
    const QList<CommandLine> commands{
        {QStringLiteral("parse FILE… [-o out.gpkg|out.json|out.csv]"), Help::tr("read road-naming notices")},
        {QStringLiteral("layout SRC [-v]"), Help::tr("schematic layout report")},
        {QStringLiteral("export SRC -f shp|gpkg|geojson|kml|csv [--crs EPSG:4490|4326|45xx]\n"
                        "       [--encoding UTF-8|GBK] -o PATH"),
         Help::tr("export the roads through GDAL")},
        {QStringLiteral("search QUERY SRC [-n N]"), Help::tr("roads by name, 区/街道 or endpoint")},
        {QStringLiteral("history NAME SRC…"), Help::tr("what notices did to a road name")},
        {QStringLiteral("schema"), Help::tr("the road record's fields (docs/schema.md)")},
    };
    qsizetype width = 0;
    for (const CommandLine& c : commands)
        width = std::max(width, c.synopsis.split(u'\n').last().size());
    QString text =
        Help::tr("usage: luming COMMAND [options]") + QStringLiteral("\n\n") + Help::tr("Commands:") + u'\n';
    for (const CommandLine& c : commands) {
        const QString last = c.synopsis.split(u'\n').last();
        text += QStringLiteral("  ") + QString(c.synopsis).replace(u'\n', QStringLiteral("\n  ")) +
                QString(width - last.size() + 3, u' ') + c.summary + u'\n';
    }
    text += u'\n' + Help::tr("SRC is a notice/gazette text file or a project .gpkg written by 'parse -o'.") +
            QStringLiteral("\n\n") + Help::tr("Run 'luming COMMAND --help' for a command's options.") +
            QStringLiteral("\n\n");
    return text;
}

QString exitStatusHelp() {
    const QStringList lines{
        Help::tr("Exit status:"),
        Help::tr("  0  success"),
        Help::tr("  1  internal error"),
        Help::tr("  2  usage error (bad option or argument)"),
        Help::tr("  3  an input file is missing, unreadable, empty or not text"),
        Help::tr("  4  an input file holds no road-naming notice"),
        Help::tr(
            "  5  the output could not be written, or exists and --overwrite was not given (an existing\n"
            "     file is left as it was)"),
        Help::tr("  6  export failed (e.g. a name the GBK profile cannot hold)"),
    };
    return lines.join(u'\n') + u'\n';
}

} // namespace luming::cli
