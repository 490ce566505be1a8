// A generated road layer for the view-first tests: an n × n grid of short east–west lines around Jinan
// (lon/lat, EPSG:4490), 0.001° apart (about 90 × 110 m), written with GDAL in row order (the file's
// order runs south to north), each named 网格<i>路.
#pragma once

#include "gdal/cpl_error_collector_p.h"
#include "gdal/gdal_dataset_p.h"

#include <QPointF>
#include <QStringList>

namespace luming::test {

inline QPointF gridStart(int i, int n) {
    return {117.0 + (i % n) * 0.001, 36.6 + (i / n) * 0.001};
}

// driver: a GDAL driver name ("GPKG", "ESRI Shapefile", "GeoJSON"); layerOptions: e.g. SPATIAL_INDEX=NO.
inline bool writeGridLayer(const QString& driver, const QString& path, int n,
                           const QStringList& layerOptions = {}) {
    gdal::CplErrorCollector errors;
    gdal::DatasetPtr ds = gdal::createVector(driver, path);
    std::optional<OGRSpatialReference> srs = gdal::epsgTraditional(4490);
    if (!ds || !srs)
        return false;
    CPLStringList options = gdal::toCpl(layerOptions);
    OGRLayer* layer = ds->CreateLayer("roads", &*srs, wkbLineString, options.List());
    OGRFieldDefn name("name", OFTString);
    if (!layer || layer->CreateField(&name) != OGRERR_NONE || layer->StartTransaction() != OGRERR_NONE)
        return false;
    for (int i = 0; i < n * n; ++i) {
        gdal::FeaturePtr f(OGRFeature::CreateFeature(layer->GetLayerDefn()));
        f->SetField("name", QStringLiteral("网格%1路").arg(i).toUtf8().constData());
        const QPointF p = gridStart(i, n);
        OGRLineString line;
        line.addPoint(p.x(), p.y());
        line.addPoint(p.x() + 0.0008, p.y());
        if (f->SetGeometry(&line) != OGRERR_NONE || layer->CreateFeature(f.get()) != OGRERR_NONE)
            return false;
    }
    return layer->CommitTransaction() == OGRERR_NONE && gdal::closeAndCheck(ds) && !errors.hasFailure();
}

} // namespace luming::test
