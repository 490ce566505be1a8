// The district boundaries a project is drawn over, and the check that each cluster lies in its 区.
#pragma once

#include "project/project_builder.h"

namespace luming {

// Loads resources/jinan_districts.geojson into build.project.districts and appends the containment
// check to the layout report; problems go to build.warnings.
void attachDistricts(ProjectBuild& build);

} // namespace luming
