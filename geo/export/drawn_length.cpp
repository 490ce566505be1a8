#include "export/drawn_length.h"

#include "gdal/cpl_error_collector_p.h"
#include "gdal/gdal_raii_p.h"
#include "gdal/ogr_conversion_p.h"

#include <QCoreApplication>

namespace luming {

QString measureDrawnLengths(QList<RoadRow>& rows, int metricEpsg) {
    gdal::CplErrorCollector errors;
    gdal::CoordinateTransformationPtr toMetric;
    OGRSpatialReference geographic;
    OGRSpatialReference metric;
    if (metricEpsg != 0) {
        if (!gdal::setEpsgTraditional(geographic, 4490) || !gdal::setEpsgTraditional(metric, metricEpsg))
            return QCoreApplication::translate("luming::Geo", "PROJ does not know EPSG:4490 or EPSG:%1: %2")
                .arg(metricEpsg)
                .arg(errors.describe());
        toMetric = gdal::transformation(geographic, metric);
        if (!toMetric)
            return QCoreApplication::translate("luming::Geo",
                                               "no PROJ transformation from EPSG:4490 to EPSG:%1: %2")
                .arg(metricEpsg)
                .arg(errors.describe());
    }

    for (RoadRow& row : rows) {
        row.drawnLengthM.reset();
        if (!row.hasLine())
            continue;
        if (!toMetric)
            return QCoreApplication::translate(
                       "luming::Geo",
                       "%1 has a line but the project's region is unknown; nothing to measure it in")
                .arg(row.label());
        const std::unique_ptr<OGRLineString> line = gdal::toOgrLine(row.geometry->points);
        if (line->transform(toMetric.get()) != OGRERR_NONE)
            return QCoreApplication::translate("luming::Geo",
                                               "%1: its line cannot be transformed to EPSG:%2 (%3)")
                .arg(row.label())
                .arg(metricEpsg)
                .arg(errors.describe());
        row.drawnLengthM = line->get_Length();
    }
    return {};
}

} // namespace luming
