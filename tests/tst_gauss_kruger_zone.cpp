// ctest-label: unit
// links: luming_export luming_crs luming_core
// The working zone of a region: CGCS2000 3° Gauss–Krüger CM-only zones (EPSG:4534–4554) by longitude,
// and which zone `luming export --crs` accepts for a region.
#include "crs/crs_transformer.h"
#include "crs/gauss_kruger_zone.h"
#include "export/export_options.h"

#include <QTest>
#include <cmath>
#include <limits>

using namespace luming;

class TstGaussKrugerZone : public QObject {
    Q_OBJECT
private slots:
    void zoneOfLongitude_data();
    void zoneOfLongitude();
    void everyZoneIsProj_data();
    void everyZoneIsProj();
    void exportCrsCodes_data();
    void exportCrsCodes();
};

void TstGaussKrugerZone::zoneOfLongitude_data() {
    QTest::addColumn<double>("lon");
    QTest::addColumn<int>("epsg"); // 0: no zone of the family
    QTest::addColumn<int>("cm");
    // Centres of the cities of the development samples (rounded, from any atlas) and the family's edges.
    QTest::newRow("济南 117.0 (the seed)") << 117.0 << 4548 << 117;
    QTest::newRow("吉林 126.55") << 126.55 << 4551 << 126;
    QTest::newRow("苏州 120.6") << 120.6 << 4549 << 120;
    QTest::newRow("即墨 120.45") << 120.45 << 4549 << 120;
    QTest::newRow("乌鲁木齐 87.6") << 87.6 << 4538 << 87;
    QTest::newRow("1.55e199 from a damaged file (found by fuzzing)") << 1.55176e199 << 0 << 0;
    QTest::newRow("-1e300") << -1e300 << 0 << 0;
    QTest::newRow("成都 104.07") << 104.07 << 4544 << 105;
    QTest::newRow("西端 75.0 (CM of the first zone)") << 75.0 << 4534 << 75;
    QTest::newRow("东端 135.0 (CM of the last zone)") << 135.0 << 4554 << 135;
    QTest::newRow("zone edge 118.5 goes east") << 118.5 << 4549 << 120;
    QTest::newRow("just west of the edge 118.499") << 118.499 << 4548 << 117;
    QTest::newRow("west of the family 73.0") << 73.0 << 0 << 0;
    QTest::newRow("east of the family 136.6") << 136.6 << 0 << 0;
    QTest::newRow("NaN") << std::numeric_limits<double>::quiet_NaN() << 0 << 0;
}

void TstGaussKrugerZone::zoneOfLongitude() {
    QFETCH(double, lon);
    QFETCH(int, epsg);
    QFETCH(int, cm);
    const auto zone = gaussKrugerZoneOf(lon);
    QCOMPARE(zone.has_value(), epsg != 0);
    if (!zone)
        return;
    QCOMPARE(zone->epsg, epsg);
    QCOMPARE(zone->centralMeridian, cm);
    // The formula of the brief: 4534 + (CM − 75) / 3.
    QCOMPARE(zone->epsg, 4534 + (zone->centralMeridian - 75) / 3);
    QVERIFY(std::abs(lon - zone->centralMeridian) <= 1.5);
}

void TstGaussKrugerZone::everyZoneIsProj_data() {
    QTest::addColumn<int>("epsg");
    for (int epsg = 4534; epsg <= 4554; ++epsg)
        QTest::addRow("EPSG:%d", epsg) << epsg;
}

// PROJ's own definition of each code has the central meridian the formula gives: a point on the CM
// projects to easting 500000 m (no zone prefix).
void TstGaussKrugerZone::everyZoneIsProj() {
    QFETCH(int, epsg);
    const auto zone = gaussKrugerZoneFromEpsg(epsg);
    QVERIFY(zone);
    auto t = CrsTransformer::create(QStringLiteral("EPSG:4490"), zone->crs());
    QVERIFY2(t, qPrintable(t.errorString()));
    const QPointF onCm = t->forward(QPointF(zone->centralMeridian, 35.0));
    QVERIFY2(std::abs(onCm.x() - 500000) < 0.01, qPrintable(QString::number(onCm.x(), 'f', 3)));
    QVERIFY(!gaussKrugerZoneFromEpsg(4533));
    QVERIFY(!gaussKrugerZoneFromEpsg(4555));
}

void TstGaussKrugerZone::exportCrsCodes_data() {
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("regionEpsg");
    QTest::addColumn<bool>("parses");
    QTest::addColumn<int>("writtenEpsg"); // what an export in that region writes
    QTest::addColumn<bool>("fits");
    QTest::newRow("济南 EPSG:4548 stays valid") << "EPSG:4548" << 4548 << true << 4548 << true;
    QTest::newRow("吉林 EPSG:4551") << "EPSG:4551" << 4551 << true << 4551 << true;
    QTest::newRow("吉林 asked for 济南's zone") << "EPSG:4548" << 4551 << true << 4551 << false;
    QTest::newRow("unknown region asked for a zone") << "4548" << 0 << true << 0 << false;
    QTest::newRow("EPSG:4490 anywhere") << "EPSG:4490" << 4551 << true << 4490 << true;
    QTest::newRow("EPSG:4326 without a region") << "epsg:4326" << 0 << true << 4326 << true;
    QTest::newRow("EPSG:4527 (zone prefix family) refused") << "EPSG:4527" << 4548 << false << 0 << true;
    QTest::newRow("EPSG:3857 refused") << "EPSG:3857" << 4548 << false << 0 << true;
}

void TstGaussKrugerZone::exportCrsCodes() {
    QFETCH(QString, code);
    QFETCH(int, regionEpsg);
    QFETCH(bool, parses);
    QFETCH(int, writtenEpsg);
    QFETCH(bool, fits);
    const auto crs = exportCrsFromCode(code);
    QCOMPARE(crs.has_value(), parses);
    if (crs)
        QCOMPARE(exportCrsEpsg(*crs, regionEpsg), writtenEpsg);
    const QString mismatch = exportCrsZoneMismatch(code, regionEpsg);
    QCOMPARE(mismatch.isEmpty(), fits);
    if (!fits && regionEpsg == 0)
        QVERIFY2(mismatch.contains(QStringLiteral("--region")), qPrintable(mismatch));
    if (!fits && regionEpsg != 0)
        QVERIFY2(mismatch.contains(QStringLiteral("EPSG:%1").arg(regionEpsg)), qPrintable(mismatch));
}

QTEST_GUILESS_MAIN(TstGaussKrugerZone)
#include "tst_gauss_kruger_zone.moc"
