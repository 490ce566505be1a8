// The status bar's cursor position: metres in the map's own CRS (the region's Gauss–Krüger zone,
// MapScene::metricEpsg) and the same point as CGCS2000 longitude/latitude (EPSG:4490), converted by PROJ.
#pragma once

#include "crs/crs_transformer.h"

#include <QCoreApplication>
#include <QPointF>
#include <QString>
#include <optional>

namespace luming::app {

class CoordinateReadout {
    Q_DECLARE_TR_FUNCTIONS(CoordinateReadout)
public:
    CoordinateReadout() = default;

    // The map's CRS (EPSG:4534–4554); 0 while no region is known (metres only, no lon/lat).
    void setMetricEpsg(int epsg);

    // "117.158123° E  36.674987° N   EPSG:4548  514 123.4 E  4 060 123.4 N m"
    [[nodiscard]] QString text(QPointF metres) const;
    // nullopt when PROJ is not available, no CRS is set or the point is outside the CRS.
    [[nodiscard]] std::optional<QPointF> lonLat(QPointF metres) const;

private:
    int metricEpsg_ = 0;
    // metres → 4490, made on first use (PROJ's database lookups cost tens of ms: not during startup).
    // GUI thread only.
    mutable std::optional<CrsTransformer> toLonLat_;
    mutable bool triedToCreate_ = false;
};

} // namespace luming::app
