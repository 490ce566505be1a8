#include "render/cluster_markers.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace luming {

namespace {

// A marker crowded out of its place moves this many box heights up or down at most (a whole city
// zoomed out stacks its 街道 into a short column rather than hiding some).
constexpr int kMaxShiftRows = 6;

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
    const double mpp = viewport.metresPerPixel();
    const QRectF screen(QPointF(0, 0), QSizeF(viewport.size()));
    const QFontMetricsF metrics(markerFont(style));
    // Bigger clusters first: when two markers would overlap, the smaller one moves above or below.
    QList<int> order;
    for (int i = 0; i < markers.size(); ++i)
        order.append(i);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return markers.at(a).roadCount > markers.at(b).roadCount; });
    QList<PlacedClusterMarker> placed;
    for (int i : order) {
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
        for (int step = 0; step <= 2 * kMaxShiftRows; ++step) {
            const int rows = (step + 1) / 2 * (step % 2 == 1 ? 1 : -1); // 0, +1, -1, +2, -2, …
            const QRectF moved = box.translated(0, rows * (size.height() + 2));
            const bool free =
                std::none_of(placed.begin(), placed.end(),
                             [&moved](const PlacedClusterMarker& p) { return p.rectPx.intersects(moved); });
            if (free) {
                if (moved.intersects(screen))
                    placed.append({i, moved});
                break;
            }
        }
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
