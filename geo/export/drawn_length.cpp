#include "export/drawn_length.h"

#include "gdal/cpl_error_collector_p.h"
#include "gdal/gdal_raii_p.h"
#include "gdal/ogr_conversion_p.h"

namespace luming {

QString measureDrawnLengths(QList<RoadRow>& rows) {
    gdal::CplErrorCollector errors;
    OGRSpatialReference geographic;
    OGRSpatialReference metric;
    if (!gdal::setEpsgTraditional(geographic, 4490) || !gdal::setEpsgTraditional(metric, 4548))
        return QStringLiteral("PROJ does not know EPSG:4490 or EPSG:4548: %1").arg(errors.describe());
    const gdal::CoordinateTransformationPtr toMetric = gdal::transformation(geographic, metric);
    if (!toMetric)
        return QStringLiteral("no PROJ transformation from EPSG:4490 to EPSG:4548: %1")
            .arg(errors.describe());

    for (RoadRow& row : rows) {
        row.drawnLengthM.reset();
        if (!row.hasLine())
            continue;
        const std::unique_ptr<OGRLineString> line = gdal::toOgrLine(row.geometry->points);
        if (line->transform(toMetric.get()) != OGRERR_NONE)
            return QStringLiteral("%1: its line cannot be transformed to EPSG:4548 (%2)")
                .arg(row.label(), errors.describe());
        row.drawnLengthM = line->get_Length();
    }
    return {};
}

} // namespace luming
