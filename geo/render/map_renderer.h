// Paints a MapScene through a MapViewport into any QPainter (canvas image, --screenshot, PNG/PDF
// export, tests). Draw order: background, district polygons, visible extra layers, roads (selected ones
// last, in the highlight colour), labels (district names, then road names along the roads, no overlaps),
// then the furniture: scale bar, north arrow and the "示意位置 schematic positions" badge when a drawn road
// is schematic.
//
// Thread contract: render() is a pure function of its arguments and keeps no state, so several threads
// may render at once (each into its own QImage: QPainter itself is per-device). The scene is immutable.
// Cost per frame follows what is visible: layers are queried through their spatial index and drawn at
// the simplification level of the current scale.
#pragma once

#include "render/label_placer.h"
#include "render/map_scene.h"
#include "render/map_style.h"
#include "render/map_viewport.h"
#include "render/road_id.h"
#include "render/scale_bar.h"

#include <QList>
#include <QRectF>
#include <QSet>
#include <QString>
#include <atomic>
#include <cstdint>

class QPainter;

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

class MapRenderer {
public:
    // Paints the viewport's size() logical pixels from the painter's origin. The painter's state is
    // saved and restored.
    static RenderReport render(QPainter& painter, const MapScene& scene, const MapViewport& viewport,
                               const RenderOptions& options);
};

} // namespace luming
