// The viewer's command line: luming-viewer [FILE…] [--screenshot out.png] [--select NAME]
// [--select-place 区/街道] [--attribute-table] [--size WxH]
// [--print out.pdf|out.png [--scale 1:N] [--paper A4…A0] [--landscape]].
// Parsed before QApplication exists, because --screenshot decides the platform plugin.
#pragma once

#include "render/print_page.h"

#include <QCoreApplication>
#include <QSize>
#include <QString>
#include <QStringList>

namespace luming::app {

struct ViewerOptions {
    QString file;                // the first of files; empty → the bundled notice (or the last session)
    QStringList files;           // notices, projects and vector layers, in the order given
    QString screenshotPath;      // non-empty → render the window headless into this PNG and exit
    QString selectName;          // road to select (and bring into view) after loading
    QString selectPlace;         // 区 or 街道 whose roads to select (and zoom to) after loading
    bool attributeTable = false; // open the attribute table dock
    QStringList layers;          // --layer FILE (repeatable): vector layers opened, like FILE…, beside
                                 // what opens anyway (FILE…, else the last session or the bundled notice)
    QSize size{1280, 800};       // window size (the screenshot's size)
    QString printPath;           // non-empty → write the printed map sheet (.pdf or .png) headless and exit
    PrintPage printPage;         // --paper, --landscape, --scale (unset: fit the roads)
    bool showHelp = false;
    bool showVersion = false;

    bool screenshot() const { return !screenshotPath.isEmpty(); }
    bool printing() const { return !printPath.isEmpty(); }
};

struct ViewerOptionsParse {
    ViewerOptions options;
    QString error; // one line; empty on success
    QString helpText;
};

class ViewerOptionsParser {
    Q_DECLARE_TR_FUNCTIONS(luming::app::ViewerOptionsParser)

public:
    // `arguments` includes the program name first, as QCoreApplication::arguments() would.
    [[nodiscard]] static ViewerOptionsParse parse(const QStringList& arguments);
};

} // namespace luming::app
