// Colours, fonts and sizes of the map. One value, copied into each render, so a worker thread never
// shares it with the GUI thread.
#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QString>

namespace luming {

struct MapStyle {
    QColor background{0xf4, 0xf1, 0xea};

    // Districts: a pale fill per district (cycled), a grey outline, a faint name.
    QList<QColor> districtFills{QColor(0xe3, 0xec, 0xd9), QColor(0xe8, 0xe0, 0xd0), QColor(0xdc, 0xe6, 0xee),
                                QColor(0xee, 0xe2, 0xe6), QColor(0xe6, 0xe8, 0xcf), QColor(0xdf, 0xdb, 0xec)};
    QColor districtOutline{0x8c, 0x8c, 0x8c};
    QColor districtLabel{0x6e, 0x6e, 0x6e};

    // Roads of the project: an orange line inside a darker casing once the real width is wide enough.
    QColor road{0xf0, 0x8c, 0x1e};
    QColor roadCasing{0x9a, 0x52, 0x0c};
    QColor selectedRoad{0xd0, 0x10, 0x50};
    QColor selectedCasing{0x60, 0x00, 0x20};
    // Stroke width in px: real width / metres-per-pixel, but never thinner than this …
    double minRoadWidthPx = 2.0;
    // … except when more than this many features are in view, where every thin line becomes a 1 px
    // hairline (the fast path of the raster engine); a whole city's road layer stays legible and quick.
    int denseFeatureCount = 20000;
    // Antialiasing is dropped where it costs most and shows least: thin lines of a layer with more than
    // denseFeatureCount features in view, wide lines when more than this many are in view (antialiased
    // wide strokes cost ~4× as much; 2,000 city roads at 1.25 m/px took 0.37 s instead of 0.08 s).
    int antialiasWideLinesUpTo = 500;
    // A casing is drawn only when the line is at least this wide.
    double casingFromWidthPx = 5.0;
    double selectedMinWidthPx = 4.0;

    // Extra layers opened by the user (drawn beneath the roads).
    QColor extraLine{0x4a, 0x6f, 0xa5};
    QColor extraFill{0x4a, 0x6f, 0xa5, 0x40};
    QColor extraPoint{0x2d, 0x4e, 0x7e};
    double extraPointRadiusPx = 2.5;

    // Labels.
    QString fontFamily = QStringLiteral("Noto Sans CJK SC");
    // A PDF asks for QFont::PreferNoShaping: Qt's PDF writer maps glyphs back to text through the font's
    // character map only, so glyphs that shaping substitutes (Noto CJK's digits in a Latin run) would
    // be drawn but could not be searched or copied.
    QFont::StyleStrategy fontStrategy = QFont::PreferDefault;
    double roadLabelPixelSize = 13;
    double districtLabelPixelSize = 18;
    double extraLabelPixelSize = 11;
    QColor labelText{0x20, 0x20, 0x20};
    QColor labelHalo{0xff, 0xff, 0xff, 0xe0};
    double labelHaloPx = 2.5;
    double labelPaddingPx = 3; // empty space kept around each label box

    // Furniture.
    QColor furniture{0x30, 0x30, 0x30};
    QColor furnitureBackground{0xff, 0xff, 0xff, 0xd0};
    QColor badgeBackground{0xff, 0xf3, 0xc4, 0xf0};
    QColor badgeBorder{0xb0, 0x80, 0x00};
    double scaleBarMaxPx = 160;

    // 街道 cluster markers (ClusterMarkers): drawn for a 街道 whose roads span less than clusterBelowPx.
    double clusterBelowPx = 48;
    QColor clusterFill{0xff, 0xff, 0xff, 0xe8};
    QColor clusterBorder{0xd0, 0x6a, 0x00};
    QColor clusterText{0x40, 0x24, 0x00};
    double clusterLabelPixelSize = 12;
    double clusterPaddingPx = 7;
};

} // namespace luming
