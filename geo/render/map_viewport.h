// The visible window of the map: a centre in the scene's metres, metres per (logical) pixel and a size in
// pixels. North is up: screen y grows downwards, northing upwards. A small value type, copied into each
// render job.
#pragma once

#include <QPointF>
#include <QRectF>
#include <QSize>

namespace luming {

class MapViewport {
public:
    // Zoom limits: 1 cm per pixel (a road's kerb) to 10 km per pixel (all of China in a window).
    static constexpr double kMinMetresPerPixel = 0.01;
    static constexpr double kMaxMetresPerPixel = 10000;

    MapViewport() = default;
    MapViewport(QPointF centreM, double metresPerPixel, QSize sizePx);
    // A viewport of this size showing all of extentM with marginPx kept free on every side.
    [[nodiscard]] static MapViewport fitting(const QRectF& extentM, QSize sizePx, double marginPx = 24);

    QPointF centre() const { return centre_; }
    double metresPerPixel() const { return mpp_; }
    QSize size() const { return size_; }

    void setCentre(QPointF centreM) { centre_ = centreM; }
    void setMetresPerPixel(double metresPerPixel); // clamped to the zoom limits
    void setSize(QSize sizePx) { size_ = sizePx; } // keeps centre and scale

    QPointF toScreen(QPointF pointM) const;
    QPointF toWorld(QPointF screenPx) const;
    // The metres shown (x: easting, y: northing; y() is the southern edge).
    QRectF worldRect() const;

    // factor > 1 zooms in. The world point under screenPx stays under it.
    void zoomAbout(QPointF screenPx, double factor);
    // Moves the map with the cursor: the content shifts by deltaPx.
    void panByPixels(QPointF deltaPx);
    // Centres on extentM and picks the scale that shows it whole (a degenerate extent keeps the scale).
    void fitExtent(const QRectF& extentM, double marginPx = 24);

    friend bool operator==(const MapViewport&, const MapViewport&) = default;

private:
    QPointF centre_;
    double mpp_ = 1;
    QSize size_{800, 600};
};

} // namespace luming
