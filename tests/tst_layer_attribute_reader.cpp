// ctest-label: unit
// links: luming_layertable luming_render luming_crs luming_core luming_gdal GDAL::GDAL
// Identify and tabulate any layer (issue 11 point 3): rows map to FIDs without reading the layer
// (contiguous FIDs by arithmetic, others listed once), a feature's values come back typed by FID, and a
// click at a known point on a generated layer finds the right feature through the layer's spatial index
// and its FID reads back the right attributes. Fixtures are written at test time with GDAL.
#include "layertable/layer_attribute_reader.h"
#include "render/hit_test.h"
#include "render/vector_file_reader.h"
#include "road_layer_fixture.h"

#include <QTemporaryDir>
#include <QTest>

using namespace luming;

using luming::test::roadName;
using luming::test::writeRoadLayer;

class TestLayerAttributeReader : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        QVERIFY(writeRoadLayer(QStringLiteral("GPKG"), path("roads.gpkg")));
        QVERIFY(writeRoadLayer(QStringLiteral("GPKG"), path("gap.gpkg"), 5));
        QVERIFY(writeRoadLayer(QStringLiteral("ESRI Shapefile"), path("roads.shp")));
        QVERIFY(writeRoadLayer(QStringLiteral("GeoJSON"), path("roads.geojson")));
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

    // Sort and filter (issue 11 point 3): in the file's SQL for a GeoPackage, in one pass for the others;
    // the same rows either way. Road i: name 测试i路, lanes i % 4 + 1, width 10.5 + i (gap.gpkg lacks road
    // 4).
    void order_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("field");
        QTest::addColumn<bool>("descending");
        QTest::addColumn<QString>("filter");
        QTest::addColumn<qint64>("rows");
        QTest::addColumn<QList<int>>("firstRoads");
        QTest::addColumn<bool>("sql");
        for (const char* file : {"roads.gpkg", "roads.shp", "roads.geojson"}) {
            const bool sql = QByteArray(file).endsWith("gpkg");
            const QByteArray f(file);
            QTest::newRow(f + ": width descending")
                << file << 2 << true << "" << qint64(40) << QList<int>{39, 38, 37} << sql;
            QTest::newRow(f + ": lanes ascending, ties in FID order")
                << file << 1 << false << "" << qint64(40) << QList<int>{0, 4, 8} << sql;
            QTest::newRow(f + ": filter 测试1 in FID order")
                << file << -1 << false << "测试1" << qint64(11) << QList<int>{1, 10, 11} << sql;
            QTest::newRow(f + ": filter 3路, names descending")
                << file << 0 << true << "3路" << qint64(4) << QList<int>{3, 33, 23} << sql;
            QTest::newRow(f + ": filter on a number's text 20.5")
                << file << -1 << false << "20.5" << qint64(1) << QList<int>{10} << sql;
            QTest::newRow(f + ": % and _ are text, not wildcards")
                << file << 0 << false << "%_" << qint64(0) << QList<int>{} << sql;
            QTest::newRow(f + ": a quote is text")
                << file << 0 << false << "'" << qint64(0) << QList<int>{} << sql;
        }
        QTest::newRow("gap.gpkg: lanes ascending without road 4")
            << "gap.gpkg" << 1 << false << "" << qint64(39) << QList<int>{0, 8, 12} << true;
    }
    void order() {
        QFETCH(QString, file);
        QFETCH(int, field);
        QFETCH(bool, descending);
        QFETCH(QString, filter);
        QFETCH(qint64, rows);
        QFETCH(QList<int>, firstRoads);
        QFETCH(bool, sql);
        auto reader = LayerAttributeReader::open(path(file));
        QVERIFY2(reader.ok(), qPrintable(reader.errorString()));
        const qint64 natural = reader->rowCount();
        const RowOrder order{field, descending, filter};
        const Status set = reader->setOrder(order);
        QVERIFY2(set.ok(), qPrintable(set.errorString()));
        QCOMPARE(reader->order(), order);
        QCOMPARE(reader->sqlOrdered(), sql);
        QCOMPARE(reader->rowCount(), rows);
        const QList<FeatureValues> page = reader->rows(0, firstRoads.size());
        QStringList names;
        for (const FeatureValues& v : page)
            names << v.values.value(0).toString();
        QStringList expected;
        for (const int road : firstRoads)
            expected << roadName(road);
        QCOMPARE(names, expected);
        // The map's selection finds its row in the new order, and a feature filtered out has none.
        for (qint64 row = 0; row < rows; ++row)
            QCOMPARE(reader->rowOfFid(reader->fidOfRow(row)), row);
        QCOMPARE(reader->fidOfRow(rows), qint64(-1));
        // Back to FID order: every row again.
        QVERIFY(reader->setOrder({}).ok());
        QCOMPARE(reader->rowCount(), natural);
        QCOMPARE(reader->rows(10, 1).value(0).fid, reader->fidOfRow(10));
    }

    void orderByAMissingField() {
        auto reader = LayerAttributeReader::open(path("roads.gpkg"));
        QVERIFY(reader.ok());
        QVERIFY(!reader->setOrder({7, false, {}}).ok());
        QCOMPARE(reader->rowCount(), qint64(40)); // unchanged
    }

    // A click on the map: the nearest line within 4 px through the spatial index, and its FID's values.
    void identify_data() {
        QTest::addColumn<QPointF>("lonLat");
        QTest::addColumn<QPointF>("offsetPx");
        QTest::addColumn<int>("road"); // -1: nothing hit
        QTest::newRow("road 0, on the line") << luming::test::roadPoint(0, 0.5) << QPointF(0, 0) << 0;
        QTest::newRow("road 23, 3 px east of the line")
            << luming::test::roadPoint(23, 0.3) << QPointF(3, 0) << 23;
        QTest::newRow("road 39, 2 px west, near its end")
            << luming::test::roadPoint(39, 0.98) << QPointF(-2, 0) << 39;
        QTest::newRow("between roads 10 and 11 (44 m from each)")
            << luming::test::roadPoint(10, 0.5) << QPointF(44, 0) << -1;
        QTest::newRow("north of road 5's end (10 px)")
            << luming::test::roadPoint(5, 1.0) << QPointF(0, -10) << -1;
    }
    void identify() {
        QFETCH(QPointF, lonLat);
        QFETCH(QPointF, offsetPx);
        QFETCH(int, road);
        const LayerLoadResult loaded = loadVectorLayers(LayerLoadOptions(path("roads.gpkg")));
        QVERIFY2(loaded.ok() && loaded.layers.size() == 1, qPrintable(loaded.error));
        const SceneLayer& layer = *loaded.layers.first();
        // 1 m per pixel: 4 px of reach is 4 m, the roads are ~89 m apart.
        const MapViewport viewport(luming::test::toZoneMetres(lonLat), 1.0, QSize(400, 300));
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
