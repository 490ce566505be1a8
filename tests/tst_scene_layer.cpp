// ctest-label: unit
// links: luming_render luming_core
// Douglas–Peucker and the precomputed levels of a SceneLayer: no dropped vertex lies farther than the
// tolerance from what is kept, ends and rings survive, the level chosen for a scale is within a pixel,
// bounds and lengths come from the full geometry, unusable vertices and parts are left out.
#include "render/line_simplifier.h"
#include "render/scene_layer_builder.h"

#include <QTest>
#include <cmath>
#include <random>

using namespace luming;

namespace {

double segmentDistance(QPointF p, QPointF a, QPointF b) {
    const QPointF d = b - a;
    const double len2 = QPointF::dotProduct(d, d);
    const double t = len2 > 0 ? std::clamp(QPointF::dotProduct(p - a, d) / len2, 0.0, 1.0) : 0.0;
    const QPointF q = a + t * d;
    return std::hypot(p.x() - q.x(), p.y() - q.y());
}

double distanceToPolyline(QPointF p, const std::vector<QPointF>& line) {
    double best = std::numeric_limits<double>::infinity();
    for (std::size_t i = 1; i < line.size(); ++i)
        best = std::min(best, segmentDistance(p, line[i - 1], line[i]));
    return line.size() == 1 ? std::hypot(p.x() - line[0].x(), p.y() - line[0].y()) : best;
}

// A wiggly road: 200 vertices 5 m apart with ±noise metres of sideways jitter and a slow bend.
std::vector<QPointF> wigglyLine(double noise, quint32 seed) {
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> u(-noise, noise);
    std::vector<QPointF> pts;
    for (int i = 0; i < 200; ++i)
        pts.emplace_back(500000 + i * 5.0, 4060000 + 40 * std::sin(i / 30.0) + u(rng));
    return pts;
}

} // namespace

class TstSceneLayer : public QObject {
    Q_OBJECT
private slots:
    void douglasPeuckerWithinTolerance_data();
    void douglasPeuckerWithinTolerance();
    void straightLineCollapsesToEnds();
    void ringStaysARing();
    void levelsStayWithinAPixel();
    void boundsLengthsAndLabels();
    void unusableInputLeftOut();
};

void TstSceneLayer::douglasPeuckerWithinTolerance_data() {
    QTest::addColumn<double>("noise");
    QTest::addColumn<double>("tolerance");
    QTest::newRow("±0.5 m jitter, 0.25 m tolerance") << 0.5 << 0.25;
    QTest::newRow("±0.5 m jitter, 1 m tolerance") << 0.5 << 1.0;
    QTest::newRow("±3 m jitter, 4 m tolerance") << 3.0 << 4.0;
    QTest::newRow("±3 m jitter, 64 m tolerance (bend flattened)") << 3.0 << 64.0;
}

void TstSceneLayer::douglasPeuckerWithinTolerance() {
    QFETCH(double, noise);
    QFETCH(double, tolerance);
    const std::vector<QPointF> line = wigglyLine(noise, 11);
    std::vector<QPointF> kept;
    const std::size_t n = simplifyDouglasPeucker(line, tolerance, PathKind::Open, kept);
    QCOMPARE(n, kept.size());
    QVERIFY(kept.size() >= 2 && kept.size() < line.size());
    QCOMPARE(kept.front(), line.front());
    QCOMPARE(kept.back(), line.back());
    for (const QPointF& p : line)
        QVERIFY2(distanceToPolyline(p, kept) <= tolerance + 1e-9,
                 qPrintable(QStringLiteral("%1 m off").arg(distanceToPolyline(p, kept))));
}

void TstSceneLayer::straightLineCollapsesToEnds() {
    std::vector<QPointF> line;
    for (int i = 0; i <= 50; ++i)
        line.emplace_back(i * 10.0, i * 5.0);
    std::vector<QPointF> kept;
    simplifyDouglasPeucker(line, 0.01, PathKind::Open, kept);
    QCOMPARE(kept.size(), std::size_t(2));
}

void TstSceneLayer::ringStaysARing() {
    // A 100 m square ring with many vertices, simplified with a tolerance far above its size.
    std::vector<QPointF> ring;
    for (int i = 0; i < 40; ++i)
        ring.emplace_back(i * 2.5, 0);
    for (int i = 0; i < 40; ++i)
        ring.emplace_back(100, i * 2.5);
    for (int i = 0; i < 40; ++i)
        ring.emplace_back(100 - i * 2.5, 100);
    for (int i = 0; i < 40; ++i)
        ring.emplace_back(0, 100 - i * 2.5);
    ring.push_back(ring.front());
    std::vector<QPointF> kept;
    simplifyDouglasPeucker(ring, 1000, PathKind::Closed, kept);
    QVERIFY2(kept.size() >= 4, qPrintable(QString::number(kept.size())));
    QCOMPARE(kept.front(), kept.back());
    // At 1 m it keeps exactly the four corners (+ closing vertex).
    kept.clear();
    simplifyDouglasPeucker(ring, 1, PathKind::Closed, kept);
    QCOMPARE(kept.size(), std::size_t(5));
}

void TstSceneLayer::levelsStayWithinAPixel() {
    SceneLayerBuilder builder(QStringLiteral("roads"));
    for (quint32 seed = 0; seed < 20; ++seed) {
        std::vector<QPointF> line = wigglyLine(2.0, seed);
        for (QPointF& p : line)
            p += QPointF(0, seed * 500.0);
        builder.beginFeature(FeatureKind::Line, QStringLiteral("路%1").arg(seed), 20);
        QVERIFY(builder.addPart(line));
    }
    const auto layer = builder.build();
    QCOMPARE(layer->label(layer->featureOf(0)), QStringLiteral("路0")); // the first feature's label too
    QCOMPARE(layer->label(layer->featureOf(19)), QStringLiteral("路19"));
    for (std::int64_t f = 0; f < layer->featureCount(); ++f)
        QCOMPARE(layer->featureOf(layer->inputIndex(f)), f);
    QVERIFY2(layer->levelCount() >= 3, qPrintable(QString::number(layer->levelCount())));
    std::size_t previous = layer->level(0).xy.size();
    for (int l = 1; l < layer->levelCount(); ++l) {
        QVERIFY(layer->level(l).toleranceM > layer->level(l - 1).toleranceM);
        QVERIFY(layer->level(l).xy.size() < previous); // each level kept saves vertices
        previous = layer->level(l).xy.size();
    }
    for (double mpp : {0.1, 0.3, 1.0, 2.5, 5.0, 20.0, 100.0}) {
        const int l = layer->levelFor(mpp);
        QVERIFY(layer->level(l).toleranceM <= mpp);
        if (l + 1 < layer->levelCount())
            QVERIFY(layer->level(l + 1).toleranceM > mpp); // the coarsest that fits
        // Every full-resolution vertex within 4/3 px of the drawn line (levels are simplified in
        // cascade: 1 + 1/4 + 1/16 … of the tolerance) plus float rounding.
        for (std::int64_t f = 0; f < layer->featureCount(); ++f) {
            const std::vector<QPointF> drawn = layer->partPoints(l, layer->firstPart(f));
            for (const QPointF& p : layer->partPoints(0, layer->firstPart(f)))
                QVERIFY2(distanceToPolyline(p, drawn) <= layer->level(l).toleranceM * 4 / 3 + 0.01,
                         qPrintable(QStringLiteral("%1 m/px level %2: %3 m off")
                                        .arg(mpp)
                                        .arg(l)
                                        .arg(distanceToPolyline(p, drawn))));
        }
    }
}

void TstSceneLayer::boundsLengthsAndLabels() {
    SceneLayerBuilder builder(QStringLiteral("mixed"));
    builder.beginFeature(FeatureKind::Line, QString(), 0, Provenance::Schematic);
    const QPointF l[] = {{500000, 4060000}, {500300, 4060000}, {500300, 4060400}};
    QVERIFY(builder.addPart(l));
    builder.beginFeature(FeatureKind::Polygon, QStringLiteral("历下区"));
    const QPointF ring[] = {{501000, 4061000}, {501100, 4061000}, {501100, 4061100}, {501000, 4061100}};
    QVERIFY(builder.addPart(ring));
    builder.beginFeature(FeatureKind::Point, QStringLiteral("泉城广场"));
    const QPointF pt[] = {{502000, 4062000}};
    QVERIFY(builder.addPart(pt));
    const auto layer = builder.build();
    QCOMPARE(layer->featureCount(), 3);
    const std::int64_t line = layer->featureOf(0), area = layer->featureOf(1), point = layer->featureOf(2);
    QCOMPARE(layer->bounds(line), QRectF(QPointF(500000, 4060000), QPointF(500300, 4060400)));
    QCOMPARE(layer->lengthM(line), 700.0);
    QCOMPARE(layer->lengthM(area), 400.0); // rings are stored closed: perimeter
    QVERIFY(layer->isSchematic(line) && !layer->isSchematic(area));
    QVERIFY(layer->hasSchematic());
    QCOMPARE(layer->label(line), QString());
    QCOMPARE(layer->label(area), QStringLiteral("历下区"));
    QCOMPARE(layer->label(point), QStringLiteral("泉城广场"));
    QCOMPARE(layer->extent(), QRectF(QPointF(500000, 4060000), QPointF(502000, 4062000)));
    const auto back = layer->partPoints(0, layer->firstPart(line));
    QCOMPARE(back.size(), std::size_t(3));
    QCOMPARE(back[2], QPointF(500300, 4060400)); // exact: origin on a whole metre, offsets as floats
}

void TstSceneLayer::unusableInputLeftOut() {
    SceneLayerBuilder builder(QStringLiteral("bad"));
    builder.beginFeature(FeatureKind::Line);
    const QPointF nan[] = {{std::nan(""), 1}, {500000, 4060000}, {500000, 4060000}}; // one usable, repeated
    QVERIFY(!builder.addPart(nan));
    builder.beginFeature(FeatureKind::Polygon);
    const QPointF twoPoints[] = {{500000, 4060000}, {500010, 4060000}};
    QVERIFY(!builder.addPart(twoPoints));
    builder.beginFeature(FeatureKind::Line);
    const QPointF ok[] = {{500000, 4060000}, {std::numeric_limits<double>::infinity(), 0}, {500010, 4060000}};
    QVERIFY(builder.addPart(ok));
    const auto layer = builder.build();
    QCOMPARE(layer->featureCount(), 3); // features are never dropped (callers keep parallel arrays) …
    for (std::int64_t input : {0, 1})
        QCOMPARE(layer->endPart(layer->featureOf(input)) - layer->firstPart(layer->featureOf(input)), 0u);
    QCOMPARE(layer->index().size(), 1); // … but only the drawable one is indexed
    QCOMPARE(layer->partPoints(0, layer->firstPart(layer->featureOf(2))).size(), std::size_t(2));
}

QTEST_APPLESS_MAIN(TstSceneLayer)
#include "tst_scene_layer.moc"
