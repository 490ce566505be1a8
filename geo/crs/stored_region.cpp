#include "crs/stored_region.h"

#include "crs/gauss_kruger_zone.h"

#include <QRectF>
#include <optional>

namespace luming {

namespace {

void extend(std::optional<QRectF>& box, const QList<LonLat>& points) {
    for (const LonLat& p : points) {
        const QRectF at(p.lon, p.lat, 0, 0);
        box = box ? QRectF(QPointF(std::min(box->left(), p.lon), std::min(box->top(), p.lat)),
                           QPointF(std::max(box->right(), p.lon), std::max(box->bottom(), p.lat)))
                  : at;
    }
}

} // namespace

RegionProfile regionOfStoredGeometry(const Project& project) {
    std::optional<QRectF> box;
    for (const DistrictPolygon& d : project.districts)
        for (const auto& part : d.parts)
            for (const LonLatRing& ring : part)
                extend(box, ring);
    if (!box)
        for (const RoadGeometry& road : project.roads)
            extend(box, road.points);
    RegionProfile region;
    region.districts = project.districts;
    for (const Notice& notice : project.parse.notices) {
        if (notice.region.known()) { // stored with the notice since the gazetteer
            region.code = notice.region.code;
            region.name = notice.region.name;
            break;
        }
    }
    if (!box)
        return region;
    const QPointF centre = box->center();
    if (const auto zone = gaussKrugerZoneOf(centre.x())) {
        region.centre = LonLat{centre.x(), centre.y()};
        region.metricEpsg = zone->epsg;
    }
    return region;
}

} // namespace luming
