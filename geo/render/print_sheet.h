// A printed map sheet: title, the map (drawn by MapRenderer into the frame, at the page's scale, with
// its scale bar, north arrow and schematic badge), a legend beside it and a footer with source and
// date. The texts come from the caller already translated; this only places and paints them.
#pragma once

#include "render/map_scene.h"
#include "render/map_viewport.h"
#include "render/print_page.h"
#include "render/render_options.h"
#include "render/render_report.h"

#include <QColor>
#include <QList>
#include <QRectF>
#include <QString>

class QPainter;

namespace luming {

struct LegendEntry {
    enum class Kind { Line, Fill, Badge, Text };
    Kind kind = Kind::Text;
    QString text;
    QColor colour;      // Line: stroke; Fill: fill; Badge: background
    QColor outline;     // Line: casing (invalid = none); Fill and Badge: border
    double widthPx = 0; // Line: the stroke's width on the map at the sheet's scale, in print pixels
    QString sampleText; // Badge: the text inside the sample ("示意")
};

struct LegendSection {
    QString heading;
    QList<LegendEntry> entries;
};

struct PrintSheet {
    QString title;    // the notice's title
    QString subtitle; // its document number and date
    QList<LegendSection> legend;
    QString scaleLine; // "比例尺 1:10 000", under the legend
    QString footer;    // source and date of printing
};

struct PrintReport {
    RenderReport map;            // what the renderer drew in the frame (its rects in print pixels)
    double scaleDenominator = 0; // the true scale of the map in the frame
    QRectF mapFrameMm;
    QRectF scaleBarMm; // the bar on the sheet, millimetres from the page's top left
    double scaleBarMetres = 0;
};

class PrintSheetPainter {
public:
    // Paints the whole sheet. `unitsPerMm`: the painter's device units per millimetre of paper (a PDF
    // writer's resolution / 25.4; a QImage's logical pixels per mm). The painter's state is restored.
    static PrintReport paint(QPainter& painter, double unitsPerMm, const PrintPage& page,
                             const MapScene& scene, const MapViewport& viewport, const RenderOptions& options,
                             const PrintSheet& sheet);
};

} // namespace luming
