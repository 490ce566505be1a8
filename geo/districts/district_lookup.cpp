#include "districts/district_lookup.h"

#include "gdal/cpl_error_collector_p.h"
#include "gdal/ogr_conversion_p.h"

namespace luming {

QString districtAt(const QList<DistrictPolygon>& districts, LonLat point) {
    const gdal::CplErrorCollector quiet; // GEOS complaints about a bad ring stay off stderr
    // Containment does not depend on the projection, so the test runs in lon/lat directly.
    const OGRPoint p(point.lon, point.lat);
    for (const DistrictPolygon& d : districts)
        if (gdal::toOgrMultiPolygon(d)->Contains(&p))
            return d.name;
    return {};
}

} // namespace luming
