// What `luming layout --centerlines` and the viewer's "Use road layer…" take, and the tolerances of the
// checks a layer's line must pass to replace a road's schematic line.
#pragma once

#include <QString>

namespace luming {

struct CenterlineOptions {
    QString path;                  // any vector file GDAL reads
    QString nameField;             // empty: the layer's name field as detected (gdal/name_field_p.h)
    double chainGapM = 15;         // pieces of one name whose ends are this close are one line
    double endGapM = 20;           // each end within this of the road the text names there
    double lengthTolerance = 0.05; // relative to the stated length
    // start→end of the line against the text's headings (东起…西至: westward); an L or a turn gets more.
    double straightDirectionLimitDeg = 30;
    double bentDirectionLimitDeg = 60;
    // Lines farther than this outside the box of the region's 区 polygons are another city's.
    double regionMarginM = 5000;
    double regionRadiusM = 60000; // the region's extent when it has no polygons: around its centre
};

} // namespace luming
