// The CGCS2000 3-degree Gauss–Krüger zones Luming lays out and measures in: the family without a zone
// prefix in the easting, EPSG:4534 (CM 75°E) to EPSG:4554 (CM 135°E), one every 3°. A region works in the
// zone of its centre's longitude (济南, 117.0°E → CM 117°E, EPSG:4548; 吉林, 126.5°E → CM 126°E, EPSG:4551).
#pragma once

#include <QString>
#include <optional>

namespace luming {

struct GaussKrugerZone {
    int centralMeridian = 0; // degrees east, a multiple of 3
    int epsg = 0;            // 4534 + (centralMeridian − 75) / 3

    QString crs() const { return QStringLiteral("EPSG:%1").arg(epsg); } // "EPSG:4548"
    QString description() const; // "CGCS2000 / 3-degree Gauss-Krüger CM 117E"
};

// The zone whose central meridian is nearest `lon` (each zone spans CM ± 1.5°); nullopt outside
// 73.5°E–136.5°E, where the family has no zone, or for a non-finite longitude.
[[nodiscard]] std::optional<GaussKrugerZone> gaussKrugerZoneOf(double lon);
// The zone of an EPSG code of the family; nullopt for any other code.
[[nodiscard]] std::optional<GaussKrugerZone> gaussKrugerZoneFromEpsg(int epsg);

} // namespace luming
