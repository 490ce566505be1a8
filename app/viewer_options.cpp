#include "viewer_options.h"

#include "render/print_writer.h"

#include <QCommandLineParser>
#include <QRegularExpression>

namespace luming::app {

ViewerOptionsParse ViewerOptionsParser::parse(const QStringList& arguments) {
    // In the language of the translators installed (main installs them before it prints a help or an
    // error); untranslated when none is.
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Luming viewer: road-naming notices on a map, with any vector layers beside them. FILE may be a "
           "notice (.txt, .md, .pdf, notice .json), a Luming project (.gpkg) or any vector file GDAL reads "
           "(GeoPackage, shapefile, GeoJSON, KML, FlatGeobuf, OSM .pbf, zipped shapefile); several may be "
           "given. Without FILE it restores the last session, or opens the bundled notice.\n"
           "Without a display, use --screenshot or run it under xvfb-run.\n"
           "Each notice's built project (records, layout) is cached per user; set "
           "LUMING_PROJECT_CACHE=0 to rebuild it every time."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption version(QStringLiteral("version"), tr("Show the version."));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        tr("Render the whole window headless (offscreen platform) into a PNG and exit."),
        QStringLiteral("out.png"));
    const QCommandLineOption select(QStringLiteral("select"),
                                    tr("Select the road with this name and bring it into view."),
                                    QStringLiteral("NAME"));
    const QCommandLineOption selectPlace(
        QStringLiteral("select-place"),
        tr("Select the roads of this district or subdistrict (区/街道) and zoom to them."),
        QStringLiteral("PLACE"));
    const QCommandLineOption attributeTable(QStringLiteral("attribute-table"),
                                            tr("Open the attribute table dock."));
    const QCommandLineOption layer(
        QStringLiteral("layer"),
        tr("Open this vector file (GeoPackage, shapefile, GeoJSON, …) as a layer, as FILE does, "
           "beside the notice that opens anyway (the last session or the bundled one when no "
           "FILE is given). May be repeated."),
        QStringLiteral("FILE"));
    const QCommandLineOption size(QStringLiteral("size"), tr("Window size, e.g. 1280x800."),
                                  QStringLiteral("WxH"));
    const QCommandLineOption print(
        QStringLiteral("print"),
        tr("Write the printed map sheet (title, map, legend, scale bar, north arrow) headless "
           "into a PDF or PNG (by suffix) and exit."),
        QStringLiteral("out.pdf"));
    const QCommandLineOption scale(QStringLiteral("scale"),
                                   tr("--print: map scale, e.g. 1:10000 (default: fit the roads)."),
                                   QStringLiteral("1:N"));
    const QCommandLineOption paper(
        QStringLiteral("paper"),
        tr("--print: paper size, %1 (default A4).").arg(paperSizeCodes().join(QStringLiteral(", "))),
        QStringLiteral("SIZE"));
    const QCommandLineOption landscape(QStringLiteral("landscape"),
                                       tr("--print: landscape (default portrait)."));
    parser.addOptions({help, version, screenshot, select, selectPlace, attributeTable, layer, size, print,
                       scale, paper, landscape});
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 tr("Notice, gazette, Luming project or vector layer; any number."),
                                 QStringLiteral("[FILE…]"));

    ViewerOptionsParse result;
    // The program by its name, not the path it was started by (Qt writes "<executable_name>" when there
    // is no QCoreApplication, else argv[0]).
    result.helpText = parser.helpText();
    const QString called = QCoreApplication::instance() ? QCoreApplication::arguments().value(0)
                                                        : QStringLiteral("<executable_name>");
    if (const qsizetype at = result.helpText.indexOf(called); !called.isEmpty() && at >= 0)
        result.helpText.replace(at, called.size(), QStringLiteral("luming-viewer"));
    if (!parser.parse(arguments)) {
        result.error = parser.errorText();
        return result;
    }
    ViewerOptions& o = result.options;
    o.showHelp = parser.isSet(help);
    o.showVersion = parser.isSet(version);
    o.screenshotPath = parser.value(screenshot);
    o.selectName = parser.value(select).trimmed();
    o.selectPlace = parser.value(selectPlace).trimmed();
    o.attributeTable = parser.isSet(attributeTable);
    for (const QString& path : parser.values(layer))
        o.layers << path.trimmed();
    if (parser.isSet(size)) {
        static const QRegularExpression re(QStringLiteral("^(\\d{2,5})[xX](\\d{2,5})$"));
        const auto m = re.match(parser.value(size).trimmed());
        if (!m.hasMatch()) {
            result.error =
                tr("--size wants WIDTHxHEIGHT in pixels, e.g. 1280x800, not '%1'.").arg(parser.value(size));
            return result;
        }
        o.size = QSize(m.captured(1).toInt(), m.captured(2).toInt());
        if (o.size.width() < 200 || o.size.height() < 150 || o.size.width() > 8000 ||
            o.size.height() > 8000) {
            result.error = tr("--size %1: width and height must be between 200x150 and 8000x8000.")
                               .arg(parser.value(size));
            return result;
        }
    }
    if (parser.isSet(screenshot) && o.screenshotPath.trimmed().isEmpty()) {
        result.error = tr("--screenshot needs an output path, e.g. --screenshot out.png.");
        return result;
    }
    o.printPath = parser.value(print).trimmed();
    if (parser.isSet(print) && !printFormatForPath(o.printPath)) {
        result.error = tr("--print wants a .pdf or .png path, not '%1'.").arg(parser.value(print));
        return result;
    }
    if ((parser.isSet(scale) || parser.isSet(paper) || parser.isSet(landscape)) && !parser.isSet(print)) {
        result.error = tr("--scale, --paper and --landscape go with --print out.pdf.");
        return result;
    }
    o.printPage.orientation =
        parser.isSet(landscape) ? PaperOrientation::Landscape : PaperOrientation::Portrait;
    if (parser.isSet(paper)) {
        const auto p = paperSizeFromCode(parser.value(paper));
        if (!p) {
            result.error = tr("--paper %1: use one of %2.")
                               .arg(parser.value(paper), paperSizeCodes().join(QStringLiteral(", ")));
            return result;
        }
        o.printPage.paper = *p;
    }
    if (parser.isSet(scale)) {
        const auto n = scaleFromText(parser.value(scale));
        if (!n) {
            result.error = tr("--scale wants 1:N, e.g. 1:10000, not '%1'.").arg(parser.value(scale));
            return result;
        }
        o.printPage.scaleDenominator = *n;
    }
    o.files = parser.positionalArguments();
    if (o.printing() && o.files.size() > 1) {
        result.error = tr("--print prints one notice; got %1 files.").arg(o.files.size());
        return result;
    }
    o.file = o.files.value(0);
    return result;
}

} // namespace luming::app
