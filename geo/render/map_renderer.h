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

#include "render/map_scene.h"
#include "render/map_viewport.h"
#include "render/render_options.h"
#include "render/render_report.h"

class QPainter;

namespace luming {

class MapRenderer {
public:
    // Paints the viewport's size() logical pixels from the painter's origin. The painter's state is
    // saved and restored.
    static RenderReport render(QPainter& painter, const MapScene& scene, const MapViewport& viewport,
                               const RenderOptions& options);
};

} // namespace luming
