#include "districts/district_sites.h"

#include "gdal/cpl_error_collector_p.h"
#include "gdal/gdal_raii_p.h"
#include "gdal/ogr_conversion_p.h"

#include <cmath>
#include <limits>

namespace luming {

namespace {
constexpr int kGridSamples = 600; // enough to find well separated sites in any district shape
} // namespace

std::optional<LonLat> districtsCentre(const QList<DistrictPolygon>& districts) {
    const gdal::CplErrorCollector quiet;
    double area = 0;
    double x = 0;
    double y = 0;
    for (const DistrictPolygon& d : districts) {
        const std::unique_ptr<OGRMultiPolygon> polygon = gdal::toOgrMultiPolygon(d);
        OGRPoint c;
        const double a = polygon->get_Area();
        if (a <= 0 || polygon->Centroid(&c) != OGRERR_NONE)
            continue;
        area += a;
        x += a * c.getX();
        y += a * c.getY();
    }
    if (area <= 0)
        return std::nullopt;
    return LonLat{x / area, y / area};
}

QList<QPointF> spreadSitesInside(const DistrictPolygon& district, int metricEpsg, int count) {
    const gdal::CplErrorCollector quiet;
    const std::optional<OGRSpatialReference> geographic = gdal::epsgTraditional(4490);
    const std::optional<OGRSpatialReference> metric = gdal::epsgTraditional(metricEpsg);
    const gdal::CoordinateTransformationPtr toMetric =
        geographic && metric ? gdal::transformation(*geographic, *metric) : nullptr;
    const std::unique_ptr<OGRMultiPolygon> polygon = gdal::toOgrMultiPolygon(district);
    if (count <= 0 || !toMetric || polygon->IsEmpty() || polygon->transform(toMetric.get()) != OGRERR_NONE)
        return {};
    const gdal::GeometryPtr boundary(polygon->Boundary());
    OGREnvelope box;
    polygon->getEnvelope(&box);
    const double step = std::sqrt((box.MaxX - box.MinX) * (box.MaxY - box.MinY) / kGridSamples);
    if (!boundary || !(step > 0))
        return {};

    struct Sample {
        QPointF at;
        double score; // min(distance to the chosen sites, distance to the boundary)
    };
    QList<Sample> samples;
    for (double y = box.MinY + step / 2; y < box.MaxY; y += step) {
        for (double x = box.MinX + step / 2; x < box.MaxX; x += step) {
            const OGRPoint p(x, y);
            if (polygon->Contains(&p)) {
                const double d = boundary->Distance(&p);
                samples.append({QPointF(x, y), d});
            }
        }
    }
    QList<QPointF> sites;
    if (samples.isEmpty()) {
        // A sliver thinner than the grid: the one point GEOS guarantees inside.
        OGRPoint inside;
        if (polygon->PointOnSurface(&inside) == OGRERR_NONE)
            sites.append(QPointF(inside.getX(), inside.getY()));
        return sites;
    }
    while (sites.size() < count) {
        const auto best =
            std::max_element(samples.cbegin(), samples.cend(),
                             [](const Sample& a, const Sample& b) { return a.score < b.score; });
        const QPointF site = best->at;
        sites.append(site);
        for (Sample& s : samples)
            s.score = std::min(s.score, std::hypot(s.at.x() - site.x(), s.at.y() - site.y()));
    }
    return sites;
}

} // namespace luming
