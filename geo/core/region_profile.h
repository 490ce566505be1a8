// The region a notice's roads are placed in: its GB/T 2260 code and name, the metric CRS the layout,
// the map and export lengths work in, its centre and its district polygons. A profile without a working
// CRS is an unknown region: nothing gets coordinates (a road in another city is worse than none).
#pragma once

#include "core/geometry_types.h"

#include <QList>
#include <QString>
#include <optional>

namespace luming {

struct RegionProfile {
    QString code; // "370100"; empty when the region is unknown
    QString name; // "济南市"
    // The CGCS2000 3-degree Gauss–Krüger zone (EPSG:4534–4554) of the centre's longitude; 0: unknown.
    int metricEpsg = 0;
    std::optional<LonLat> centre;     // CGCS2000 lon/lat: where roads without a district polygon go
    QList<DistrictPolygon> districts; // lon/lat polygons of its 区/县 (may be empty)
    QString anchorsFile;              // resources/anchors/<code>.csv when there is one

    [[nodiscard]] bool isKnown() const { return metricEpsg != 0 && centre.has_value(); }
    [[nodiscard]] QString metricCrs() const { return QStringLiteral("EPSG:%1").arg(metricEpsg); }
    // "济南市 (370100)", or "unknown region"
    [[nodiscard]] QString label() const;
};

} // namespace luming
