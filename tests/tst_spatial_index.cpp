// ctest-label: unit
// links: luming_render luming_core
// SpatialIndex (packed Hilbert R-tree): every query equals a brute-force scan, for several layouts of
// boxes and node sizes (fixed seeds); a 2 km window on 100,000 synthetic lines visits a small part of
// the tree.
#include "render/scene_layer_builder.h"
#include "render/spatial_index.h"

#include <QTest>
#include <algorithm>
#include <cmath>
#include <limits>
#include <random>

using namespace luming;
using Box = SpatialIndex::Box;

namespace {

enum class Layout { Uniform, Clustered, Points, Large, WithInvalid };

std::vector<Box> makeBoxes(Layout layout, int count, quint32 seed) {
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> u(0, 1);
    std::normal_distribution<double> n(0, 1);
    std::vector<Box> boxes;
    for (int i = 0; i < count; ++i) {
        double x = 500000 + u(rng) * 50000, y = 4040000 + u(rng) * 50000; // EPSG:4548-like metres
        double w = u(rng) * 300, h = u(rng) * 300;
        switch (layout) {
        case Layout::Uniform:
            break;
        case Layout::Clustered:
            x = 525000 + n(rng) * (i % 3 == 0 ? 200 : 5000);
            y = 4065000 + n(rng) * (i % 3 == 0 ? 200 : 5000);
            break;
        case Layout::Points:
            w = h = 0;
            break;
        case Layout::Large:
            w = u(rng) * 20000;
            h = u(rng) * 20000;
            break;
        case Layout::WithInvalid:
            if (i % 7 == 0) { // a feature without vertices, and a NaN
                boxes.push_back(i % 14 == 0 ? Box{std::numeric_limits<double>::infinity(),
                                                  std::numeric_limits<double>::infinity(),
                                                  -std::numeric_limits<double>::infinity(),
                                                  -std::numeric_limits<double>::infinity()}
                                            : Box{std::nan(""), 0, 1, 1});
                continue;
            }
            break;
        }
        boxes.push_back({x, y, x + w, y + h});
    }
    return boxes;
}

std::vector<std::uint32_t> bruteForce(const std::vector<Box>& boxes, const Box& w) {
    std::vector<std::uint32_t> out;
    for (std::size_t i = 0; i < boxes.size(); ++i) {
        const Box& b = boxes[i];
        if (b.minX <= w.maxX && w.minX <= b.maxX && b.minY <= w.maxY && w.minY <= b.maxY &&
            b.minX <= b.maxX && b.minY <= b.maxY)
            out.push_back(static_cast<std::uint32_t>(i));
    }
    return out;
}

} // namespace

Q_DECLARE_METATYPE(Layout)

class TstSpatialIndex : public QObject {
    Q_OBJECT
private slots:
    void matchesBruteForce_data();
    void matchesBruteForce();
    void emptyIndex();
    void smallWindowTouchesSmallFraction();
};

void TstSpatialIndex::matchesBruteForce_data() {
    QTest::addColumn<Layout>("layout");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("nodeSize");
    QTest::addColumn<quint32>("seed");
    QTest::newRow("uniform 10k boxes ≤300 m, node 16, seed 1") << Layout::Uniform << 10000 << 16 << 1u;
    QTest::newRow("uniform 10k, node 4, seed 2") << Layout::Uniform << 10000 << 4 << 2u;
    QTest::newRow("clustered 20k (a third in 200 m), node 16, seed 3")
        << Layout::Clustered << 20000 << 16 << 3u;
    QTest::newRow("points 5k (zero-size boxes), node 8, seed 4") << Layout::Points << 5000 << 8 << 4u;
    QTest::newRow("large overlapping boxes ≤20 km, node 16, seed 5") << Layout::Large << 3000 << 16 << 5u;
    QTest::newRow("every 7th box empty or NaN, node 16, seed 6") << Layout::WithInvalid << 7000 << 16 << 6u;
    QTest::newRow("one box") << Layout::Uniform << 1 << 16 << 7u;
    QTest::newRow("17 boxes: one more than a node") << Layout::Uniform << 17 << 16 << 8u;
}

void TstSpatialIndex::matchesBruteForce() {
    QFETCH(Layout, layout);
    QFETCH(int, count);
    QFETCH(int, nodeSize);
    QFETCH(quint32, seed);
    const std::vector<Box> boxes = makeBoxes(layout, count, seed);
    const SpatialIndex index(boxes, nodeSize);
    const auto valid = bruteForce(boxes, Box{-1e12, -1e12, 1e12, 1e12});
    QCOMPARE(index.size(), static_cast<std::int64_t>(valid.size()));

    std::mt19937 rng(seed * 7919u);
    std::uniform_real_distribution<double> u(0, 1);
    for (int q = 0; q < 300; ++q) {
        // From a zero-size probe to windows wider than the data, some wholly outside it.
        const double size = q % 10 == 0 ? 0 : std::pow(10.0, 1 + u(rng) * 4);
        const double x = 495000 + u(rng) * 65000, y = 4035000 + u(rng) * 65000;
        const Box window{x, y, x + size, y + size * (0.5 + u(rng))};
        auto got = index.query(window);
        std::sort(got.begin(), got.end());
        const auto expected = bruteForce(boxes, window);
        QVERIFY2(got == expected, qPrintable(QStringLiteral("window %1: %2 found, %3 expected")
                                                 .arg(q)
                                                 .arg(got.size())
                                                 .arg(expected.size())));
    }
    // A window that only touches a box's edge finds it (closed boxes).
    if (!valid.empty()) {
        const Box& b = boxes[valid.front()];
        const auto edge = index.query(Box{b.maxX, b.maxY, b.maxX + 10, b.maxY + 10});
        QVERIFY(std::find(edge.begin(), edge.end(), valid.front()) != edge.end());
    }
}

void TstSpatialIndex::emptyIndex() {
    const SpatialIndex none;
    QVERIFY(none.isEmpty());
    QVERIFY(none.query(Box{0, 0, 1e9, 1e9}).empty());
    const std::vector<Box> onlyInvalid{Box{1, 1, 0, 0}};
    const SpatialIndex invalid(onlyInvalid);
    QVERIFY(invalid.isEmpty());
    QVERIFY(invalid.query(Box{-1e9, -1e9, 1e9, 1e9}).empty());
}

void TstSpatialIndex::smallWindowTouchesSmallFraction() {
    // 100,000 lines of 50–350 m, 2–5 vertices, over a 50 × 50 km city; a 2 km × 1.25 km window in the middle.
    std::mt19937 rng(42);
    std::uniform_real_distribution<double> u(0, 1);
    SceneLayerBuilder builder(QStringLiteral("synthetic"));
    for (int i = 0; i < 100000; ++i) {
        const double x = 500000 + u(rng) * 50000, y = 4040000 + u(rng) * 50000;
        const double a = u(rng) * 3.14159, len = 50 + u(rng) * 300;
        const int n = 2 + static_cast<int>(u(rng) * 4);
        std::vector<QPointF> pts;
        for (int v = 0; v < n; ++v)
            pts.emplace_back(x + std::cos(a) * len * v / (n - 1),
                             y + std::sin(a) * len * v / (n - 1) + (v % 2) * 3);
        builder.beginFeature(FeatureKind::Line);
        QVERIFY(builder.addPart(pts));
    }
    const auto layer = builder.build();
    const SpatialIndex& index = layer->index();
    QCOMPARE(index.size(), 100000);

    const Box window{524000, 4064375, 526000, 4065625};
    std::vector<std::uint32_t> found;
    SpatialIndex::QueryStats stats;
    index.query(window, found, &stats);
    std::int64_t expected = 0;
    for (std::int64_t f = 0; f < layer->featureCount(); ++f) {
        const QRectF b = layer->bounds(f);
        expected += b.left() <= window.maxX && b.right() >= window.minX && b.top() <= window.maxY &&
                    b.bottom() >= window.minY;
    }
    QCOMPARE(static_cast<std::int64_t>(found.size()), expected);
    // The window is 0.1 % of the area; found items ≈ 0.15 % (lines reach in from outside). The tree
    // walk must stay of that order: under 1 % of the 100,000 leaf entries.
    qInfo("%lld entries visited, %zu items found", static_cast<long long>(stats.nodesVisited), found.size());
    QVERIFY2(stats.nodesVisited < 1000, qPrintable(QStringLiteral("%1 entries visited for %2 items found")
                                                       .arg(stats.nodesVisited)
                                                       .arg(found.size())));
    QVERIFY(stats.nodesVisited >= static_cast<std::int64_t>(found.size()));
}

QTEST_APPLESS_MAIN(TstSpatialIndex)
#include "tst_spatial_index.moc"
