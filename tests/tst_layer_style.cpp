// ctest-label: gui
// links: luming_render luming_core
// Issue 11 point 6: an extra layer's style reaches the pixels. A horizontal line is rendered offscreen
// at 1 m/px and the column through it is read back: its colour, how many pixel rows it covers (the
// line's width), the blend with the background at half opacity, whether its label is placed. And the
// width table: which field gives widths (a width in metres before a road class) and what each class
// is drawn with.
#include "render/map_renderer.h"
#include "render/road_width_table.h"
#include "render/scene_layer_builder.h"

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QTest>

using namespace luming;

namespace {

constexpr QSize kSize(400, 300);
constexpr int kColumn = 150; // a pixel column the line crosses, clear of its label in the middle

// A 1 km east–west line, centred half a metre above the origin so that at 1 m/px its axis runs through
// the middle of pixel row 149 (a 1 px line covers that row exactly).
std::shared_ptr<const SceneLayer> lineLayer(double widthM) {
    SceneLayerBuilder builder(QStringLiteral("roads.geojson"));
    builder.beginFeature(FeatureKind::Line, QStringLiteral("经十路"), widthM);
    const QPointF points[] = {QPointF(-500, 0.5), QPointF(500, 0.5)};
    builder.addPart(points);
    return builder.build();
}

bool near(QColor a, QColor b, int tolerance) {
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance &&
           std::abs(a.blue() - b.blue()) <= tolerance;
}

} // namespace

class TstLayerStyle : public QObject {
    Q_OBJECT
private slots:
    void styleReachesThePixels_data() {
        QTest::addColumn<QColor>("colour");  // style colour; invalid: the default look
        QTest::addColumn<double>("widthPx"); // style width
        QTest::addColumn<double>("opacity");
        QTest::addColumn<bool>("labels");
        QTest::addColumn<double>("widthM"); // the feature's width from a width field; 0: none
        QTest::addColumn<QColor>("expected");
        QTest::addColumn<int>("rows"); // pixel rows of the expected colour in the column
        const QColor red(0xd0, 0x20, 0x20);
        const QColor blue = MapStyle().extraLine;
        const QColor bg = MapStyle().background;
        const QColor halfRed((red.red() + bg.red()) / 2, (red.green() + bg.green()) / 2,
                             (red.blue() + bg.blue()) / 2);
        QTest::newRow("default look: 1 px in the extra-layer blue, labelled")
            << QColor() << 1.0 << 1.0 << true << 0.0 << blue << 1;
        // Odd widths: centred on a pixel row, they cover whole rows (an even one has two half rows).
        QTest::newRow("red, 5 px") << red << 5.0 << 1.0 << true << 0.0 << red << 5;
        QTest::newRow("width field: 11 m at 1 m/px is 11 px (style width the least)")
            << red << 2.0 << 1.0 << true << 11.0 << red << 11;
        QTest::newRow("width field narrower than the style width: the style width")
            << red << 7.0 << 1.0 << true << 3.0 << red << 7;
        QTest::newRow("half opacity: half way to the background")
            << red << 3.0 << 0.5 << true << 0.0 << halfRed << 3;
        QTest::newRow("labels off") << red << 3.0 << 1.0 << false << 0.0 << red << 3;
    }
    void styleReachesThePixels() {
        QFETCH(QColor, colour);
        QFETCH(double, widthPx);
        QFETCH(double, opacity);
        QFETCH(bool, labels);
        QFETCH(double, widthM);
        QFETCH(QColor, expected);
        QFETCH(int, rows);

        const std::shared_ptr<const SceneLayer> layer = lineLayer(widthM);
        const MapScene scene = MapScene(nullptr, nullptr, {}, 4548).withExtraLayer(layer);
        RenderOptions options;
        options.showScaleBar = options.showNorthArrow = options.showSchematicBadge = false;
        options.layerStyles.insert(layer->id(), LayerStyle{colour, widthPx, opacity, labels});
        QImage image(kSize, QImage::Format_ARGB32_Premultiplied);
        QPainter painter(&image);
        const RenderReport report =
            MapRenderer::render(painter, scene, MapViewport({0, 0}, 1.0, kSize), options);
        painter.end();

        int covered = 0;
        for (int y = 0; y < kSize.height(); ++y)
            covered += near(image.pixelColor(kColumn, y), expected, 12) ? 1 : 0;
        QCOMPARE(covered, rows);
        QVERIFY2(near(image.pixelColor(kColumn, 149), expected, 12),
                 qPrintable(image.pixelColor(kColumn, 149).name()));
        QVERIFY(near(image.pixelColor(kColumn, 40), MapStyle().background, 2)); // far from the line
        QCOMPARE(!report.labels.isEmpty(), labels);
    }

    void widthField_data() {
        QTest::addColumn<QStringList>("fields");
        QTest::addColumn<int>("index"); // -1: none detected
        QTest::addColumn<int>("kind");
        QTest::newRow("OSM extract: highway")
            << QStringList{"osm_id", "name", "highway"} << 2 << int(WidthFieldKind::RoadClass);
        QTest::newRow("Geofabrik shapefile: fclass")
            << QStringList{"osm_id", "code", "fclass", "name"} << 2 << int(WidthFieldKind::RoadClass);
        QTest::newRow("bureau layer: 宽度 in metres before 等级")
            << QStringList{"名称", "等级", "宽度"} << 2 << int(WidthFieldKind::Metres);
        QTest::newRow("DBF code KD, any case")
            << QStringList{"DLMC", "kd"} << 1 << int(WidthFieldKind::Metres);
        QTest::newRow("no width or class field") << QStringList{"name", "length"} << -1 << 0;
    }
    void widthField() {
        QFETCH(QStringList, fields);
        QFETCH(int, index);
        QFETCH(int, kind);
        const std::optional<WidthField> found = detectWidthField(fields);
        QCOMPARE(found ? found->index : -1, index);
        if (found)
            QCOMPARE(int(found->kind), kind);
    }

    void widthOfValue_data() {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("value");
        QTest::addColumn<double>("metres");
        QTest::newRow("primary") << int(WidthFieldKind::RoadClass) << "primary" << 22.0;
        QTest::newRow("primary_link drawn as its road")
            << int(WidthFieldKind::RoadClass) << "primary_link" << 22.0;
        QTest::newRow("主干路") << int(WidthFieldKind::RoadClass) << "主干路" << 40.0;
        QTest::newRow("residential, upper case") << int(WidthFieldKind::RoadClass) << "RESIDENTIAL" << 8.0;
        QTest::newRow("unknown class") << int(WidthFieldKind::RoadClass) << "bridleway" << 0.0;
        QTest::newRow("metres") << int(WidthFieldKind::Metres) << " 30 " << 30.0;
        QTest::newRow("metres: 500 is no road's width") << int(WidthFieldKind::Metres) << "500" << 0.0;
        QTest::newRow("metres: not a number") << int(WidthFieldKind::Metres) << "宽" << 0.0;
    }
    void widthOfValue() {
        QFETCH(int, kind);
        QFETCH(QString, value);
        QFETCH(double, metres);
        QCOMPARE(widthFromValue(WidthFieldKind(kind), value), metres);
    }
};

QTEST_MAIN(TstLayerStyle)
#include "tst_layer_style.moc"
