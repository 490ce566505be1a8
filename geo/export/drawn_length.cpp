#include "export/drawn_length.h"

#include "export/cpl_error_collector_p.h"
#include "export/gdal_raii_p.h"

namespace luming {

using namespace export_detail;

QString measureDrawnLengths(QList<RoadRow>& rows) {
    CplErrorCollector errors;
    OGRSpatialReference geographic;
    OGRSpatialReference metric;
    if (!setEpsgTraditional(geographic, 4490) || !setEpsgTraditional(metric, 4548))
        return QStringLiteral("PROJ does not know EPSG:4490 or EPSG:4548: %1").arg(errors.failureText());
    const CoordinateTransformationPtr toMetric(OGRCreateCoordinateTransformation(&geographic, &metric));
    if (!toMetric)
        return QStringLiteral("no PROJ transformation from EPSG:4490 to EPSG:4548: %1")
            .arg(errors.failureText());

    for (RoadRow& row : rows) {
        row.drawnLengthM.reset();
        if (!row.hasLine())
            continue;
        OGRLineString line;
        for (const LonLat& p : row.geometry->points)
            line.addPoint(p.lon, p.lat);
        if (line.transform(toMetric.get()) != OGRERR_NONE)
            return QStringLiteral("%1: its line cannot be transformed to EPSG:4548 (%2)")
                .arg(row.label(), errors.failureText());
        row.drawnLengthM = line.get_Length();
    }
    return {};
}

} // namespace luming
