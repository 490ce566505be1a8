#include "coordinate_readout.h"

#include "crs/crs_codes.h"

#include <QLocale>
#include <cmath>

namespace luming::app {

void CoordinateReadout::setMetricEpsg(int epsg) {
    if (epsg == metricEpsg_)
        return;
    metricEpsg_ = epsg;
    toLonLat_.reset();
    triedToCreate_ = false;
}

std::optional<QPointF> CoordinateReadout::lonLat(QPointF metres) const {
    if (!triedToCreate_ && metricEpsg_ != 0) {
        triedToCreate_ = true;
        if (auto created =
                CrsTransformer::create(QStringLiteral("EPSG:%1").arg(metricEpsg_), crs::cgcs2000Geographic()))
            toLonLat_ = std::move(*created);
    }
    if (!toLonLat_)
        return std::nullopt;
    const QPointF p = toLonLat_->forward(metres);
    if (!CrsTransformer::isFinite(p))
        return std::nullopt;
    return p;
}

QString CoordinateReadout::text(QPointF m) const {
    const QLocale c = QLocale::c();
    QString metres = tr("EPSG:%3  x %1 m  y %2 m")
                         .arg(c.toString(m.x(), 'f', 1), c.toString(m.y(), 'f', 1))
                         .arg(metricEpsg_);
    const std::optional<QPointF> ll = lonLat(m);
    if (!ll)
        return metres;
    const QString lon =
        QStringLiteral("%1° %2").arg(c.toString(std::abs(ll->x()), 'f', 6), ll->x() >= 0 ? tr("E") : tr("W"));
    const QString lat =
        QStringLiteral("%1° %2").arg(c.toString(std::abs(ll->y()), 'f', 6), ll->y() >= 0 ? tr("N") : tr("S"));
    return tr("%1, %2 (CGCS2000)    %3").arg(lon, lat, metres);
}

} // namespace luming::app
