// ctest-label: unit
// links: luming_render luming_crs luming_core
// Extra layers through GDAL: a GeoJSON (EPSG:4326) with every geometry kind lands in EPSG:4548 where
// PROJ puts it, with its labels; files without a CRS, unreadable files, the async loader and cancel.
#include "crs/crs_codes.h"
#include "crs/crs_transformer.h"
#include "region_support.h"
#include "render/layer_loader.h"

#include <QCoreApplication>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace luming;

namespace {

bool writeFile(const QString& path, const QByteArray& data) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

// Five features: a line, a multi-line, a polygon with a hole, a point and one without geometry.
const char* kGeoJson = R"({"type": "FeatureCollection", "features": [
 {"type": "Feature", "properties": {"name": "测试路"},
  "geometry": {"type": "LineString", "coordinates": [[117.0, 36.66], [117.01, 36.66]]}},
 {"type": "Feature", "properties": {"name": "两段路"},
  "geometry": {"type": "MultiLineString", "coordinates": [[[117.0, 36.67], [117.01, 36.67]],
                                                          [[117.02, 36.67], [117.03, 36.67]]]}},
 {"type": "Feature", "properties": {"name": "公园"},
  "geometry": {"type": "Polygon", "coordinates": [[[117.0, 36.6], [117.1, 36.6], [117.1, 36.7], [117.0, 36.7], [117.0, 36.6]],
                                                  [[117.04, 36.64], [117.06, 36.64], [117.06, 36.66], [117.04, 36.64]]]}},
 {"type": "Feature", "properties": {"name": "泉城广场"},
  "geometry": {"type": "Point", "coordinates": [117.02, 36.665]}},
 {"type": "Feature", "properties": {"name": "无几何"}, "geometry": null}
]})";

QPointF expectedMetres(QPointF lonLat) {
    static const auto t = CrsTransformer::create(crs::wgs84Geographic(), test::jinanZoneCrs());
    return t->forward(lonLat);
}

QByteArray manyLines(int count) {
    QByteArray json = R"({"type": "FeatureCollection", "features": [)";
    for (int i = 0; i < count; ++i) {
        if (i)
            json += ',';
        const double lat = 36.6 + i * 1e-5;
        json +=
            QStringLiteral(
                R"({"type": "Feature", "properties": {"name": "路%1"}, "geometry": {"type": "LineString", "coordinates": [[117.0, %2], [117.01, %2]]}})")
                .arg(i)
                .arg(lat, 0, 'f', 6)
                .toUtf8();
    }
    return json + "]}";
}

} // namespace

class TstLayerLoader : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void geoJsonEveryKind();
    void labelFieldChoice();
    void fileWithoutCrsAssumesLonLat();
    void unreadableFileNamesIt_data();
    void unreadableFileNamesIt();
    void asyncLoaderReportsOnce();
    void cancelStopsLoading();

private:
    QTemporaryDir dir_;
    QString geoJson_;
};

void TstLayerLoader::initTestCase() {
    QVERIFY(dir_.isValid());
    geoJson_ = dir_.filePath(QStringLiteral("kinds.geojson"));
    QVERIFY(writeFile(geoJson_, kGeoJson));
}

void TstLayerLoader::geoJsonEveryKind() {
    std::vector<double> progress;
    Feedback feedback([&](double percent) { progress.push_back(percent); });
    const LayerLoadResult r = loadVectorLayers(LayerLoadOptions{geoJson_, {}, {}, {}}, &feedback);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.layers.size(), 1);
    QCOMPARE(r.featuresRead, 4);
    QCOMPARE(r.featuresSkipped, 1); // the feature without geometry
    QVERIFY(!progress.empty() && progress.back() == 100.0);
    QVERIFY(std::is_sorted(progress.begin(), progress.end()));
    QCOMPARE(feedback.warnings(), r.warnings); // messages collected in the feedback too
    const SceneLayer& layer = *r.layers.first();
    QCOMPARE(layer.featureCount(), 4);
    QCOMPARE(layer.sourcePath(), geoJson_);
    // Features in file order (the layer keeps them in spatial order).
    const std::int64_t line = layer.featureOf(0), multi = layer.featureOf(1), area = layer.featureOf(2),
                       point = layer.featureOf(3);
    QCOMPARE(layer.kind(line), FeatureKind::Line);
    QCOMPARE(layer.kind(multi), FeatureKind::Line);
    QCOMPARE(layer.kind(area), FeatureKind::Polygon);
    QCOMPARE(layer.kind(point), FeatureKind::Point);
    QCOMPARE(layer.endPart(multi) - layer.firstPart(multi), 2u); // two parts of the multi-line
    QCOMPARE(layer.endPart(area) - layer.firstPart(area), 2u);   // outer ring and hole
    QCOMPARE(layer.label(line), QStringLiteral("测试路"));
    QCOMPARE(layer.label(point), QStringLiteral("泉城广场"));
    // Vertices where PROJ puts them (EPSG:4326 → 4548), within 1 cm (float offsets from the origin).
    const auto vertices = layer.partPoints(0, layer.firstPart(line));
    QCOMPARE(vertices.size(), std::size_t(2));
    const QPointF e0 = expectedMetres(QPointF(117.0, 36.66)), e1 = expectedMetres(QPointF(117.01, 36.66));
    QVERIFY2(std::abs(vertices[0].x() - e0.x()) < 0.01 && std::abs(vertices[0].y() - e0.y()) < 0.01,
             qPrintable(QStringLiteral("%1 %2 vs %3 %4")
                            .arg(vertices[0].x(), 0, 'f', 3)
                            .arg(vertices[0].y(), 0, 'f', 3)
                            .arg(e0.x(), 0, 'f', 3)
                            .arg(e0.y(), 0, 'f', 3)));
    QVERIFY(std::abs(vertices[1].x() - e1.x()) < 0.01 && std::abs(vertices[1].y() - e1.y()) < 0.01);
    QVERIFY(std::abs(vertices[0].x() - 500000) < 1); // 117E is the central meridian
}

void TstLayerLoader::labelFieldChoice() {
    LayerLoadOptions noLabels{geoJson_, {}, QStringLiteral("-"), {}};
    LayerLoadResult r = loadVectorLayers(noLabels);
    QVERIFY(r.ok());
    QVERIFY(!r.layers.first()->hasLabels());
    LayerLoadOptions missing{geoJson_, {}, QStringLiteral("名字"), {}};
    r = loadVectorLayers(missing);
    QVERIFY(r.ok());
    QVERIFY(!r.layers.first()->hasLabels());
    QVERIFY2(r.warnings.join(' ').contains(QStringLiteral("名字")), qPrintable(r.warnings.join('\n')));
}

void TstLayerLoader::fileWithoutCrsAssumesLonLat() {
    const QString csv = dir_.filePath(QStringLiteral("nocrs.csv"));
    QVERIFY(writeFile(csv, "WKT,name\n\"LINESTRING (117.0 36.66, 117.01 36.66)\",经十路\n"));
    const LayerLoadResult r = loadVectorLayers(LayerLoadOptions{csv, {}, {}, {}});
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY2(r.warnings.join(' ').contains(QStringLiteral("assumed EPSG:4490")),
             qPrintable(r.warnings.join('\n')));
    const auto line = r.layers.first()->partPoints(0, 0);
    QVERIFY(std::abs(line[0].x() - 500000) < 1);
    QCOMPARE(r.layers.first()->label(0), QStringLiteral("经十路"));
}

void TstLayerLoader::unreadableFileNamesIt_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("layerName");
    QTest::newRow("missing file") << QStringLiteral("missing.gpkg") << QByteArray() << QString();
    QTest::newRow("text that is no vector format")
        << QStringLiteral("notes.bin") << QByteArray("\x01\x02 not GIS") << QString();
    QTest::newRow("layer name that is not there")
        << QStringLiteral("kinds2.geojson") << QByteArray(kGeoJson) << QStringLiteral("nope");
}

void TstLayerLoader::unreadableFileNamesIt() {
    QFETCH(QString, file);
    QFETCH(QByteArray, content);
    QFETCH(QString, layerName);
    const QString path = dir_.filePath(file);
    if (!content.isEmpty())
        QVERIFY(writeFile(path, content));
    const LayerLoadResult r = loadVectorLayers(LayerLoadOptions{path, layerName, {}, {}});
    QVERIFY(!r.ok());
    QVERIFY(r.layers.isEmpty());
    QVERIFY2(r.error.contains(path), qPrintable(r.error));
}

void TstLayerLoader::asyncLoaderReportsOnce() {
    LayerLoader loader;
    QSignalSpy finished(&loader, &LayerLoader::finished);
    QSignalSpy progress(&loader, &LayerLoader::progressChanged);
    QVERIFY(loader.start(LayerLoadOptions{geoJson_, {}, {}, {}}));
    QVERIFY(!loader.start(LayerLoadOptions{geoJson_, {}, {}, {}})); // one at a time
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.count(), 1);
    const auto result = finished.first().first().value<LayerLoadResult>();
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.layers.first()->featureCount(), 4);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().first().toInt(), 100);
    QVERIFY(!loader.isRunning());
    QVERIFY(loader.start(LayerLoadOptions{geoJson_, {}, {}, {}})); // and again afterwards
    QVERIFY(finished.wait(20000));
}

void TstLayerLoader::cancelStopsLoading() {
    const QString big = dir_.filePath(QStringLiteral("many.geojson"));
    QVERIFY(writeFile(big, manyLines(20000)));
    Feedback cancelled;
    cancelled.cancel();
    LayerLoadResult r = loadVectorLayers(LayerLoadOptions{big, {}, {}, {}}, &cancelled);
    QVERIFY(r.cancelled);
    QVERIFY(r.layers.isEmpty());

    // Cancelled midway (at the first progress report, 4096 of 20,000 features): no layer is reported.
    Feedback* self = nullptr;
    Feedback midway([&](double) { self->cancel(); });
    self = &midway;
    r = loadVectorLayers(LayerLoadOptions{big, {}, {}, {}}, &midway);
    QVERIFY(r.cancelled);
    QVERIFY(r.layers.isEmpty());
    QVERIFY(midway.progress() > 0 && midway.progress() < 100);

    // The async loader: cancel right after start; the worker notices within 4096 features of 20,000.
    LayerLoader loader;
    QSignalSpy finished(&loader, &LayerLoader::finished);
    QVERIFY(loader.start(LayerLoadOptions{big, {}, {}, {}}));
    loader.cancel();
    QVERIFY(finished.wait(20000));
    QVERIFY(finished.first().first().value<LayerLoadResult>().cancelled);

    // Destroying a running loader cancels and joins it (no crash, no late signal).
    auto running = std::make_unique<LayerLoader>();
    QVERIFY(running->start(LayerLoadOptions{big, {}, {}, {}}));
    running.reset();
}

QTEST_GUILESS_MAIN(TstLayerLoader)
#include "tst_layer_loader.moc"
