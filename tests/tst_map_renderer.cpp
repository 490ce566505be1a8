// ctest-label: gui
// links: luming_render luming_crs luming_core
// MapRenderer on a small project built here (three roads and a district square near Jinan): pixels
// along a road carry the road colour, pixels far from every road do not, the selection is highlighted,
// labels never overlap, the scale bar is as long as it says, and hit testing finds the road under a pixel.
#include "core/feedback.h"
#include "core/project.h"
#include "crs/crs_codes.h"
#include "crs/crs_transformer.h"
#include "region_support.h"
#include "render/hit_test.h"
#include "render/map_renderer.h"
#include "render/scene_layer_builder.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QPolygonF>
#include <QTest>
#include <cmath>
#include <thread>

using namespace luming;

namespace {

const QString kDoc = QStringLiteral("济政字〔2021〕62号");
const NoticeId kNotice = NoticeId::fromDocNumber(kDoc);

RoadRecord record(int seq, const QString& name, double widthMin, double widthMax) {
    RoadRecord r;
    r.seq = seq;
    r.name = name;
    r.district = QStringLiteral("历下区");
    r.widthMinM = widthMin;
    r.widthMaxM = widthMax;
    return r;
}

RoadGeometry line(int seq, QList<LonLat> points, GeometrySource source = GeometrySource::Schematic) {
    RoadGeometry g;
    g.id = RoadId{kNotice, seq};
    g.points = std::move(points);
    g.source = source;
    return g;
}

// Three roads inside a district square of 0.06° × 0.06° (≈ 5.4 km × 6.7 km) around 117.02E 36.66N:
//   1 经十路  west–east along 36.660N, 117.000–117.040E, 40–60 m wide
//   2 舜耕路  south–north along 117.020E, 36.640–36.680N, 30 m wide
//   3 龙奥北路 a diagonal in the south-east, 117.025E 36.645N → 117.045E 36.652N, 20 m wide
Project jinanProject(GeometrySource source = GeometrySource::Schematic) {
    Project p;
    Notice n;
    n.docNumber = kDoc;
    n.id = kNotice;
    n.roads = {record(1, QStringLiteral("经十路"), 40, 60), record(2, QStringLiteral("舜耕路"), 30, 30),
               record(3, QStringLiteral("龙奥北路"), 20, 20)};
    p.parse.notices.append(n);
    p.roads = {line(1, {{117.000, 36.660}, {117.040, 36.660}}, source),
               line(2, {{117.020, 36.640}, {117.020, 36.680}}, source),
               line(3, {{117.025, 36.645}, {117.045, 36.652}}, source)};
    DistrictPolygon d;
    d.name = QStringLiteral("历下区");
    d.parts = {{{{116.990, 36.630}, {117.050, 36.630}, {117.050, 36.690}, {116.990, 36.690}}}};
    p.districts.append(d);
    p.region = test::jinanZoneOnly();
    return p;
}

// Independent of the scene: where a lon/lat lands on screen.
QPointF screenOf(const MapViewport& viewport, LonLat p) {
    static const auto t = CrsTransformer::create(crs::cgcs2000Geographic(), test::jinanZoneCrs());
    return viewport.toScreen(t->forward(QPointF(p.lon, p.lat)));
}

bool near(QColor a, QColor b, int tolerance = 8) {
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance &&
           std::abs(a.blue() - b.blue()) <= tolerance;
}

// The pixel that contains screen point p (pixel (i, j) covers [i, i + 1) × [j, j + 1)).
QColor pixelAt(const QImage& image, QPointF p) {
    return image.pixelColor(static_cast<int>(std::floor(p.x())), static_cast<int>(std::floor(p.y())));
}

// Whether the pixel containing p or one of its 8 neighbours has the colour: a 2 px diagonal or a 1 px
// antialiased line covers no pixel centre exactly, but it always fully covers a pixel next to it.
bool colourAround(const QImage& image, QPointF p, QColor colour, int tolerance = 8) {
    for (int dy = -1; dy <= 1; ++dy)
        for (int dx = -1; dx <= 1; ++dx)
            if (near(pixelAt(image, p + QPointF(dx, dy)), colour, tolerance))
                return true;
    return false;
}

QImage render(const MapScene& scene, const MapViewport& viewport, const RenderOptions& options,
              RenderReport* report = nullptr) {
    QImage image(viewport.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::black);
    QPainter painter(&image);
    const RenderReport r = MapRenderer::render(painter, scene, viewport, options);
    painter.end();
    if (report)
        *report = r;
    return image;
}

double distanceToSegment(QPointF p, QPointF a, QPointF b) {
    const QPointF d = b - a;
    const double t = std::clamp(QPointF::dotProduct(p - a, d) / QPointF::dotProduct(d, d), 0.0, 1.0);
    const QPointF q = a + t * d;
    return std::hypot(p.x() - q.x(), p.y() - q.y());
}

} // namespace

class TstMapRenderer : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void roadColourAlongRoad_data();
    void roadColourAlongRoad();
    void noRoadColourFarFromRoads();
    void selectionIsHighlighted();
    void widthFollowsRealWidthAtLargeScale();
    void deepZoomInsideAWideRoad();
    void labelsDoNotOverlap();
    void labelBoxIntersection_data();
    void labelBoxIntersection();
    void scaleBarLengthMatchesScale_data();
    void scaleBarLengthMatchesScale();
    void hitTestFindsRoadUnderPixel();
    void schematicBadgeOnlyForSchematicRoads();
    void extraLayerDrawnAndHidden();
    void cancelledFrameStops();
    void concurrentRendersAgree();
    void rendersIntoPdf();

private:
    MapScene scene_;
    MapViewport viewport_;
};

void TstMapRenderer::initTestCase() {
    const auto scene = MapScene::fromProject(jinanProject());
    QVERIFY2(scene, qPrintable(scene.errorString()));
    scene_ = *scene;
    QCOMPARE(scene_.roads()->featureCount(), 3);
    QCOMPARE(scene_.districts()->featureCount(), 1);
    viewport_ = MapViewport::fitting(scene_.projectExtent(), QSize(800, 600));
    // ≈ 6.7 km of district over 552 px: about 12 m per pixel, so 经十路 (60 m) is ~5 px wide.
    QVERIFY(viewport_.metresPerPixel() > 5 && viewport_.metresPerPixel() < 20);
}

void TstMapRenderer::roadColourAlongRoad_data() {
    QTest::addColumn<int>("seq");
    QTest::addColumn<double>("lon0");
    QTest::addColumn<double>("lat0");
    QTest::addColumn<double>("lon1");
    QTest::addColumn<double>("lat1");
    QTest::newRow("1 经十路 west–east 36.660N") << 1 << 117.000 << 36.660 << 117.040 << 36.660;
    QTest::newRow("2 舜耕路 south–north 117.020E") << 2 << 117.020 << 36.640 << 117.020 << 36.680;
    QTest::newRow("3 龙奥北路 diagonal") << 3 << 117.025 << 36.645 << 117.045 << 36.652;
}

void TstMapRenderer::roadColourAlongRoad() {
    QFETCH(int, seq);
    QFETCH(double, lon0);
    QFETCH(double, lat0);
    QFETCH(double, lon1);
    QFETCH(double, lat1);
    RenderOptions options;
    options.showLabels = false; // labels sit on the roads; this test is about the lines
    const QImage image = render(scene_, viewport_, options);
    const QPointF a = screenOf(viewport_, {lon0, lat0});
    const QPointF b = screenOf(viewport_, {lon1, lat1});
    // Nine samples on the centre line, ends excluded (round caps, crossings are road colour anyway).
    for (int i = 1; i <= 9; ++i) {
        const QPointF p = a + (b - a) * (i / 10.0);
        const QColor c = pixelAt(image, p);
        QVERIFY2(colourAround(image, p, options.style.road),
                 qPrintable(QStringLiteral("road %1 sample %2 at (%3, %4): %5, expected %6")
                                .arg(seq)
                                .arg(i)
                                .arg(p.x())
                                .arg(p.y())
                                .arg(c.name(), options.style.road.name())));
    }
}

void TstMapRenderer::noRoadColourFarFromRoads() {
    RenderOptions options;
    options.showLabels = false;
    const QImage image = render(scene_, viewport_, options);
    const QList<QPair<LonLat, LonLat>> roads = {{{117.000, 36.660}, {117.040, 36.660}},
                                                {{117.020, 36.640}, {117.020, 36.680}},
                                                {{117.025, 36.645}, {117.045, 36.652}}};
    int checked = 0;
    for (int y = 5; y < image.height(); y += 23) {
        for (int x = 5; x < image.width(); x += 23) {
            const QPointF p(x, y);
            double nearest = 1e9;
            for (const auto& r : roads)
                nearest = std::min(nearest, distanceToSegment(p, screenOf(viewport_, r.first),
                                                              screenOf(viewport_, r.second)));
            if (nearest < 15) // 15 px: beyond the widest stroke (≈ 5 px + casing) with room to spare
                continue;
            ++checked;
            const QColor c = image.pixelColor(x, y);
            QVERIFY2(!near(c, options.style.road, 24) && !near(c, options.style.roadCasing, 24),
                     qPrintable(QStringLiteral("road colour %1 at (%2, %3), %4 px from any road")
                                    .arg(c.name())
                                    .arg(x)
                                    .arg(y)
                                    .arg(nearest)));
        }
    }
    QVERIFY2(checked > 500, "the sample grid should cover most of the image");
}

void TstMapRenderer::selectionIsHighlighted() {
    RenderOptions options;
    options.showLabels = false;
    options.selection = {RoadId{kNotice, 3}};
    const QImage image = render(scene_, viewport_, options);
    const QPointF a = screenOf(viewport_, {117.025, 36.645});
    const QPointF b = screenOf(viewport_, {117.045, 36.652});
    for (int i = 1; i <= 9; ++i) {
        const QPointF p = a + (b - a) * (i / 10.0);
        QVERIFY2(colourAround(image, p, options.style.selectedRoad), qPrintable(pixelAt(image, p).name()));
        QVERIFY(!colourAround(image, p, options.style.road));
    }
    // The other roads keep the plain road colour.
    const QPointF m = screenOf(viewport_, {117.010, 36.660});
    QVERIFY(near(pixelAt(image, m), options.style.road));
}

void TstMapRenderer::widthFollowsRealWidthAtLargeScale() {
    // At 1 m per pixel 经十路 (60 m) is 60 px across; at the fitted scale it is much narrower but at
    // least the minimum width.
    auto t = CrsTransformer::create(crs::cgcs2000Geographic(), test::jinanZoneCrs());
    QVERIFY(t);
    const QPointF onRoad = t->forward(QPointF(117.010, 36.660));
    RenderOptions options;
    options.showLabels = false;
    for (double mpp : {1.0, 0.5}) {
        const MapViewport viewport(onRoad, mpp, QSize(400, 400));
        const QImage image = render(scene_, viewport, options);
        // Count road-coloured pixels (fill or casing) down the middle column: the stroke's width.
        int across = 0;
        for (int y = 0; y < image.height(); ++y) {
            const QColor c = image.pixelColor(200, y);
            if (near(c, options.style.road, 40) || near(c, options.style.roadCasing, 40))
                ++across;
        }
        const double expected = 60 / mpp + 2.5; // width plus the casing's extra
        QVERIFY2(
            std::abs(across - expected) <= 3,
            qPrintable(
                QStringLiteral("%1 m/px: %2 px across, expected %3").arg(mpp).arg(across).arg(expected)));
    }
}

void TstMapRenderer::deepZoomInsideAWideRoad() {
    // At the zoom limit (1 cm per pixel) inside 经十路 (60 m wide) the frame is all road fill: vertices
    // kilometres off screen must not upset the stroker.
    auto t = CrsTransformer::create(crs::cgcs2000Geographic(), test::jinanZoneCrs());
    QVERIFY(t);
    const MapViewport viewport(t->forward(QPointF(117.010, 36.660)), MapViewport::kMinMetresPerPixel,
                               QSize(300, 200));
    RenderOptions options;
    options.showLabels = false;
    options.showScaleBar = options.showNorthArrow = options.showSchematicBadge = false;
    const QImage image = render(scene_, viewport, options);
    for (const QPoint p : {QPoint(0, 0), QPoint(150, 100), QPoint(299, 199), QPoint(299, 0)})
        QVERIFY2(near(image.pixelColor(p), options.style.road), qPrintable(image.pixelColor(p).name()));
}

void TstMapRenderer::labelsDoNotOverlap() {
    // Thirty parallel named roads 8 px apart: far more names than room, so the placer must skip some.
    Project p = jinanProject();
    for (int i = 0; i < 30; ++i) {
        const int seq = 10 + i;
        p.parse.notices[0].roads.append(record(seq, QStringLiteral("平行测试路%1号").arg(i), 10, 10));
        const double lat = 36.662 + i * 0.0008;
        p.roads.append(line(seq, {{116.995, lat}, {117.045, lat - 0.004}}));
    }
    const auto scene = MapScene::fromProject(p);
    QVERIFY(scene);
    RenderReport report;
    const QImage image = render(*scene, viewport_, RenderOptions{}, &report);
    QVERIFY2(report.labels.size() >= 5, "several labels should fit");
    QVERIFY2(report.labels.size() < 34,
             "not every one of the 33 road names + district fits; some must be skipped");
    for (qsizetype i = 0; i < report.labels.size(); ++i) {
        const QPolygonF a = report.labels[i].box.polygon();
        QVERIFY(QRectF(image.rect()).contains(a.boundingRect()));
        for (qsizetype j = i + 1; j < report.labels.size(); ++j) {
            // Independent of LabelBox::intersects: Qt's polygon clipping.
            const QPolygonF overlap = a.intersected(report.labels[j].box.polygon());
            const QRectF r = overlap.boundingRect();
            QVERIFY2(overlap.isEmpty() || r.width() * r.height() < 1e-6,
                     qPrintable(QStringLiteral("labels %1 and %2 overlap")
                                    .arg(report.labels[i].text, report.labels[j].text)));
        }
    }
    // The widest road is named first, along its road: 经十路 is horizontal on screen; the district too.
    const auto named = [&](const QString& text) {
        return std::find_if(report.labels.begin(), report.labels.end(),
                            [&](const PlacedLabel& l) { return l.text == text; });
    };
    QVERIFY(named(QStringLiteral("经十路")) != report.labels.end());
    QVERIFY(std::abs(named(QStringLiteral("经十路"))->box.angleDeg) < 0.5);
    QVERIFY(named(QStringLiteral("历下区")) != report.labels.end());
    QVERIFY(!named(QStringLiteral("经十路"))->stacked);
    // 舜耕路 runs south–north: upright characters stacked down the road, read top to bottom (+90°).
    if (named(QStringLiteral("舜耕路")) != report.labels.end()) {
        QVERIFY(named(QStringLiteral("舜耕路"))->stacked);
        QVERIFY(std::abs(named(QStringLiteral("舜耕路"))->box.angleDeg - 90) < 0.5);
    }
}

void TstMapRenderer::labelBoxIntersection_data() {
    QTest::addColumn<LabelBox>("a");
    QTest::addColumn<LabelBox>("b");
    QTest::addColumn<bool>("overlap");
    const QSizeF s(40, 10);
    QTest::newRow("same box") << LabelBox{{0, 0}, s, 0} << LabelBox{{0, 0}, s, 0} << true;
    QTest::newRow("side by side, 1 px gap") << LabelBox{{0, 0}, s, 0} << LabelBox{{41, 0}, s, 0} << false;
    QTest::newRow("touching edges") << LabelBox{{0, 0}, s, 0} << LabelBox{{40, 0}, s, 0} << false;
    QTest::newRow("cross: 0° and 90°") << LabelBox{{0, 0}, s, 0} << LabelBox{{0, 0}, s, 90} << true;
    // Two 45° boxes stacked diagonally: their axis-aligned bounds overlap but the boxes do not.
    QTest::newRow("parallel 45° boxes, bounds overlap only")
        << LabelBox{{0, 0}, s, 45} << LabelBox{{-10, 10}, s, 45} << false;
    QTest::newRow("45° box corner into a flat box")
        << LabelBox{{0, 0}, s, 0} << LabelBox{{30, 15}, s, 45} << true;
}

void TstMapRenderer::labelBoxIntersection() {
    QFETCH(LabelBox, a);
    QFETCH(LabelBox, b);
    QFETCH(bool, overlap);
    QCOMPARE(a.intersects(b), overlap);
    QCOMPARE(b.intersects(a), overlap);
    // Cross-check with Qt's polygon clipping.
    const QRectF r = a.polygon().intersected(b.polygon()).boundingRect();
    QCOMPARE(r.width() * r.height() > 1e-6, overlap);
}

void TstMapRenderer::scaleBarLengthMatchesScale_data() {
    QTest::addColumn<double>("mpp");
    QTest::addColumn<double>("metres");
    // Max bar 160 px: 1 m/px → 100 m, 3.3 m/px → 500 m, 7 m/px → 1 km, 25 m/px → 2 km, 0.7 m/px → 100 m.
    QTest::newRow("1 m/px: 100 m") << 1.0 << 100.0;
    QTest::newRow("3.3 m/px: 500 m") << 3.3 << 500.0;
    QTest::newRow("7 m/px: 1 km") << 7.0 << 1000.0;
    QTest::newRow("25 m/px: 2 km") << 25.0 << 2000.0;
    QTest::newRow("0.7 m/px: 100 m") << 0.7 << 100.0;
    QTest::newRow("0.25 m/px: 20 m") << 0.25 << 20.0;
}

void TstMapRenderer::scaleBarLengthMatchesScale() {
    QFETCH(double, mpp);
    QFETCH(double, metres);
    const MapViewport viewport(scene_.projectExtent().center(), mpp, QSize(800, 600));
    RenderReport report;
    RenderOptions options;
    const QImage image = render(scene_, viewport, options, &report);
    QCOMPARE(report.scaleBar.metres, metres);
    // Measure the bar in the image: dark pixels along its middle row.
    const int y = static_cast<int>(report.scaleBarRect.center().y());
    int dark = 0;
    for (int x = static_cast<int>(report.scaleBarRect.left()) - 5; x < report.scaleBarRect.right() + 5; ++x)
        if (qGray(image.pixel(x, y)) < (qGray(options.style.furniture.rgb()) + 255) / 2)
            ++dark;
    const double expectedPx = metres / mpp;
    QVERIFY2(std::abs(dark - expectedPx) <= 0.01 * expectedPx,
             qPrintable(QStringLiteral("bar %1 px, %2 m at %3 m/px is %4 px")
                            .arg(dark)
                            .arg(metres)
                            .arg(mpp)
                            .arg(expectedPx)));
}

void TstMapRenderer::hitTestFindsRoadUnderPixel() {
    const QPointF onJingshi = screenOf(viewport_, {117.010, 36.660});
    const auto hit = roadAt(scene_, viewport_, onJingshi, 3);
    QVERIFY(hit);
    QCOMPARE(*hit, (RoadId{kNotice, 1}));
    // 2 px off the centre line is still on the stroke.
    QCOMPARE(roadAt(scene_, viewport_, onJingshi + QPointF(0, 2), 3).value_or(RoadId{}),
             (RoadId{kNotice, 1}));
    const QPointF onShungeng = screenOf(viewport_, {117.020, 36.672});
    QCOMPARE(roadAt(scene_, viewport_, onShungeng, 3).value_or(RoadId{}), (RoadId{kNotice, 2}));
    // Inside the district, 40 px from every road: nothing.
    QVERIFY(!roadAt(scene_, viewport_, onJingshi + QPointF(0, -40), 3));
    // Off the map entirely.
    QVERIFY(!roadAt(scene_, viewport_, QPointF(2, 2), 3));
}

void TstMapRenderer::schematicBadgeOnlyForSchematicRoads() {
    RenderReport report;
    RenderOptions options;
    const QImage image = render(scene_, viewport_, options, &report);
    QVERIFY(report.schematicBadgeShown);
    QVERIFY(!report.badgeRect.isEmpty());
    QVERIFY(near(image.pixelColor(report.badgeRect.topLeft().toPoint() + QPoint(3, 3)),
                 options.style.badgeBackground, 12));

    const auto surveyed = MapScene::fromProject(jinanProject(GeometrySource::Layer));
    QVERIFY(surveyed);
    render(*surveyed, viewport_, options, &report);
    QVERIFY(!report.schematicBadgeShown);

    // Schematic roads out of view: no badge either.
    const MapViewport away(scene_.projectExtent().center() + QPointF(50000, 0), 5, QSize(400, 300));
    render(scene_, away, options, &report);
    QVERIFY(!report.schematicBadgeShown);
}

void TstMapRenderer::extraLayerDrawnAndHidden() {
    // A user layer: a vertical line 1 km east of 舜耕路.
    const QRectF e = scene_.projectExtent();
    SceneLayerBuilder builder(QStringLiteral("user layer"));
    builder.beginFeature(FeatureKind::Line, QStringLiteral("extra"));
    // On a pixel centre: a 1 px antialiased hairline there covers one column fully.
    const double roughX = scene_.roadBounds(RoadId{kNotice, 2})->center().x() + 1000;
    const double x =
        viewport_.toWorld(QPointF(std::floor(viewport_.toScreen(QPointF(roughX, 0)).x()) + 0.5, 0)).x();
    const QPointF pts[] = {QPointF(x, e.top() + 100), QPointF(x, e.bottom() - 100)};
    builder.addPart(pts);
    const auto layer = builder.build();
    const MapScene scene = scene_.withExtraLayer(layer);
    QCOMPARE(scene.extraLayers().size(), 1);
    RenderOptions options;
    options.showLabels = false;
    const QPointF probe = viewport_.toScreen(QPointF(x, e.center().y() + 1500));
    const QImage shown = render(scene, viewport_, options);
    QVERIFY2(colourAround(shown, probe, options.style.extraLine, 30),
             qPrintable(pixelAt(shown, probe).name()));
    options.hiddenLayers.insert(layer->id());
    const QImage hidden = render(scene, viewport_, options);
    QVERIFY(!colourAround(hidden, probe, options.style.extraLine, 60));
    QCOMPARE(scene.withoutExtraLayer(layer->id()).extraLayers().size(), 0);
}

void TstMapRenderer::cancelledFrameStops() {
    Feedback cancelled;
    cancelled.cancel();
    RenderOptions options;
    options.feedback = &cancelled;
    RenderReport report;
    render(scene_, viewport_, options, &report);
    QVERIFY(report.cancelled);
    QVERIFY(report.labels.isEmpty());

    // A whole frame: progress by stage, rising, ending at 100.
    QList<double> stages;
    Feedback whole([&](double percent) { stages.append(percent); });
    options.feedback = &whole;
    render(scene_, viewport_, options, &report);
    QVERIFY(!report.cancelled);
    QCOMPARE(stages, (QList<double>{25, 50, 75, 100}));
}

void TstMapRenderer::concurrentRendersAgree() {
    // The canvas renders on worker threads: four threads painting the same scene at once must each
    // produce the image a single render produces (no shared mutable state in the renderer).
    RenderOptions options;
    options.selection = {RoadId{kNotice, 2}};
    const QImage reference = render(scene_, viewport_, options);
    std::vector<QImage> images(4);
    std::vector<std::thread> threads;
    for (std::size_t i = 0; i < images.size(); ++i)
        threads.emplace_back([&, i] {
            for (int round = 0; round < 3; ++round)
                images[i] = render(scene_, viewport_, options);
        });
    for (std::thread& t : threads)
        t.join();
    for (const QImage& image : images)
        QVERIFY(image == reference);
}

void TstMapRenderer::rendersIntoPdf() {
    // Export paints the same way into a vector device; labels become outlines there, not bitmaps.
    QBuffer pdf;
    QVERIFY(pdf.open(QIODevice::WriteOnly));
    QPdfWriter writer(&pdf);
    writer.setResolution(96);
    writer.setPageSize(QPageSize(QSizeF(800, 600), QPageSize::Point));
    writer.setPageMargins(QMarginsF());
    RenderReport report;
    {
        QPainter painter(&writer);
        report = MapRenderer::render(painter, scene_, viewport_, RenderOptions{});
    }
    QVERIFY(pdf.data().startsWith("%PDF"));
    QVERIFY(report.labels.size() >= 3);
    QVERIFY(report.featuresDrawn >= 4);
}

QTEST_MAIN(TstMapRenderer)
#include "tst_map_renderer.moc"
