// ctest-label: unit
// links: luming_render luming_crs luming_core
// China's web-map datums (issue 13 point 5, "GCJ-02 suspicion by region"): the forward formulas against
// the public eviltransform test vectors, their numerical inverse, the area where they apply, the words
// that tie a layer to a web map, and a lon/lat layer named after one: asked about, then shifted back.
#include "crs/web_datum.h"
#include "render/vector_file_reader.h"
#include "test_support.h"

#include <QTemporaryDir>
#include <QTest>

using namespace luming;

namespace {

// Metres between two lon/lat points (equirectangular; exact enough below 1 km).
double metresBetween(QPointF a, QPointF b) {
    constexpr double kMetresPerDegree = 111320.0;
    const double dx = (a.x() - b.x()) * kMetresPerDegree * std::cos(a.y() * M_PI / 180.0);
    const double dy = (a.y() - b.y()) * kMetresPerDegree;
    return std::hypot(dx, dy);
}

} // namespace

class TestWebDatum : public QObject {
    Q_OBJECT

private slots:
    // eviltransform's published vectors (wgs → gcj), lon/lat here.
    void gcjForward_data() {
        QTest::addColumn<QPointF>("wgs");
        QTest::addColumn<QPointF>("gcj");
        QTest::newRow("Shanghai") << QPointF(121.5272106, 31.1774276)
                                  << QPointF(121.531541859215, 31.17530398364597);
        QTest::newRow("Shenzhen") << QPointF(113.912316, 22.543847)
                                  << QPointF(113.9171764808363, 22.540796131694766);
        QTest::newRow("Beijing") << QPointF(116.377817, 39.911954)
                                 << QPointF(116.38404722455657, 39.91334545536069);
    }
    void gcjForward() {
        QFETCH(QPointF, wgs);
        QFETCH(QPointF, gcj);
        const QPointF out = toWebDatum(WebDatum::Gcj02, wgs);
        QVERIFY2(std::abs(out.x() - gcj.x()) < 1e-9 && std::abs(out.y() - gcj.y()) < 1e-9,
                 qPrintable(QStringLiteral("%1, %2").arg(out.x(), 0, 'f', 12).arg(out.y(), 0, 'f', 12)));
        // The inverse lands back within a centimetre.
        QVERIFY(metresBetween(fromWebDatum(WebDatum::Gcj02, gcj), wgs) < 0.01);
        // The offset is the few hundred metres that make such layers look misdrawn.
        const double offset = webDatumOffsetMetres(WebDatum::Gcj02, wgs);
        QVERIFY2(offset > 100 && offset < 800, qPrintable(QString::number(offset)));
    }

    // BD-09 has no exact published inverse (eviltransform's own vectors are measured points, 10–40 m
    // from any formula), so: the numerical inverse undoes the forward formula, and the shift is Baidu's
    // ~0.0065°/0.006° on top of GCJ-02's.
    void bdRoundTrip_data() {
        QTest::addColumn<QPointF>("wgs");
        QTest::newRow("Hangzhou") << QPointF(120.155, 30.274);
        QTest::newRow("Jinan") << QPointF(117.0, 36.65);
        QTest::newRow("Harbin") << QPointF(126.63, 45.75);
    }
    void bdRoundTrip() {
        QFETCH(QPointF, wgs);
        const QPointF bd = toWebDatum(WebDatum::Bd09, wgs);
        QVERIFY(metresBetween(fromWebDatum(WebDatum::Bd09, bd), wgs) < 0.01);
        const double gcjOffset = webDatumOffsetMetres(WebDatum::Gcj02, wgs);
        const double bdOffset = webDatumOffsetMetres(WebDatum::Bd09, wgs);
        QVERIFY2(bdOffset > gcjOffset && bdOffset < 1500, qPrintable(QString::number(bdOffset)));
    }

    void area_data() {
        QTest::addColumn<QPointF>("lonLat");
        QTest::addColumn<bool>("inside");
        QTest::newRow("Jinan") << QPointF(117.0, 36.65) << true;
        QTest::newRow("Urumqi") << QPointF(87.6, 43.8) << true;
        QTest::newRow("Hong Kong, Kowloon") << QPointF(114.17, 22.30) << false;
        QTest::newRow("Hong Kong, Yuen Long") << QPointF(114.03, 22.44) << false;
        QTest::newRow("Shenzhen, Nanshan (north of the border)") << QPointF(113.93, 22.53) << true;
        QTest::newRow("Shenzhen, Futian") << QPointF(114.05, 22.54) << true;
        QTest::newRow("Zhuhai, Hengqin") << QPointF(113.52, 22.12) << true;
        QTest::newRow("Macao") << QPointF(113.55, 22.19) << false;
        QTest::newRow("Taipei") << QPointF(121.56, 25.04) << false;
        QTest::newRow("Denver") << QPointF(-104.99, 39.74) << false;
    }
    void area() {
        QFETCH(QPointF, lonLat);
        QFETCH(bool, inside);
        QCOMPARE(insideWebDatumArea(lonLat.x(), lonLat.y()), inside);
        if (!inside)
            QCOMPARE(toWebDatum(WebDatum::Gcj02, lonLat), lonLat);
    }

    void hints_data() {
        QTest::addColumn<QStringList>("hints");
        QTest::addColumn<int>("datum");
        QTest::newRow("file name gcj02") << QStringList{"roads_gcj02.geojson"} << int(WebDatum::Gcj02);
        QTest::newRow("field amap_id") << QStringList{"roads", "amap_id"} << int(WebDatum::Gcj02);
        QTest::newRow("高德 in a layer name") << QStringList{"高德路网"} << int(WebDatum::Gcj02);
        QTest::newRow("Baidu field") << QStringList{"lng_bd09", "lat_bd09"} << int(WebDatum::Bd09);
        QTest::newRow("百度 description") << QStringList{"百度地图采集"} << int(WebDatum::Bd09);
        QTest::newRow("plain names") << QStringList{"roads.shp", "name", "width"} << int(WebDatum::None);
        QTest::newRow("OSM extract") << QStringList{"shandong-latest.osm.pbf", "lines", "osm_id"}
                                     << int(WebDatum::None);
    }
    void hints() {
        QFETCH(QStringList, hints);
        QFETCH(int, datum);
        QCOMPARE(int(webDatumNamedIn(hints)), datum);
    }

    // A lon/lat layer named after Amap: the reader asks (not drawn as if WGS 84 without a word); the answer
    // shifts it back by the offset the diagnosis stated.
    void layerNamedAfterWebMap() {
        QTemporaryDir dir;
        const QPointF wgsA(117.02, 36.66), wgsB(117.03, 36.66);
        const QPointF gcjA = toWebDatum(WebDatum::Gcj02, wgsA), gcjB = toWebDatum(WebDatum::Gcj02, wgsB);
        const QString path = dir.filePath(QStringLiteral("amap_roads.geojson"));
        const QString json =
            QStringLiteral(
                R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"经十路"},)"
                R"("geometry":{"type":"LineString","coordinates":[[%1,%2],[%3,%4]]}}]})")
                .arg(gcjA.x(), 0, 'f', 9)
                .arg(gcjA.y(), 0, 'f', 9)
                .arg(gcjB.x(), 0, 'f', 9)
                .arg(gcjB.y(), 0, 'f', 9);
        QVERIFY(luming::test::writeFile(path, json.toUtf8()));

        const LayerLoadResult asIs = loadVectorLayers(LayerLoadOptions{path});
        QVERIFY2(asIs.ok(), qPrintable(asIs.error));
        const CrsDiagnosis& d = asIs.reports.first().crs;
        QCOMPARE(d.problem, CrsProblem::WebDatumSuspected);
        QCOMPARE(d.webDatum, WebDatum::Gcj02);
        QVERIFY2(d.webDatumOffsetM > 100 && d.webDatumOffsetM < 800, qPrintable(d.message));
        QVERIFY(asIs.needsCrsDecision());

        LayerLoadOptions fixed{path};
        fixed.fromWebDatum = WebDatum::Gcj02;
        const LayerLoadResult shifted = loadVectorLayers(fixed);
        QVERIFY2(shifted.ok(), qPrintable(shifted.error));
        // Both are in the same metric CRS: the shift moves the layer by the stated offset, within 5%.
        const QPointF before = asIs.layers.first()->extent().center();
        const QPointF after = shifted.layers.first()->extent().center();
        const double moved = std::hypot(before.x() - after.x(), before.y() - after.y());
        QVERIFY2(std::abs(moved - d.webDatumOffsetM) < 0.05 * d.webDatumOffsetM,
                 qPrintable(QStringLiteral("moved %1 m, stated %2 m").arg(moved).arg(d.webDatumOffsetM)));
    }

    // The same layer under a plain name is not questioned: an OSM extract is WGS 84 indeed.
    void plainLayerNotQuestioned() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("roads.geojson"));
        QVERIFY(luming::test::writeFile(
            path, R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"a"},)"
                  R"("geometry":{"type":"LineString","coordinates":[[117.02,36.66],[117.03,36.66]]}}]})"));
        const LayerLoadResult r = loadVectorLayers(LayerLoadOptions{path});
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.reports.first().crs.problem, CrsProblem::None);
    }
};

QTEST_GUILESS_MAIN(TestWebDatum)
#include "tst_web_datum.moc"
