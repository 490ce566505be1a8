#include "districts/district_containment.h"

#include "core/finding_messages.h"
#include "districts/district_lookup.h"
#include "gdal/cpl_error_collector_p.h"
#include "gdal/gdal_raii_p.h"
#include "gdal/ogr_conversion_p.h"

#include <QHash>
#include <algorithm>
#include <cmath>
#include <utility>

namespace luming {

namespace {

struct Cluster {
    NoticeId notice;
    QString district;
    QString subdistrict;
    QList<const RoadRecord*> roads;
};

QList<Cluster> clustersOf(const Project& project) {
    QList<Cluster> clusters;
    // (notice, 区, 街道) → cluster
    QHash<std::pair<NoticeId, std::pair<QString, QString>>, qsizetype> index;
    for (const Notice& notice : project.parse.notices) {
        for (const RoadRecord& road : notice.roads) {
            const QStringList subs = road.subdistricts.isEmpty() ? QStringList{QString()} : road.subdistricts;
            for (const QString& sub : subs) {
                const auto key = std::make_pair(notice.id, std::make_pair(road.district, sub));
                auto it = index.constFind(key);
                if (it == index.constEnd()) {
                    it = index.insert(key, clusters.size());
                    clusters.append({notice.id, road.district, sub, {}});
                }
                clusters[*it].roads.append(&road);
            }
        }
    }
    return clusters;
}

} // namespace

QList<LayoutReportRow> districtContainment(const Project& project) {
    const gdal::CplErrorCollector quiet; // GEOS and PROJ complaints stay off stderr; the rows say enough

    const std::optional<OGRSpatialReference> geographic = gdal::epsgTraditional(4490);
    const int metricEpsg = project.region.metricEpsg;
    const std::optional<OGRSpatialReference> metric =
        metricEpsg != 0 ? gdal::epsgTraditional(metricEpsg) : std::nullopt;
    const gdal::CoordinateTransformationPtr toMetric =
        geographic && metric ? gdal::transformation(*geographic, *metric) : nullptr;

    QList<LayoutReportRow> rows;
    for (const Cluster& cluster : clustersOf(project)) {
        LayoutReportRow row;
        row.notice = cluster.notice;
        row.kind = ReportKind::InsideDistrict;
        row.name = cluster.subdistrict.isEmpty() ? cluster.district : cluster.subdistrict;
        const QString who = cluster.subdistrict.isEmpty()
                                ? cluster.district
                                : QStringLiteral("%1 (%2)").arg(cluster.subdistrict, cluster.district);
        const int total = static_cast<int>(cluster.roads.size());

        bool renamed = false;
        const DistrictPolygon* district = findDistrictPolygon(project.districts, cluster.district, &renamed);
        if (cluster.district.isEmpty()) {
            row.detail = findingMessage(FindingMessage::ReportNoDistrictGiven, {who, QString::number(total)});
            rows.append(row);
            continue;
        }
        if (!district) {
            row.detail = findingMessage(FindingMessage::ReportNoPolygon,
                                        {who, cluster.district, QString::number(total)});
            rows.append(row);
            continue;
        }
        if (!toMetric || !OGRGeometryFactory::haveGEOS()) {
            row.detail = findingMessage(
                metricEpsg == 0 ? FindingMessage::ReportRegionUnknown : FindingMessage::ReportNoGeos, {who});
            rows.append(row);
            continue;
        }
        const std::unique_ptr<OGRMultiPolygon> polygon = gdal::toOgrMultiPolygon(*district);
        if (polygon->transform(toMetric.get()) != OGRERR_NONE) {
            row.detail = findingMessage(FindingMessage::ReportNotTransformed,
                                        {who, district->name, project.region.metricCrs()});
            rows.append(row);
            continue;
        }

        int drawn = 0;
        int outside = 0;
        double worstM = 0;
        QString worstRoad;
        double lengthM = 0;
        double insideM = 0;
        for (const RoadRecord* road : cluster.roads) {
            const RoadGeometry* g = project.geometryOf(RoadId{cluster.notice, road->seq});
            if (!g || g->points.size() < 2)
                continue;
            ++drawn;
            const std::unique_ptr<OGRLineString> line = gdal::toOgrLine(g->points);
            if (line->transform(toMetric.get()) != OGRERR_NONE)
                continue;
            lengthM += line->get_Length();
            if (polygon->Contains(line.get())) {
                insideM += line->get_Length();
                continue;
            }
            ++outside;
            if (std::unique_ptr<OGRGeometry> part(polygon->Intersection(line.get())); part)
                insideM += OGR_G_Length(OGRGeometry::ToHandle(part.get()));
            double farthest = 0;
            for (int i = 0; i < line->getNumPoints(); ++i) {
                OGRPoint p(line->getX(i), line->getY(i));
                farthest = std::max(farthest, polygon->Distance(&p));
            }
            if (farthest >= worstM) {
                worstM = farthest;
                worstRoad = road->name;
            }
        }

        const QString polygonName = renamed ? findingMessage(FindingMessage::ReportRenamedBoundary,
                                                             {cluster.district, district->name})
                                            : cluster.district;
        // One sentence per outcome, so each is translated whole (core/finding_messages.h).
        const QString undrawn = QString::number(total - drawn);
        const bool someUndrawn = drawn > 0 && drawn < total;
        if (drawn == 0) {
            row.detail = findingMessage(FindingMessage::ReportNoneDrawn, {who, QString::number(total)});
        } else if (outside == 0) {
            row.detail = findingMessage(someUndrawn ? FindingMessage::ReportAllInsideSomeUndrawn
                                                    : FindingMessage::ReportAllInside,
                                        {who, QString::number(drawn), polygonName, undrawn});
        } else {
            const double share = lengthM > 0 ? 100.0 * insideM / lengthM : 0;
            row.detail = findingMessage(someUndrawn ? FindingMessage::ReportSomeOutsideSomeUndrawn
                                                    : FindingMessage::ReportSomeOutside,
                                        {who, QString::number(outside), QString::number(drawn), polygonName,
                                         QString::number(std::lround(worstM)), worstRoad,
                                         QString::number(std::lround(share)), undrawn});
            row.valueM = worstM;
        }
        rows.append(row);
    }
    return rows;
}

} // namespace luming
