#include "districts/district_lookup.h"

#include "chinese/name_key.h"
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

const DistrictPolygon* findDistrictPolygon(const QList<DistrictPolygon>& districts, const QString& name,
                                           bool* renamed) {
    if (renamed)
        *renamed = false;
    if (name.isEmpty())
        return nullptr;
    // Compared by the place form of the name (spaces, 繁→简): a notice printed in traditional characters
    // (即墨區) means the polygon the boundaries spell in simplified ones (即墨区).
    const QString key = NameKey::of(name, NameKey::Step::Simplified);
    for (const DistrictPolygon& d : districts)
        if (NameKey::of(d.name, NameKey::Step::Simplified) == key)
            return &d;
    const auto stem = [](const QString& n) {
        return n.size() > 2 &&
                       (n.endsWith(QChar(u'区')) || n.endsWith(QChar(u'县')) || n.endsWith(QChar(u'市')))
                   ? n.chopped(1)
                   : n;
    };
    for (const DistrictPolygon& d : districts) {
        if (stem(NameKey::of(d.name, NameKey::Step::Simplified)) == stem(key)) {
            if (renamed)
                *renamed = true;
            return &d;
        }
    }
    return nullptr;
}

} // namespace luming
