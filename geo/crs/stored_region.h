// The region of a project read back from a file: a project file stores coordinates, not the profile they
// were placed by, so the working zone is that of the centre of what it holds.
#pragma once

#include "core/project.h"

namespace luming {

// Code and name: the first notice's stored region. Centre: the middle of the district polygons' extent, else
// of the road lines'; metricEpsg: its Gauss–Krüger zone. Unknown when nothing has a coordinate (a notice
// placed nowhere stays placed nowhere).
[[nodiscard]] RegionProfile regionOfStoredGeometry(const Project& project);

} // namespace luming
