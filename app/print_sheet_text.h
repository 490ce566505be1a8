// The words and legend of a printed map, in the viewer's language: title and document number of the
// notice, roads by width class (drawn at the widths the map uses at this scale), the selection, the
// district fills, how the roads were placed, the schematic badge, the scale, source and date.
#pragma once

#include "core/project.h"
#include "render/map_scene.h"
#include "render/map_viewport.h"
#include "render/print_sheet.h"
#include "render/render_options.h"

#include <QCoreApplication>
#include <QDate>

namespace luming::app {

class PrintSheetText {
    Q_DECLARE_TR_FUNCTIONS(PrintSheetText)
public:
    // `viewport`: the one the sheet's map frame shows (its scale sizes the legend's road samples).
    static PrintSheet make(const Project& project, const MapScene& scene, const MapViewport& viewport,
                           const RenderOptions& options, QDate printed = QDate::currentDate());
};

} // namespace luming::app
