// How the user asked one extra layer to be drawn (the viewer's style dialog, saved with the session):
// colour, line width, opacity and whether its labels show. What is read from the file — the label
// field, the field whose class or width drives line width — is chosen when loading (LayerLoadOptions).
#pragma once

#include <QColor>

namespace luming {

struct LayerStyle {
    QColor colour;      // invalid: MapStyle's extra-layer colours
    double widthPx = 1; // line width; the least width when the layer's features carry real widths
    double opacity = 1; // 0 (invisible) … 1 (opaque), of the layer's geometry
    bool showLabels = true;

    friend bool operator==(const LayerStyle&, const LayerStyle&) = default;
};

} // namespace luming
