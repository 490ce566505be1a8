// Internal to the renderer: the map's furniture, drawn over everything else — scale bar (bottom left),
// north arrow (top right) and the schematic-positions badge (top left). layout() computes where each
// goes first, so labels can keep clear of them; paint() draws them.
#pragma once

#include "render/map_style.h"
#include "render/scale_bar.h"

#include <QRectF>
#include <QSize>
#include <QString>

class QPainter;

namespace luming {

class MapFurniture {
public:
    struct Layout {
        ScaleBar scaleBar;
        QRectF scaleBarPanel; // background including the text
        QRectF scaleBarRect;  // the bar itself: scaleBar.pixels wide
        QRectF northArrowRect;
        QRectF badgeRect;
    };

    MapFurniture(const MapStyle& style, QSize viewSize);

    Layout layout(double metresPerPixel, bool scaleBar, bool northArrow, const QString& badgeText) const;
    void paintScaleBar(QPainter& painter, const Layout& layout) const;
    void paintNorthArrow(QPainter& painter, const Layout& layout) const;
    void paintBadge(QPainter& painter, const Layout& layout, const QString& badgeText) const;

private:
    const MapStyle& style_;
    QSize size_;
};

} // namespace luming
