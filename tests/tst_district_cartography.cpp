// ctest-label: unit
// links: luming_render luming_core
// District cartography: neighbouring districts get different fills; a district's name lands well
// inside it, also for a concave (C-shaped) district whose centroid lies outside.
#include "render/district_colouring.h"
#include "render/label_anchor.h"
#include "render/scene_layer_builder.h"

#include <QPolygonF>
#include <QTest>

using namespace luming;

namespace {

// Squares of side 1 km on a rows × cols grid, sharing edges (with the edge vertices shared, as
// boundaries cut from one source are). Input index = row * cols + col.
std::shared_ptr<const SceneLayer> squareGrid(int rows, int cols) {
    SceneLayerBuilder builder(QStringLiteral("grid"));
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < cols; ++c) {
            builder.beginFeature(FeatureKind::Polygon, QStringLiteral("区%1").arg(r * cols + c));
            const double x = 500000 + c * 1000.0, y = 4060000 + r * 1000.0;
            const QPointF ring[] = {{x, y}, {x + 500, y}, {x + 1000, y}, {x + 1000, y + 1000}, {x, y + 1000}};
            builder.addPart(ring);
        }
    return builder.build();
}

} // namespace

class TstDistrictCartography : public QObject {
    Q_OBJECT
private slots:
    void neighboursDiffer_data();
    void neighboursDiffer();
    void separateDistrictsMayShare();
    void concaveDistrictNameInside();
};

void TstDistrictCartography::neighboursDiffer_data() {
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("cols");
    QTest::newRow("a row of 5") << 1 << 5;
    QTest::newRow("3 × 3 grid (corner contacts count as neighbours)") << 3 << 3;
    QTest::newRow("2 × 4 grid") << 2 << 4;
}

void TstDistrictCartography::neighboursDiffer() {
    QFETCH(int, rows);
    QFETCH(int, cols);
    const auto grid = squareGrid(rows, cols);
    const std::vector<int> colour = colourNeighbours(*grid, 6);
    QCOMPARE(colour.size(), std::size_t(rows * cols));
    auto colourOf = [&](int r, int c) {
        return colour[static_cast<std::size_t>(grid->featureOf(r * cols + c))];
    };
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < cols; ++c) {
            QVERIFY(colourOf(r, c) >= 0 && colourOf(r, c) < 6);
            for (int dr = -1; dr <= 1; ++dr)
                for (int dc = -1; dc <= 1; ++dc) {
                    const int rr = r + dr, cc = c + dc;
                    if ((dr || dc) && rr >= 0 && rr < rows && cc >= 0 && cc < cols)
                        QVERIFY2(
                            colourOf(r, c) != colourOf(rr, cc),
                            qPrintable(QStringLiteral("(%1,%2) and (%3,%4)").arg(r).arg(c).arg(rr).arg(cc)));
                }
        }
}

void TstDistrictCartography::separateDistrictsMayShare() {
    // Two squares 5 km apart are not neighbours: both get the first palette entry.
    SceneLayerBuilder builder(QStringLiteral("apart"));
    for (int i = 0; i < 2; ++i) {
        builder.beginFeature(FeatureKind::Polygon);
        const double x = 500000 + i * 6000.0;
        const QPointF ring[] = {{x, 4060000}, {x + 1000, 4060000}, {x + 1000, 4061000}, {x, 4061000}};
        builder.addPart(ring);
    }
    const auto layer = builder.build();
    QCOMPARE(colourNeighbours(*layer, 6), (std::vector<int>{0, 0}));
}

void TstDistrictCartography::concaveDistrictNameInside() {
    // A C-shaped district, 10 km tall: its centroid falls in the notch (outside the polygon).
    const QList<QPointF> c = {{0, 0},       {10000, 0},    {10000, 2000},  {2000, 2000},
                              {2000, 8000}, {10000, 8000}, {10000, 10000}, {0, 10000}};
    SceneLayerBuilder builder(QStringLiteral("c"));
    builder.beginFeature(FeatureKind::Polygon, QStringLiteral("历城区"));
    std::vector<QPointF> ring;
    for (const QPointF& p : c)
        ring.push_back(p + QPointF(500000, 4050000));
    builder.addPart(ring);
    const auto layer = builder.build();
    const QPointF anchor = areaLabelAnchor(*layer, 0) - QPointF(500000, 4050000);
    QPolygonF polygon(c);
    QVERIFY2(polygon.containsPoint(anchor, Qt::OddEvenFill),
             qPrintable(QStringLiteral("%1, %2").arg(anchor.x()).arg(anchor.y())));
    // Well inside: at least 800 m from the outline of a 2 km wide arm (the best possible is 1 km).
    const double toEdge = std::min(
        {anchor.x(), anchor.y(), 10000 - anchor.y(),
         anchor.y() > 2000 && anchor.y() < 8000 ? 2000 - anchor.x() : 1e9,
         anchor.x() > 2000 ? std::min(std::abs(anchor.y() - 2000), std::abs(anchor.y() - 8000)) : 1e9});
    QVERIFY2(toEdge >= 800, qPrintable(QString::number(toEdge)));
}

QTEST_APPLESS_MAIN(TstDistrictCartography)
#include "tst_district_cartography.moc"
