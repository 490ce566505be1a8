#include "render/map_renderer.h"

#include "core/feedback.h"
#include "render/label_painter.h"
#include "render/label_placer.h"
#include "render/layer_painter.h"
#include "render/line_labeller.h"
#include "render/map_furniture.h"

#include <QElapsedTimer>
#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace luming {

namespace {

QFont labelFont(const MapStyle& style, double pixelSize, bool bold = false) {
    QFont font(style.fontFamily);
    font.setStyleStrategy(style.fontStrategy);
    font.setPixelSize(std::max(1, static_cast<int>(std::lround(pixelSize))));
    font.setBold(bold);
    return font;
}

} // namespace

RenderReport MapRenderer::render(QPainter& painter, const MapScene& scene, const MapViewport& viewport,
                                 const RenderOptions& options) {
    QElapsedTimer timer;
    timer.start();
    RenderReport report;
    const MapStyle& style = options.style;
    const double mpp = viewport.metresPerPixel();
    const QRectF screen(QPointF(0, 0), QSizeF(viewport.size()));

    painter.save();
    painter.setClipRect(screen);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.fillRect(screen, style.background);

    LayerPainter lp(painter, viewport, options.feedback);
    auto finish = [&]() {
        report.featuresDrawn = lp.featuresDrawn();
        report.verticesDrawn = lp.verticesDrawn();
        report.cancelled = lp.cancelled() || isCanceled(options.feedback);
        painter.restore();
        report.elapsedMs = timer.nsecsElapsed() / 1e6;
        return report;
    };

    // 1. Districts, beneath everything.
    std::vector<std::uint32_t> districtsInView;
    if (options.showDistricts && scene.districts()) {
        districtsInView = lp.visibleFeatures(*scene.districts(), 2);
        lp.drawAreas(*scene.districts(), districtsInView,
                     AreaStyle{style.districtFills, style.districtOutline, [&scene](std::int64_t f) {
                                   return scene.districtFillIndex(f);
                               }});
    }

    setProgress(options.feedback, 25);

    // 2. Extra layers, in the order the user opened them, each in its own style.
    struct ExtraInView {
        const SceneLayer* layer;
        std::vector<std::uint32_t> features;
    };
    std::vector<ExtraInView> extrasInView;
    for (const auto& layer : scene.extraLayers()) {
        if (lp.cancelled())
            return finish();
        if (!layer || options.hiddenLayers.contains(layer->id()))
            continue;
        const LayerStyle own = options.layerStyles.value(layer->id());
        const bool coloured = own.colour.isValid();
        QColor fill = own.colour;
        fill.setAlpha(style.extraFill.alpha());
        const double pointRadius = std::max(style.extraPointRadiusPx, own.widthPx);
        const double widestPx = std::max({own.widthPx, layer->maxWidthM() / mpp, pointRadius});
        ExtraInView view{layer.get(), lp.visibleFeatures(*layer, widestPx / 2 + 2)};
        painter.setOpacity(std::clamp(own.opacity, 0.0, 1.0));
        lp.drawAreas(
            *layer, view.features,
            AreaStyle{{coloured ? fill : style.extraFill}, coloured ? own.colour : style.extraLine, {}});
        const bool dense = static_cast<std::int64_t>(view.features.size()) > style.denseFeatureCount;
        // A width or class field (LayerLoadOptions::widthField) gives real widths; own.widthPx is the least.
        lp.drawLines(*layer, view.features,
                     LineStyle{coloured ? own.colour : style.extraLine, QColor(), layer->maxWidthM() > 0,
                               own.widthPx, 0, !dense, style.antialiasWideLinesUpTo});
        lp.drawPoints(*layer, view.features,
                      PointStyle{coloured ? own.colour : style.extraPoint, pointRadius});
        painter.setOpacity(1);
        if (own.showLabels)
            extrasInView.push_back(std::move(view));
    }

    setProgress(options.feedback, 50);

    // 3. Roads: real width (never under the minimum), casing when wide, the selection on top.
    std::vector<std::uint32_t> roadsInView;
    QSet<std::uint32_t> selected;
    if (const SceneLayer* roads = scene.roads().get()) {
        for (const RoadId& id : options.selection)
            if (const auto f = scene.roadFeature(id))
                selected.insert(static_cast<std::uint32_t>(*f));
        const double widestPx = std::max(style.selectedMinWidthPx, roads->maxWidthM() / mpp);
        roadsInView = lp.visibleFeatures(*roads, widestPx / 2 + 3);
        const bool dense = static_cast<int>(roadsInView.size()) > style.denseFeatureCount;
        const double minWidth = dense ? 1.0 : style.minRoadWidthPx;
        std::vector<std::uint32_t> plain, highlighted;
        plain.reserve(roadsInView.size());
        for (std::uint32_t f : roadsInView)
            (selected.contains(f) ? highlighted : plain).push_back(f);
        lp.drawLines(*roads, plain,
                     LineStyle{style.road, style.roadCasing, true, minWidth, style.casingFromWidthPx, !dense,
                               style.antialiasWideLinesUpTo});
        lp.drawLines(*roads, highlighted,
                     LineStyle{style.selectedRoad, style.selectedCasing, true,
                               std::max(minWidth, style.selectedMinWidthPx), 0, true,
                               style.antialiasWideLinesUpTo});
        if (roads->hasSchematic())
            report.schematicBadgeShown = std::any_of(roadsInView.begin(), roadsInView.end(),
                                                     [&](std::uint32_t f) { return roads->isSchematic(f); });
    }
    if (lp.cancelled())
        return finish();
    report.schematicBadgeShown = report.schematicBadgeShown && options.showSchematicBadge;
    setProgress(options.feedback, 75);

    // 4. Labels, kept clear of the furniture and of each other.
    const MapFurniture furniture(style, viewport.size());
    const auto layout = furniture.layout(mpp, options.showScaleBar, options.showNorthArrow,
                                         report.schematicBadgeShown ? options.schematicBadgeText : QString());
    if (options.showLabels) {
        LabelPlacer placer(screen, style.labelPaddingPx);
        for (const QRectF& r : {layout.scaleBarPanel, layout.northArrowRect, layout.badgeRect})
            if (!r.isEmpty())
                placer.reserve(r);

        const QFont districtFont = labelFont(style, style.districtLabelPixelSize, true);
        if (!districtsInView.empty() && scene.districts()->hasLabels()) {
            const QFontMetricsF metrics(districtFont);
            for (std::uint32_t f : districtsInView) {
                const QString& name = scene.districts()->label(f);
                if (name.isEmpty())
                    continue;
                const QSizeF size(metrics.horizontalAdvance(name) + 2 * style.labelHaloPx, metrics.height());
                const LabelBox box{viewport.toScreen(scene.districtLabelAnchor(f)), size, 0};
                if (placer.tryPlace(box)) {
                    PlacedLabel label{name, box, scene.districts()->id(), f};
                    paintLabel(painter, districtFont, label, style);
                    report.labels.append(label);
                }
            }
        }

        LineLabeller labeller(placer, screen, style.labelHaloPx);
        if (scene.roads())
            labeller.collect(*scene.roads(), roadsInView, lp, labelFont(style, style.roadLabelPixelSize), 2,
                             selected);
        for (const ExtraInView& view : extrasInView)
            labeller.collect(*view.layer, view.features, lp, labelFont(style, style.extraLabelPixelSize), 1);
        const QList<PlacedLabel> lineLabels = labeller.place();
        const QFont fonts[] = {labelFont(style, style.roadLabelPixelSize),
                               labelFont(style, style.extraLabelPixelSize)};
        const std::uint64_t roadsId = scene.roads() ? scene.roads()->id() : 0;
        for (const PlacedLabel& label : lineLabels) {
            paintLabel(painter, fonts[label.layerId == roadsId ? 0 : 1], label, style);
            report.labels.append(label);
        }
    }

    // 5. Furniture on top.
    furniture.paintScaleBar(painter, layout);
    furniture.paintNorthArrow(painter, layout);
    if (report.schematicBadgeShown)
        furniture.paintBadge(painter, layout, options.schematicBadgeText);
    report.scaleBar = layout.scaleBar;
    report.scaleBarRect = layout.scaleBarRect;
    report.northArrowRect = layout.northArrowRect;
    report.badgeRect = layout.badgeRect;
    if (!lp.cancelled() && !isCanceled(options.feedback))
        setProgress(options.feedback, 100);
    return finish();
}

} // namespace luming
