// Internal to the renderer: draws the geometry of one SceneLayer for one frame. Works at the layer's
// simplification level for the frame's scale, on the features the spatial index returns for the
// window, and batches thin lines into drawLines() calls (the raster engine's fast cosmetic path), so
// a frame's cost follows what is visible.
#pragma once

#include "render/map_viewport.h"
#include "render/scene_layer.h"

#include <QColor>
#include <QLineF>
#include <QPointF>
#include <cstdint>
#include <functional>
#include <vector>

class QPainter;

namespace luming {

class Feedback;

struct LineStyle {
    QColor colour;
    QColor casing;                // invalid: never cased
    bool realWidth = false;       // stroke = widthM / metres-per-pixel (roads)
    double minWidthPx = 1;        // never thinner than this
    double casingFromWidthPx = 5; // lines at least this wide get the casing
    bool antialiasHairlines = true;
    std::int64_t antialiasWideLinesUpTo = 500; // more wide lines than this in view: drawn without
};

struct AreaStyle {
    QList<QColor> fills; // by fillIndex(feature) when given, else cycled by feature number
    QColor outline;
    std::function<int(std::int64_t)> fillIndex;
};

struct PointStyle {
    QColor colour;
    double radiusPx = 2.5;
};

class LayerPainter {
public:
    LayerPainter(QPainter& painter, const MapViewport& viewport, const Feedback* feedback);

    // Features whose bounds meet the window grown by marginPx (for strokes wider than their bounds).
    std::vector<std::uint32_t> visibleFeatures(const SceneLayer& layer, double marginPx) const;

    void drawAreas(const SceneLayer& layer, const std::vector<std::uint32_t>& features,
                   const AreaStyle& style);
    void drawLines(const SceneLayer& layer, const std::vector<std::uint32_t>& features,
                   const LineStyle& style);
    void drawPoints(const SceneLayer& layer, const std::vector<std::uint32_t>& features,
                    const PointStyle& style);

    // The vertices of one part in screen pixels at the frame's level (labels, hit tests).
    void screenPart(const SceneLayer& layer, std::uint32_t part, std::vector<QPointF>& out) const;
    int levelOf(const SceneLayer& layer) const { return layer.levelFor(viewport_.metresPerPixel()); }
    double metresPerPixel() const { return viewport_.metresPerPixel(); }

    bool cancelled() const { return cancelled_; }
    std::int64_t featuresDrawn() const { return featuresDrawn_; }
    std::int64_t verticesDrawn() const { return verticesDrawn_; }

private:
    struct Transform {
        double scale, bx, by; // screen = (x·scale + bx, −y·scale + by) for origin-relative floats
    };
    Transform transformFor(const SceneLayer& layer) const;
    bool checkCancel(std::size_t i);
    void flushHairlines(const QColor& colour);
    void appendHairlines(const SceneLayer::Level& level, std::uint32_t part, const Transform& t);

    QPainter& painter_;
    MapViewport viewport_;
    const Feedback* feedback_;
    QRectF clip_; // screen rect grown by a margin: segments wholly outside are not sent to QPainter
    bool cancelled_ = false;
    std::int64_t featuresDrawn_ = 0;
    std::int64_t verticesDrawn_ = 0;
    std::vector<QLineF> hairlines_;
    std::vector<QPointF> scratch_;
};

} // namespace luming
