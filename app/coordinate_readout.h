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
    CoordinateReadout();

    // "117.158123° E  36.674987° N   EPSG:4548  514 123.4 E  4 060 123.4 N m"
    [[nodiscard]] QString text(QPointF metres4548) const;
    // nullopt when PROJ is not available or the point is outside the CRS.
    [[nodiscard]] std::optional<QPointF> lonLat(QPointF metres4548) const;

private:
    std::optional<CrsTransformer> toLonLat_; // 4548 → 4490; used on the GUI thread only
};

} // namespace luming::app
