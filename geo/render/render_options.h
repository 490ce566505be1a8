// What one frame should show, besides the scene and the viewport. A value, copied into each render job.
#pragma once

#include "core/road_id.h"
#include "render/layer_style.h"
#include "render/map_style.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <cstdint>

namespace luming {

class Feedback;

struct RenderOptions {
    MapStyle style;
    QList<RoadId> selection;          // drawn highlighted, above the other roads
    QSet<std::uint64_t> hiddenLayers; // SceneLayer::id() of extra layers switched off
    // The user's style of an extra layer, by SceneLayer::id(); a layer not here is drawn in MapStyle's
    // extra-layer colours, 1 px, opaque, labelled.
    QHash<std::uint64_t, LayerStyle> layerStyles;
    bool showDistricts = true;
    bool showLabels = true;
    bool showScaleBar = true;
    bool showNorthArrow = true;
    bool showSchematicBadge = true;
    QString schematicBadgeText = QStringLiteral("示意位置 schematic positions");
    // Cancel polled between features (a canvas cancels a frame a newer one supersedes); progress by
    // stage (districts, extra layers, roads, labels), 100 when the frame is whole. Not owned; may be null.
    Feedback* feedback = nullptr;
};

} // namespace luming
