#include "feature_highlight.h"

#include "render/map_viewport.h"
#include "render/scene_layer.h"

#include <QPainter>
#include <QPolygonF>

namespace luming::app {

void paintFeatureHighlight(QPainter& painter, const SceneLayer& layer,
                           const std::vector<std::int64_t>& features, const MapViewport& viewport,
                           const QColor& colour) {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QPen pen(colour, 4);
    pen.setCapStyle(Qt::RoundCap);
    pen.setJoinStyle(Qt::RoundJoin);
    painter.setPen(pen);
    QColor fill = colour;
    fill.setAlpha(60);
    for (const std::int64_t f : features) {
        if (f < 0 || f >= layer.featureCount())
            continue;
        for (std::uint32_t part = layer.firstPart(f); part < layer.endPart(f); ++part) {
            QPolygonF screen;
            for (const QPointF& p : layer.partPoints(0, part))
                screen << viewport.toScreen(p);
            switch (layer.kind(f)) {
            case FeatureKind::Point:
                painter.setBrush(fill);
                painter.drawEllipse(screen.value(0), 7, 7);
                break;
            case FeatureKind::Line:
                painter.drawPolyline(screen);
                break;
            case FeatureKind::Polygon:
                painter.setBrush(fill);
                painter.drawPolygon(screen);
                break;
            }
        }
    }
    painter.restore();
}

} // namespace luming::app
