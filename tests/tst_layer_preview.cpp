// ctest-label: unit
// links: luming_render luming_crs luming_core luming_gdal GDAL::GDAL
// The view first (issue 11 point 2): a preview read through the file's own spatial index holds the
// window's features only, at most the budget; the whole read that follows yields the same layer as a
// plain load; a cancel after the preview keeps the preview and says so; a layer without an index (a
// GeoJSON, a shapefile without .qix) gets no preview and a warning. Fixtures: grid_layer.h.
#include "grid_layer.h"
#include "render/layer_loader.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace luming;
using luming::test::writeGridLayer;

namespace {

// The south-west corner's lines (lon/lat) as a window in EPSG:4548's metres.
QRectF metresOf(const QRectF& lonLat) {
    const auto from = gdal::epsgTraditional(4490);
    const auto to = gdal::epsgTraditional(4548);
    const gdal::CoordinateTransformationPtr ct = gdal::transformation(*from, *to);
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    if (!ct || !ct->TransformBounds(lonLat.left(), lonLat.top(), lonLat.right(), lonLat.bottom(), &x0, &y0,
                                    &x1, &y1, 21))
        return {};
    return QRectF(QPointF(x0, y0), QPointF(x1, y1));
}

LayerLoadOptions optionsFor(const QString& path, const QRectF& windowM, std::int64_t budget) {
    LayerLoadOptions o(path);
    o.targetEpsg = 4548;
    o.previewWindow = windowM;
    o.previewBudget = budget;
    return o;
}

constexpr int kGrid = 100; // 10,000 lines

} // namespace

class TstLayerPreview : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void previewHoldsTheWindow_data();
    void previewHoldsTheWindow();
    void viewFirstEndsAsAWholeLoad_data();
    void viewFirstEndsAsAWholeLoad();
    void cancelAfterPreviewKeepsIt();
    void noSpatialIndexNoPreview_data();
    void noSpatialIndexNoPreview();

private:
    QTemporaryDir dir_;
    QString gpkg_;
};

void TstLayerPreview::initTestCase() {
    QVERIFY(dir_.isValid());
    gpkg_ = dir_.filePath(QStringLiteral("grid.gpkg"));
    QVERIFY(writeGridLayer(QStringLiteral("GPKG"), gpkg_, kGrid));
}

void TstLayerPreview::previewHoldsTheWindow_data() {
    QTest::addColumn<QRectF>("windowLonLat"); // empty: the whole layer
    QTest::addColumn<qint64>("budget");
    QTest::addColumn<qint64>("expected"); // features in the preview
    // 1 km padding around the window: lines within ~0.011° of lon and ~0.009° of lat come along.
    QTest::newRow("south-west corner, under budget")
        << QRectF(117.0, 36.6, 0.005, 0.005) << qint64(40000) << qint64(-1);
    QTest::newRow("south-west corner, over budget")
        << QRectF(117.0, 36.6, 0.005, 0.005) << qint64(20) << qint64(20);
    QTest::newRow("whole layer, budget 500") << QRectF() << qint64(500) << qint64(500);
    QTest::newRow("whole layer, budget above its size") << QRectF() << qint64(40000) << qint64(kGrid * kGrid);
}

void TstLayerPreview::previewHoldsTheWindow() {
    QFETCH(QRectF, windowLonLat);
    QFETCH(qint64, budget);
    QFETCH(qint64, expected);
    const QRectF windowM = windowLonLat.isEmpty() ? QRectF() : metresOf(windowLonLat);
    QVERIFY(windowLonLat.isEmpty() || !windowM.isEmpty());
    const LayerLoadResult r = loadVectorPreview(optionsFor(gpkg_, windowM, budget));
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QVERIFY(r.preview);
    QCOMPARE(r.layers.size(), 1);
    QCOMPARE(r.reports.size(), 1);
    const LayerReadReport& report = r.reports.first();
    QVERIFY(report.preview);
    QVERIFY(!report.complete());
    QCOMPARE(report.featuresInLayer, qint64(kGrid * kGrid));
    const SceneLayer& layer = *r.layers.first();
    QCOMPARE(layer.featureCount(), report.featuresRead);
    if (expected >= 0) {
        QCOMPARE(layer.featureCount(), expected);
    } else { // every line the padded window touches, and none beyond it
        QVERIFY(layer.featureCount() > 0);
        QVERIFY(layer.featureCount() < kGrid * kGrid / 4);
        const QRectF padded = windowM.adjusted(-1001, -1001, 1001, 1001);
        for (std::int64_t f = 0; f < layer.featureCount(); ++f)
            QVERIFY2(padded.intersects(layer.bounds(f)), qPrintable(layer.label(f)));
    }
    QVERIFY2(report.summary().contains(QStringLiteral("of 10000 features read so far (the view first)")),
             qPrintable(report.summary()));
}

void TstLayerPreview::viewFirstEndsAsAWholeLoad_data() {
    QTest::addColumn<QRectF>("windowLonLat");
    QTest::newRow("window in the south-west") << QRectF(117.0, 36.6, 0.005, 0.005);
    QTest::newRow("no window") << QRectF();
}

void TstLayerPreview::viewFirstEndsAsAWholeLoad() {
    QFETCH(QRectF, windowLonLat);
    const LayerLoadOptions options =
        optionsFor(gpkg_, windowLonLat.isEmpty() ? QRectF() : metresOf(windowLonLat), 300);
    const LayerLoadResult whole = loadVectorLayers(options);
    QVERIFY2(whole.ok(), qPrintable(whole.error));

    LayerLoader loader;
    QSignalSpy previews(&loader, &LayerLoader::previewReady);
    QSignalSpy finished(&loader, &LayerLoader::finished);
    QVERIFY(loader.start(options, LoadOrder::ViewFirst));
    QVERIFY(finished.wait(30000));
    QCOMPARE(previews.count(), 1);
    const auto preview = previews.first().first().value<LayerLoadResult>();
    const std::int64_t shown = preview.layers.first()->featureCount(); // the window's, at most 300
    QVERIFY2(shown > 0 && shown <= 300, qPrintable(QString::number(shown)));
    const auto result = finished.first().first().value<LayerLoadResult>();
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(!result.preview);
    QCOMPARE(result.layers.size(), 1);
    const SceneLayer& full = *result.layers.first();
    QVERIFY(full.id() != preview.layers.first()->id()); // a new immutable layer, swapped in whole
    QCOMPARE(full.featureCount(), whole.layers.first()->featureCount());
    QCOMPARE(full.featureCount(), kGrid * kGrid);
    QCOMPARE(full.extent(), whole.layers.first()->extent());
    QVERIFY(result.reports.first().complete());
    QCOMPARE(result.reports.first().summary(), QStringLiteral("10000 of 10000 features read"));
}

void TstLayerPreview::cancelAfterPreviewKeepsIt() {
    // Big enough that the whole read is still running when the preview's signal arrives (it polls
    // cancel every 4096 features).
    const QString big = dir_.filePath(QStringLiteral("big.gpkg"));
    QVERIFY(writeGridLayer(QStringLiteral("GPKG"), big, 300));
    LayerLoader loader;
    QSignalSpy finished(&loader, &LayerLoader::finished);
    connect(&loader, &LayerLoader::previewReady, &loader, &LayerLoader::cancel);
    QVERIFY(loader.start(optionsFor(big, {}, 1000), LoadOrder::ViewFirst));
    QVERIFY(finished.wait(30000));
    const auto result = finished.first().first().value<LayerLoadResult>();
    QVERIFY(result.cancelled);
    QVERIFY(!result.ok());
    QCOMPARE(result.layers.size(), 1);
    QCOMPARE(result.layers.first()->featureCount(), 1000);
    const LayerReadReport& report = result.reports.first();
    QVERIFY(report.cancelled);
    QVERIFY(!report.complete());
    QCOMPARE(report.summary(), QStringLiteral("1000 of 90000 features read, cancelled"));
}

void TstLayerPreview::noSpatialIndexNoPreview_data() {
    QTest::addColumn<QString>("driver");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("layerOptions");
    QTest::addColumn<bool>("indexed");
    QTest::newRow("GeoJSON") << QStringLiteral("GeoJSON") << QStringLiteral("grid.geojson") << QStringList()
                             << false;
    QTest::newRow("shapefile without .qix")
        << QStringLiteral("ESRI Shapefile") << QStringLiteral("plain.shp") << QStringList() << false;
    QTest::newRow("shapefile with .qix") << QStringLiteral("ESRI Shapefile") << QStringLiteral("indexed.shp")
                                         << QStringList{QStringLiteral("SPATIAL_INDEX=YES")} << true;
    QTest::newRow("GeoPackage without R-tree") << QStringLiteral("GPKG") << QStringLiteral("nortree.gpkg")
                                               << QStringList{QStringLiteral("SPATIAL_INDEX=NO")} << false;
}

void TstLayerPreview::noSpatialIndexNoPreview() {
    QFETCH(QString, driver);
    QFETCH(QString, file);
    QFETCH(QStringList, layerOptions);
    QFETCH(bool, indexed);
    const QString path = dir_.filePath(file);
    QVERIFY(writeGridLayer(driver, path, 30, layerOptions));
    const LayerLoadOptions options = optionsFor(path, metresOf(QRectF(117.0, 36.6, 0.005, 0.005)), 40000);

    const LayerLoadResult preview = loadVectorPreview(options);
    QVERIFY2(preview.error.isEmpty(), qPrintable(preview.error));
    QCOMPARE(preview.layers.size(), indexed ? 1 : 0);
    QCOMPARE(preview.warnings.join(QLatin1Char('\n'))
                 .contains(QStringLiteral("no spatial index; drawn once "
                                          "read whole")),
             !indexed);

    LayerLoader loader; // falls back to the whole read: the layer arrives whole all the same
    QSignalSpy previews(&loader, &LayerLoader::previewReady);
    QSignalSpy finished(&loader, &LayerLoader::finished);
    QVERIFY(loader.start(options, LoadOrder::ViewFirst));
    QVERIFY(finished.wait(30000));
    QCOMPARE(previews.count(), indexed ? 1 : 0);
    const auto result = finished.first().first().value<LayerLoadResult>();
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.layers.first()->featureCount(), 900);
    QCOMPARE(result.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("no spatial index")), !indexed);
}

QTEST_GUILESS_MAIN(TstLayerPreview)
#include "tst_layer_preview.moc"
