// A generated road layer for the identify / table / layer-search tests (issue 11 points 3 and 4): kRoads
// north–south lines in Jinan written with GDAL, road i at lon 117.06 + i/1000 (about 89 m apart at
// 36.7°N; east of where the viewer tests' stand-in notice roads lie) from 36.70 to 36.706, named 测试i路,
// lanes = i % 4 + 1, width = 10.5 + i. Tests that include it link
// luming_gdal and GDAL::GDAL.
#pragma once

#include "gdal/cpl_error_collector_p.h"
#include "gdal/gdal_dataset_p.h"

#include <QPointF>
#include <QString>

namespace luming::test {

constexpr int kRoads = 40;

// Road i's point at fraction t (0: south end, 1: north end), lon/lat.
inline QPointF roadPoint(int i, double t) {
    return {117.06 + i * 0.001, 36.70 + t * 0.006};
}

inline QString roadName(int i) {
    return QStringLiteral("测试%1路").arg(i);
}

// Writes the layer "roads" with `driver`; `dropFid` ≥ 0 deletes that feature afterwards (a gap in the FIDs).
inline bool writeRoadLayer(const QString& driver, const QString& path, qint64 dropFid = -1) {
    gdal::CplErrorCollector errors;
    gdal::DatasetPtr ds = gdal::createVector(driver, path);
    auto srs = gdal::epsgTraditional(4490);
    if (!ds || !srs)
        return false;
    // A shapefile's default is LDID 87 (Latin-1), which cannot hold the names: UTF-8 with a .cpg.
    CPLStringList options;
    if (driver == QLatin1String("ESRI Shapefile"))
        options.SetNameValue("ENCODING", "UTF-8");
    OGRLayer* layer = ds->CreateLayer("roads", &*srs, wkbLineString, options.List());
    if (!layer)
        return false;
    OGRFieldDefn name("name", OFTString);
    OGRFieldDefn lanes("lanes", OFTInteger);
    OGRFieldDefn width("width", OFTReal);
    if (layer->CreateField(&name) != OGRERR_NONE || layer->CreateField(&lanes) != OGRERR_NONE ||
        layer->CreateField(&width) != OGRERR_NONE)
        return false;
    for (int i = 0; i < kRoads; ++i) {
        const gdal::FeaturePtr f(OGRFeature::CreateFeature(layer->GetLayerDefn()));
        f->SetField("name", roadName(i).toUtf8().constData());
        f->SetField("lanes", i % 4 + 1);
        f->SetField("width", 10.5 + i);
        OGRLineString line;
        for (int j = 0; j < 4; ++j)
            line.addPoint(roadPoint(i, j / 3.0).x(), roadPoint(i, j / 3.0).y());
        if (f->SetGeometry(&line) != OGRERR_NONE || layer->CreateFeature(f.get()) != OGRERR_NONE)
            return false;
    }
    if (dropFid >= 0 && layer->DeleteFeature(dropFid) != OGRERR_NONE)
        return false;
    return gdal::closeAndCheck(ds) && !errors.hasFailure();
}

// A lon/lat point in metres of a CGCS2000 3° Gauss–Krüger zone (EPSG:4548 is 117°E, Jinan's).
inline QPointF toZoneMetres(QPointF lonLat, int epsg = 4548) {
    const auto from = gdal::epsgTraditional(4490);
    const auto to = gdal::epsgTraditional(epsg);
    if (!from || !to)
        return {qQNaN(), qQNaN()};
    const gdal::CoordinateTransformationPtr ct = gdal::transformation(*from, *to);
    double x = lonLat.x(), y = lonLat.y();
    if (!ct || !ct->Transform(1, &x, &y))
        return {qQNaN(), qQNaN()};
    return {x, y};
}

} // namespace luming::test
