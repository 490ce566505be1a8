// What a frame drew: counts, the labels placed (screen boxes) and where the furniture went.
#pragma once

#include "render/label_box.h"
#include "render/scale_bar.h"

#include <QList>
#include <QRectF>
#include <QString>
#include <cstdint>

namespace luming {

struct PlacedLabel {
    QString text;
    LabelBox box; // along the text; for stacked labels along the column, top to bottom
    std::uint64_t layerId = 0;
    std::int64_t feature = -1;
    bool stacked = false; // upright characters one under the other (steep roads)
};

// What a frame drew; the app may ignore it, tests and the benchmark read it.
struct RenderReport {
    std::int64_t featuresDrawn = 0; // over all layers, after the index query
    std::int64_t verticesDrawn = 0;
    QList<PlacedLabel> labels; // every label painted, boxes in screen pixels
    bool schematicBadgeShown = false;
    QRectF badgeRect;
    ScaleBar scaleBar; // metres and pixels of the bar painted (pixels 0 if none)
    QRectF scaleBarRect;
    QRectF northArrowRect;
    bool cancelled = false;
    double elapsedMs = 0;
};

} // namespace luming
