// What one frame should show, besides the scene and the viewport. A value, copied into each render job.
#pragma once

#include "render/map_style.h"
#include "render/road_id.h"

#include <QList>
#include <QSet>
#include <QString>
#include <atomic>
#include <cstdint>

namespace luming {

struct RenderOptions {
    MapStyle style;
    QList<RoadId> selection;          // drawn highlighted, above the other roads
    QSet<std::uint64_t> hiddenLayers; // SceneLayer::id() of extra layers switched off
    bool showDistricts = true;
    bool showLabels = true;
    bool showScaleBar = true;
    bool showNorthArrow = true;
    bool showSchematicBadge = true;
    QString schematicBadgeText = QStringLiteral("示意位置 schematic positions");
    // Polled between features: a canvas sets it when a newer frame supersedes this one.
    const std::atomic<bool>* cancel = nullptr;
};

} // namespace luming
