// ctest-label: unit
// links: luming_layertable luming_render luming_crs luming_core luming_gdal GDAL::GDAL
// Identify and tabulate any layer (issue 11 point 3): rows map to FIDs without reading the layer
// (contiguous FIDs by arithmetic, others listed once), a feature's values come back typed by FID, and a
// click at a known point on a generated layer finds the right feature through the layer's spatial index
// and its FID reads back the right attributes. Fixtures are written at test time with GDAL.
#include "gdal/cpl_error_collector_p.h"
#include "gdal/gdal_dataset_p.h"
#include "layertable/layer_attribute_reader.h"
#include "render/hit_test.h"
#include "render/vector_file_reader.h"

#include <QTemporaryDir>
#include <QTest>

using namespace luming;

namespace {

constexpr int kRoads = 40;

// Road i: a north–south line at lon 117 + i/1000 (about 89 m apart at 36.66°N), from 36.66 to 36.666.
QString roadName(int i) {
    return QStringLiteral("测试%1路").arg(i);
}

// Writes kRoads roads (name, lanes = i % 4 + 1, width = 10.5 + i) in lon/lat; `dropFid` ≥ 0 deletes
// that feature afterwards (a gap in the FIDs).
bool writeRoads(const QString& driver, const QString& path, qint64 dropFid = -1) {
    gdal::CplErrorCollector errors;
    gdal::DatasetPtr ds = gdal::createVector(driver, path);
    auto srs = gdal::epsgTraditional(4490);
    if (!ds || !srs)
        return false;
    OGRLayer* layer = ds->CreateLayer("roads", &*srs, wkbLineString, nullptr);
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
            line.addPoint(117.0 + i * 0.001, 36.66 + j * 0.002);
        if (f->SetGeometry(&line) != OGRERR_NONE || layer->CreateFeature(f.get()) != OGRERR_NONE)
            return false;
    }
    if (dropFid >= 0 && layer->DeleteFeature(dropFid) != OGRERR_NONE)
        return false;
    return gdal::closeAndCheck(ds) && !errors.hasFailure();
}

// A lon/lat point in the map's metres (EPSG:4548, the 3° zone of 117°E the loader picks for Jinan).
QPointF toMetres(QPointF lonLat) {
    const auto from = gdal::epsgTraditional(4490);
    const auto to = gdal::epsgTraditional(4548);
    const gdal::CoordinateTransformationPtr ct = gdal::transformation(*from, *to);
    double x = lonLat.x(), y = lonLat.y();
    if (!ct || !ct->Transform(1, &x, &y))
        return {qQNaN(), qQNaN()};
    return {x, y};
}

} // namespace

class TestLayerAttributeReader : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        QVERIFY(writeRoads(QStringLiteral("GPKG"), path("roads.gpkg")));
        QVERIFY(writeRoads(QStringLiteral("GPKG"), path("gap.gpkg"), 5));
        QVERIFY(writeRoads(QStringLiteral("ESRI Shapefile"), path("roads.shp")));
        QVERIFY(writeRoads(QStringLiteral("GeoJSON"), path("roads.geojson")));
    }

    void rowsAndFids_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<qint64>("rows");
        QTest::addColumn<qint64>("firstFid");
        QTest::addColumn<qint64>("row10Fid"); // row 10's FID
        QTest::addColumn<int>("row10Road");   // the road it holds
        QTest::newRow("GeoPackage, FIDs 1…40 by arithmetic")
            << "roads.gpkg" << qint64(40) << qint64(1) << qint64(11) << 10;
        QTest::newRow("GeoPackage with FID 5 deleted, FIDs listed")
            << "gap.gpkg" << qint64(39) << qint64(1) << qint64(12) << 11;
        QTest::newRow("shapefile, records 0…39")
            << "roads.shp" << qint64(40) << qint64(0) << qint64(10) << 10;
        QTest::newRow("GeoJSON, FIDs 0…39") << "roads.geojson" << qint64(40) << qint64(0) << qint64(10) << 10;
    }
    void rowsAndFids() {
        QFETCH(QString, file);
        QFETCH(qint64, rows);
        QFETCH(qint64, firstFid);
        QFETCH(qint64, row10Fid);
        QFETCH(int, row10Road);
        const auto reader = LayerAttributeReader::open(path(file));
        QVERIFY2(reader.ok(), qPrintable(reader.errorString()));
        QCOMPARE(reader->fieldNames(), (QStringList{"name", "lanes", "width"}));
        QVERIFY(!reader->isNumeric(0));
        QVERIFY(reader->isNumeric(1));
        QVERIFY(reader->isNumeric(2));
        QCOMPARE(reader->rowCount(), rows);
        QCOMPARE(reader->fidOfRow(0), firstFid);
        QCOMPARE(reader->fidOfRow(10), row10Fid);
        QCOMPARE(reader->rowOfFid(row10Fid), qint64(10));
        QCOMPARE(reader->fidOfRow(rows), qint64(-1));
        const QList<FeatureValues> page = reader->rows(9, 3);
        QCOMPARE(page.size(), 3);
        QCOMPARE(page[1].fid, row10Fid);
        QCOMPARE(page[1].values.value(0).toString(), roadName(row10Road));
        QCOMPARE(page[1].values.value(1).toLongLong(), qlonglong(row10Road % 4 + 1));
        QCOMPARE(page[1].values.value(2).toDouble(), 10.5 + row10Road);
        QCOMPARE(reader->rows(rows - 2, 10).size(), 2); // clipped to the layer
        QVERIFY(!reader->feature(100000).has_value());
    }

    void gapHasNoRow() {
        const auto reader = LayerAttributeReader::open(path("gap.gpkg"));
        QVERIFY(reader.ok());
        QCOMPARE(reader->rowOfFid(5), qint64(-1));
        QCOMPARE(reader->rowOfFid(6), qint64(4));
    }

    // A click on the map: the nearest line within 4 px through the spatial index, and its FID's values.
    void identify_data() {
        QTest::addColumn<QPointF>("lonLat");
        QTest::addColumn<QPointF>("offsetPx");
        QTest::addColumn<int>("road"); // -1: nothing hit
        QTest::newRow("road 0, on the line") << QPointF(117.0, 36.663) << QPointF(0, 0) << 0;
        QTest::newRow("road 23, 3 px east of the line") << QPointF(117.023, 36.662) << QPointF(3, 0) << 23;
        QTest::newRow("road 39, 2 px west, near its end")
            << QPointF(117.039, 36.6659) << QPointF(-2, 0) << 39;
        QTest::newRow("between roads 10 and 11 (44 m from each)")
            << QPointF(117.0105, 36.663) << QPointF(0, 0) << -1;
        QTest::newRow("north of road 5's end (10 px)") << QPointF(117.005, 36.666) << QPointF(0, -10) << -1;
    }
    void identify() {
        QFETCH(QPointF, lonLat);
        QFETCH(QPointF, offsetPx);
        QFETCH(int, road);
        const LayerLoadResult loaded = loadVectorLayers(LayerLoadOptions(path("roads.gpkg")));
        QVERIFY2(loaded.ok() && loaded.layers.size() == 1, qPrintable(loaded.error));
        const SceneLayer& layer = *loaded.layers.first();
        // 1 m per pixel: 4 px of reach is 4 m, the roads are ~89 m apart.
        const MapViewport viewport(toMetres(lonLat), 1.0, QSize(400, 300));
        const std::int64_t hit = featureAt(layer, viewport, QPointF(200, 150) + offsetPx);
        if (road < 0) {
            QCOMPARE(hit, std::int64_t(-1));
            return;
        }
        QVERIFY(hit >= 0);
        const qint64 fid = layer.sourceFid(hit);
        QCOMPARE(fid, qint64(road + 1)); // GeoPackage FIDs start at 1
        const auto reader = LayerAttributeReader::open(path("roads.gpkg"), QStringLiteral("roads"));
        QVERIFY2(reader.ok(), qPrintable(reader.errorString()));
        const auto values = reader->feature(fid);
        QVERIFY(values.has_value());
        QCOMPARE(values->values.value(0).toString(), roadName(road));
    }

private:
    QString path(const QString& name) const { return dir_.filePath(name); }
    QString path(const char* name) const { return path(QString::fromLatin1(name)); }

    QTemporaryDir dir_;
};

QTEST_GUILESS_MAIN(TestLayerAttributeReader)
#include "tst_layer_attribute_reader.moc"
