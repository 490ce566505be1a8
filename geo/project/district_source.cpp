#include "project/district_source.h"

#include "districts/district_containment.h"
#include "districts/district_loader.h"
#include "project/resource_locator.h"

namespace luming {

void attachDistricts(ProjectBuild& build) {
    const QString path = findResource(QStringLiteral("jinan_districts.geojson"));
    if (path.isEmpty()) {
        build.warnings.append(
            QStringLiteral("resources/jinan_districts.geojson not found: no district boundaries."));
        return;
    }
    DistrictLoadResult loaded = loadDistricts(path);
    if (!loaded.ok()) {
        build.warnings.append(loaded.error);
        return;
    }
    build.project.districts = std::move(loaded.districts);
    build.project.layoutReport += districtContainment(build.project);
}

} // namespace luming
