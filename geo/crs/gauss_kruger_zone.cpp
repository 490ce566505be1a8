#include "crs/gauss_kruger_zone.h"

#include <cmath>

namespace luming {

namespace {
constexpr int kFirstEpsg = 4534; // CM 75°E
constexpr int kLastEpsg = 4554;  // CM 135°E
constexpr int kFirstCm = 75;
constexpr int kLastCm = 135;
constexpr int kZoneWidth = 3;
} // namespace

QString GaussKrugerZone::description() const {
    return QStringLiteral("CGCS2000 / 3-degree Gauss-Krüger CM %1E").arg(centralMeridian);
}

std::optional<GaussKrugerZone> gaussKrugerZoneOf(double lon) {
    // Outside the family's spans (and any number too large for an int, as a damaged file can hold): none.
    if (!std::isfinite(lon) || lon < kFirstCm - kZoneWidth / 2.0 || lon >= kLastCm + kZoneWidth / 2.0)
        return std::nullopt;
    // Half-open spans [CM − 1.5°, CM + 1.5°): a longitude on a zone edge goes to the eastern zone.
    const int cm = kZoneWidth * static_cast<int>(std::floor(lon / kZoneWidth + 0.5));
    return gaussKrugerZoneFromEpsg(kFirstEpsg + (cm - kFirstCm) / kZoneWidth);
}

std::optional<GaussKrugerZone> gaussKrugerZoneFromEpsg(int epsg) {
    if (epsg < kFirstEpsg || epsg > kLastEpsg)
        return std::nullopt;
    return GaussKrugerZone{kFirstCm + (epsg - kFirstEpsg) * kZoneWidth, epsg};
}

} // namespace luming
