// The status bar's cursor position: EPSG:4548 metres (the map's own CRS) and the same point as
// CGCS2000 longitude/latitude (EPSG:4490), converted by PROJ.
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

    // "117.158123° E  36.674987° N   EPSG:4548  514 123.4 E  4 060 123.4 N m"
    [[nodiscard]] QString text(QPointF metres4548) const;
    // nullopt when PROJ is not available or the point is outside the CRS.
    [[nodiscard]] std::optional<QPointF> lonLat(QPointF metres4548) const;

private:
    // 4548 → 4490, made on first use (PROJ's database lookups cost tens of ms: not during startup).
    // GUI thread only.
    mutable std::optional<CrsTransformer> toLonLat_;
    mutable bool triedToCreate_ = false;
};

} // namespace luming::app
