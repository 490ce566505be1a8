#include "render/map_viewport.h"

#include <algorithm>
#include <cmath>

namespace luming {

MapViewport::MapViewport(QPointF centreM, double metresPerPixel, QSize sizePx)
    : centre_(centreM), size_(sizePx) {
    setMetresPerPixel(metresPerPixel);
}

MapViewport MapViewport::fitting(const QRectF& extentM, QSize sizePx, double marginPx) {
    MapViewport viewport(extentM.center(), 1, sizePx);
    viewport.fitExtent(extentM, marginPx);
    return viewport;
}

void MapViewport::setMetresPerPixel(double metresPerPixel) {
    if (!std::isfinite(metresPerPixel) || metresPerPixel <= 0)
        return;
    mpp_ = std::clamp(metresPerPixel, kMinMetresPerPixel, kMaxMetresPerPixel);
}

QPointF MapViewport::toScreen(QPointF pointM) const {
    return {(pointM.x() - centre_.x()) / mpp_ + size_.width() / 2.0,
            size_.height() / 2.0 - (pointM.y() - centre_.y()) / mpp_};
}

QPointF MapViewport::toWorld(QPointF screenPx) const {
    return {centre_.x() + (screenPx.x() - size_.width() / 2.0) * mpp_,
            centre_.y() - (screenPx.y() - size_.height() / 2.0) * mpp_};
}

QRectF MapViewport::worldRect() const {
    const double w = size_.width() * mpp_;
    const double h = size_.height() * mpp_;
    return {centre_.x() - w / 2, centre_.y() - h / 2, w, h};
}

void MapViewport::zoomAbout(QPointF screenPx, double factor) {
    if (!std::isfinite(factor) || factor <= 0)
        return;
    const QPointF anchor = toWorld(screenPx);
    setMetresPerPixel(mpp_ / factor);
    centre_ = {anchor.x() - (screenPx.x() - size_.width() / 2.0) * mpp_,
               anchor.y() + (screenPx.y() - size_.height() / 2.0) * mpp_};
}

void MapViewport::panByPixels(QPointF deltaPx) {
    centre_ = {centre_.x() - deltaPx.x() * mpp_, centre_.y() + deltaPx.y() * mpp_};
}

void MapViewport::fitExtent(const QRectF& extentM, double marginPx) {
    if (extentM.width() < 0 || extentM.height() < 0 || !std::isfinite(extentM.width() + extentM.height()))
        return;
    centre_ = extentM.center();
    const double availW = std::max(1.0, size_.width() - 2 * marginPx);
    const double availH = std::max(1.0, size_.height() - 2 * marginPx);
    const double mpp = std::max(extentM.width() / availW, extentM.height() / availH);
    if (mpp > 0)
        setMetresPerPixel(mpp);
}

} // namespace luming
