// 济南 (370100), the seed's region, as the tests lay it out: its profile from the bundled files
// (resources/jinan_districts.geojson, resources/anchors/370100.csv), working in EPSG:4548 (CM 117°E).
#pragma once

#include "layout/layout_options.h"
#include "project/region_profile_source.h"

namespace luming::test {

inline const RegionProfile& jinanRegion() {
    static const RegionProfile profile = [] {
        QStringList warnings;
        return loadRegionProfile(QStringLiteral("370100"), warnings);
    }();
    return profile;
}

inline LayoutOptions jinanLayout() {
    LayoutOptions options;
    options.region = jinanRegion();
    return options;
}

// 济南's profile without polygons or files (for tests that build a Project by hand): its zone and centre.
inline RegionProfile jinanZoneOnly() {
    RegionProfile profile;
    profile.code = QStringLiteral("370100");
    profile.name = QStringLiteral("济南市");
    profile.metricEpsg = 4548;
    profile.centre = LonLat{117.0, 36.65};
    return profile;
}

// 济南's zone: the metres every seed layout and map test measures in.
inline QString jinanZoneCrs() {
    return QStringLiteral("EPSG:4548");
}

} // namespace luming::test
