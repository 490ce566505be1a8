// ctest-label: unit
// links: luming_crs luming_core
// CrsTransformer: known points in CGCS2000 / 3-degree GK CM 117E, round trips, batch, errors.
#include "crs/crs_codes.h"
#include "crs/crs_transformer.h"
#include "region_support.h"
#include "test_support.h"

#include <QTest>

using namespace luming;

class TstCrsTransformer : public QObject {
    Q_OBJECT
private slots:
    void knownPoints_data();
    void knownPoints();
    void roundTrip();
    void batchMatchesSingle();
    void wgs84ToCgcs2000IsNearIdentity();
    void unknownCrsReportsError();
    void moveKeepsTransformation();
    void projMessagesKeptOffStderr_data();
    void projMessagesKeptOffStderr();
};

void TstCrsTransformer::knownPoints_data() {
    QTest::addColumn<QPointF>("lonLat");
    QTest::addColumn<QPointF>("expected");
    // Expected values from PROJ 9.1.1's command line, which uses EPSG axis order (lat lon → northing
    // easting):
    //   echo 36.67 117 | cs2cs -d 4 EPSG:4490 EPSG:4548      → 4059889.3721  500000.0000
    //   echo 36.675 117.158 | cs2cs -d 4 EPSG:4490 EPSG:4548 → 4060455.8608  514123.4793
    QTest::newRow("central meridian 117E, lat 36.67 (false easting 500000 m)")
        << QPointF(117.0, 36.67) << QPointF(500000.0000, 4059889.3721);
    QTest::newRow("凤集路 x 经十路 anchor 117.158E 36.675N")
        << QPointF(117.158, 36.675) << QPointF(514123.4793, 4060455.8608);
}

void TstCrsTransformer::knownPoints() {
    QFETCH(QPointF, lonLat);
    QFETCH(QPointF, expected);
    auto t = CrsTransformer::create(crs::cgcs2000Geographic(), test::jinanZoneCrs());
    QVERIFY2(t, qPrintable(t.errorString()));
    const QPointF got = t->forward(lonLat);
    // 1 mm: the reference has 4 decimals.
    QVERIFY2(qAbs(got.x() - expected.x()) < 1e-3, qPrintable(QString::number(got.x(), 'f', 4)));
    QVERIFY2(qAbs(got.y() - expected.y()) < 1e-3, qPrintable(QString::number(got.y(), 'f', 4)));
}

void TstCrsTransformer::roundTrip() {
    auto t = CrsTransformer::create(crs::cgcs2000Geographic(), test::jinanZoneCrs());
    QVERIFY(t);
    const QPointF lonLat(117.2, 36.76); // 董家街道 anchor
    const QPointF metres = t->forward(lonLat);
    QVERIFY(CrsTransformer::isFinite(metres));
    const QPointF back = t->inverse(metres);
    // 1e-9 degree is about 0.1 mm.
    QVERIFY(qAbs(back.x() - lonLat.x()) < 1e-9);
    QVERIFY(qAbs(back.y() - lonLat.y()) < 1e-9);
}

void TstCrsTransformer::batchMatchesSingle() {
    auto t = CrsTransformer::create(crs::cgcs2000Geographic(), test::jinanZoneCrs());
    QVERIFY(t);
    const QList<QPointF> in{{116.91, 36.615}, {117.158, 36.675}, {117.28, 36.72}};
    const QList<QPointF> out = t->forward(in);
    QCOMPARE(out.size(), in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        const QPointF one = t->forward(in[i]);
        QCOMPARE(out[i].x(), one.x());
        QCOMPARE(out[i].y(), one.y());
    }
    const QList<QPointF> back = t->inverse(out);
    for (qsizetype i = 0; i < in.size(); ++i)
        QVERIFY(qAbs(back[i].x() - in[i].x()) < 1e-9 && qAbs(back[i].y() - in[i].y()) < 1e-9);
}

void TstCrsTransformer::wgs84ToCgcs2000IsNearIdentity() {
    // PROJ has no published WGS84 → CGCS2000 parameters and uses a ballpark (null) transformation; the two
    // frames differ by centimetres, far below the ±2 km of the anchors read off web maps.
    auto t = CrsTransformer::create(crs::wgs84Geographic(), crs::cgcs2000Geographic());
    QVERIFY(t);
    const QPointF got = t->forward(QPointF(117.158, 36.675));
    QVERIFY(qAbs(got.x() - 117.158) < 1e-6);
    QVERIFY(qAbs(got.y() - 36.675) < 1e-6);
}

void TstCrsTransformer::unknownCrsReportsError() {
    auto t = CrsTransformer::create(QStringLiteral("EPSG:999999"), crs::cgcs2000Geographic());
    QVERIFY(!t);
    const QString error = t.errorString();
    QVERIFY2(error.contains(QStringLiteral("EPSG:999999")), qPrintable(error));
}

void TstCrsTransformer::moveKeepsTransformation() {
    auto t = CrsTransformer::create(crs::cgcs2000Geographic(), test::jinanZoneCrs());
    QVERIFY(t);
    CrsTransformer moved = std::move(*t);
    QCOMPARE(moved.toCrs(), test::jinanZoneCrs());
    QVERIFY(qAbs(moved.forward(QPointF(117.0, 36.67)).x() - 500000.0) < 1e-3);
    CrsTransformer assigned = *CrsTransformer::create(crs::cgcs2000Geographic(), crs::wgs84Geographic());
    assigned = std::move(moved);
    QVERIFY(qAbs(assigned.forward(QPointF(117.0, 36.67)).x() - 500000.0) < 1e-3);
}

void TstCrsTransformer::projMessagesKeptOffStderr_data() {
    QTest::addColumn<QPointF>("metres"); // inverse-projected from EPSG:4548 to lon/lat
    // Issue 13: a 4527/4548 mix-up put eastings 39 000 km off; the cursor over such a map made PROJ
    // print one line per mouse move.
    QTest::newRow("easting with a zone prefix in a prefix-free CRS") << QPointF(39500000, 4058000);
    QTest::newRow("far beyond the earth") << QPointF(1e12, 1e12);
}

void TstCrsTransformer::projMessagesKeptOffStderr() {
    QFETCH(QPointF, metres);
    auto t = CrsTransformer::create(test::jinanZoneCrs(), crs::cgcs2000Geographic());
    QVERIFY(t);
    test::StderrCapture stderrText;
    const QPointF lonLat = t->inverse(t->inverse(metres)); // garbage in twice: two failures or worse
    Q_UNUSED(lonLat);
    QVERIFY(!CrsTransformer::isFinite(t->forward(metres)));
    const QStringList messages = t->takeMessages();
    QCOMPARE(stderrText.text(), QByteArray());
    QVERIFY2(!messages.isEmpty(), "PROJ's complaint is kept for the caller");
    QVERIFY(t->takeMessages().isEmpty()); // taken once
}

QTEST_GUILESS_MAIN(TstCrsTransformer)
#include "tst_crs_transformer.moc"
