// ctest-label: unit
// links: luming_render luming_core
// MapViewport: world ↔ screen (north up), zoom about the cursor, pan, fit extent, zoom limits.
#include "render/map_viewport.h"

#include <QTest>

using namespace luming;

namespace {
bool close(QPointF a, QPointF b, double eps) {
    return std::abs(a.x() - b.x()) <= eps && std::abs(a.y() - b.y()) <= eps;
}
} // namespace

class TstMapViewport : public QObject {
    Q_OBJECT
private slots:
    void worldScreenRoundTrip_data();
    void worldScreenRoundTrip();
    void northIsUp();
    void zoomKeepsPointUnderCursor_data();
    void zoomKeepsPointUnderCursor();
    void panMovesContentWithCursor();
    void fitShowsWholeExtent();
    void zoomIsClamped();
};

void TstMapViewport::worldScreenRoundTrip_data() {
    QTest::addColumn<QPointF>("world");
    QTest::addColumn<double>("mpp");
    QTest::newRow("Jinan centre (EPSG:4548 metres), 2 m/px") << QPointF(514123.4793, 4060455.8608) << 2.0;
    QTest::newRow("10 km off, 0.01 m/px (limit)") << QPointF(524000, 4070000) << 0.01;
    QTest::newRow("100 km off, 500 m/px") << QPointF(400000, 3960000) << 500.0;
}

void TstMapViewport::worldScreenRoundTrip() {
    QFETCH(QPointF, world);
    QFETCH(double, mpp);
    const MapViewport v(QPointF(514000, 4060000), mpp, QSize(1024, 768));
    QVERIFY(close(v.toWorld(v.toScreen(world)), world, 1e-6));
    // The centre is the middle of the widget.
    QVERIFY(close(v.toScreen(v.centre()), QPointF(512, 384), 1e-9));
}

void TstMapViewport::northIsUp() {
    const MapViewport v(QPointF(514000, 4060000), 2, QSize(800, 600));
    const QPointF c = v.toScreen(QPointF(514000, 4060000));
    const QPointF north = v.toScreen(QPointF(514000, 4060100)); // 100 m north
    const QPointF east = v.toScreen(QPointF(514100, 4060000));  // 100 m east
    QVERIFY(close(north - c, QPointF(0, -50), 1e-9));
    QVERIFY(close(east - c, QPointF(50, 0), 1e-9));
    const QRectF r = v.worldRect();
    QVERIFY(close(r.topLeft(), QPointF(514000 - 800, 4060000 - 600), 1e-9)); // y(): southern edge
    QCOMPARE(r.size(), QSizeF(1600, 1200));
}

void TstMapViewport::zoomKeepsPointUnderCursor_data() {
    QTest::addColumn<QPointF>("cursor");
    QTest::addColumn<double>("factor");
    QTest::newRow("wheel in at the top-left corner") << QPointF(0, 0) << 1.25;
    QTest::newRow("wheel out near the bottom right") << QPointF(700, 550) << 0.8;
    QTest::newRow("keyboard + at the centre") << QPointF(400, 300) << 2.0;
}

void TstMapViewport::zoomKeepsPointUnderCursor() {
    QFETCH(QPointF, cursor);
    QFETCH(double, factor);
    MapViewport v(QPointF(514000, 4060000), 4, QSize(800, 600));
    const QPointF anchor = v.toWorld(cursor);
    v.zoomAbout(cursor, factor);
    QCOMPARE(v.metresPerPixel(), 4 / factor);
    QVERIFY(close(v.toWorld(cursor), anchor, 1e-6));
}

void TstMapViewport::panMovesContentWithCursor() {
    MapViewport v(QPointF(514000, 4060000), 3, QSize(800, 600));
    const QPointF grabbed = v.toWorld(QPointF(100, 100));
    v.panByPixels(QPointF(40, -25));
    QVERIFY(close(v.toScreen(grabbed), QPointF(140, 75), 1e-9));
}

void TstMapViewport::fitShowsWholeExtent() {
    const QRectF extent(QPointF(505000, 4050000), QPointF(525000, 4060000)); // 20 km × 10 km
    const MapViewport v = MapViewport::fitting(extent, QSize(800, 600), 20);
    QVERIFY(v.worldRect().contains(extent));
    QCOMPARE(v.metresPerPixel(), 20000.0 / 760); // width limits
    QVERIFY(close(v.centre(), extent.center(), 1e-9));
    // A single point: centred, scale kept.
    MapViewport p(QPointF(0, 0), 7, QSize(800, 600));
    p.fitExtent(QRectF(QPointF(510000, 4055000), QSizeF(0, 0)));
    QCOMPARE(p.metresPerPixel(), 7.0);
    QVERIFY(close(p.centre(), QPointF(510000, 4055000), 1e-9));
}

void TstMapViewport::zoomIsClamped() {
    MapViewport v(QPointF(514000, 4060000), 1, QSize(800, 600));
    for (int i = 0; i < 100; ++i)
        v.zoomAbout(QPointF(10, 10), 2);
    QCOMPARE(v.metresPerPixel(), MapViewport::kMinMetresPerPixel);
    for (int i = 0; i < 100; ++i)
        v.zoomAbout(QPointF(10, 10), 0.5);
    QCOMPARE(v.metresPerPixel(), MapViewport::kMaxMetresPerPixel);
    v.setMetresPerPixel(-3); // ignored
    QCOMPARE(v.metresPerPixel(), MapViewport::kMaxMetresPerPixel);
}

QTEST_APPLESS_MAIN(TstMapViewport)
#include "tst_map_viewport.moc"
