#include "render/cluster_markers.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace luming {

namespace {

QFont markerFont(const MapStyle& style) {
    QFont font(style.fontFamily);
    font.setPixelSize(static_cast<int>(std::lround(style.clusterLabelPixelSize)));
    font.setBold(true);
    return font;
}

QString markerText(const ClusterMarker& marker) {
    return QStringLiteral("%1  %2").arg(marker.label).arg(marker.roadCount);
}

} // namespace

QList<PlacedClusterMarker> ClusterMarkers::place(const QList<ClusterMarker>& markers,
                                                 const MapViewport& viewport, const MapStyle& style) {
    QList<PlacedClusterMarker> placed;
    const double mpp = viewport.metresPerPixel();
    const QRectF screen(QPointF(0, 0), QSizeF(viewport.size()));
    const QFontMetricsF metrics(markerFont(style));
    for (int i = 0; i < markers.size(); ++i) {
        const ClusterMarker& m = markers.at(i);
        if (m.roadCount <= 0 || m.boundsM.isNull())
            continue;
        const double spanPx = std::max(m.boundsM.width(), m.boundsM.height()) / mpp;
        if (spanPx >= style.clusterBelowPx)
            continue; // the roads themselves are big enough to read
        const QPointF centre = viewport.toScreen(m.boundsM.center());
        const QSizeF size(metrics.horizontalAdvance(markerText(m)) + 2 * style.clusterPaddingPx,
                          metrics.height() + style.clusterPaddingPx);
        const QRectF box(centre - QPointF(size.width() / 2, size.height() / 2), size);
        if (box.intersects(screen))
            placed.append({i, box});
    }
    return placed;
}

void ClusterMarkers::paint(QPainter& painter, const QList<ClusterMarker>& markers,
                           const QList<PlacedClusterMarker>& placed, const MapStyle& style) {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.setFont(markerFont(style));
    for (const PlacedClusterMarker& p : placed) {
        const ClusterMarker& m = markers.at(p.index);
        QPainterPath path;
        const double radius = p.rectPx.height() / 2;
        path.addRoundedRect(p.rectPx, radius, radius);
        painter.setPen(QPen(style.clusterBorder, 1.5));
        painter.setBrush(style.clusterFill);
        painter.drawPath(path);
        painter.setPen(style.clusterText);
        painter.drawText(p.rectPx, Qt::AlignCenter, markerText(m));
    }
    painter.restore();
}

int ClusterMarkers::at(const QList<PlacedClusterMarker>& placed, QPointF screenPx) {
    for (auto it = placed.crbegin(); it != placed.crend(); ++it)
        if (it->rectPx.contains(screenPx))
            return it->index;
    return -1;
}

} // namespace luming
