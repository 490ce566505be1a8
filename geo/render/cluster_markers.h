// Where roads would be specks (a whole city in one window), each 街道's roads are drawn as one marker: a
// rounded box with the 街道's name and its road count, at the centre of the roads' bounds. The canvas
// and any printed map place, paint and hit-test them through these three functions; what a cluster is
// (which roads, which name) is decided by the caller.
#pragma once

#include "render/map_style.h"
#include "render/map_viewport.h"

#include <QList>
#include <QRectF>
#include <QString>

class QPainter;

namespace luming {

struct ClusterMarker {
    QString label; // the 街道 (or 区) name
    int roadCount = 0;
    QRectF boundsM; // the roads' bounds in EPSG:4548 metres
};

struct PlacedClusterMarker {
    int index = -1; // into the markers placed
    QRectF rectPx;  // the marker's box on screen
};

class ClusterMarkers {
public:
    // The markers to draw at this viewport: clusters in view whose roads span less than
    // MapStyle::clusterBelowPx on screen. Boxes are centred on the cluster; a box that would overlap one
    // of a bigger cluster moves up to six box heights up or down, and is left out when that fails.
    [[nodiscard]] static QList<PlacedClusterMarker> place(const QList<ClusterMarker>& markers,
                                                          const MapViewport& viewport, const MapStyle& style);
    static void paint(QPainter& painter, const QList<ClusterMarker>& markers,
                      const QList<PlacedClusterMarker>& placed, const MapStyle& style);
    // The topmost placed marker under a screen point (the last painted), or -1.
    [[nodiscard]] static int at(const QList<PlacedClusterMarker>& placed, QPointF screenPx);
};

} // namespace luming
