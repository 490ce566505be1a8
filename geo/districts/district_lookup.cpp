#include "districts/district_lookup.h"

#include "districts/gdal_raii_p.h"

namespace luming {

using namespace districts_detail;

QString districtAt(const QList<DistrictPolygon>& districts, LonLat point) {
    const QuietCplErrors quiet;
    // Containment does not depend on the projection, so the test runs in lon/lat directly.
    const OGRPoint p(point.lon, point.lat);
    for (const DistrictPolygon& d : districts)
        if (toOgr(d)->Contains(&p))
            return d.name;
    return {};
}

} // namespace luming
