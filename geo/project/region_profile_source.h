// A region's profile from what is installed: district polygons and centre (the bundled 济南 polygons, or
// the national gazetteer), the working Gauss–Krüger zone of its centre, and its optional anchors file
// resources/anchors/<code>.csv.
#pragma once

#include "core/notice.h"
#include "core/region_profile.h"
#include "layout/anchor_table.h"

#include <QStringList>

namespace luming {

// The profile of a GB/T 2260 region code ("370100"). Unknown (no working CRS) when nothing installed
// knows the code or its centre; problems with files that exist go to `warnings`.
[[nodiscard]] RegionProfile loadRegionProfile(const QString& code, QStringList& warnings);

// The region a notice's roads are placed in (a code for loadRegionProfile; empty: unknown).
[[nodiscard]] QString regionCodeOf(const Notice& notice);

// The profile's anchors (an empty table when it has no anchors file); bad rows go to `warnings`.
[[nodiscard]] AnchorTable loadAnchors(const RegionProfile& profile, QStringList& warnings);

} // namespace luming
