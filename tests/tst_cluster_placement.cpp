// ctest-label: unit
// links: luming_layout luming_districts luming_crs luming_core
// Where clusters go in a region (issue 9 point 4): an anchor's 街道 at its anchor; a cluster without one
// inside its 区's polygon, the clusters of one 区 apart; a 区 without a polygon at the region's centre; an
// unknown region places nothing. A made-up region near 吉林 (CM 126°E, EPSG:4551) with two square 区.
#include "crs/crs_transformer.h"
#include "layout/layout_solver.h"

#include <QRectF>
#include <QTest>
#include <cmath>

using namespace luming;

namespace {

DistrictPolygon square(const QString& name, double west, double south, double east, double north) {
    DistrictPolygon d;
    d.name = name;
    d.parts = {{{{west, south}, {east, south}, {east, north}, {west, north}, {west, south}}}};
    return d;
}

// 甲区 and 乙区: 0.1° × 0.1° (about 8 × 11 km) side by side; 丙区 has no polygon.
RegionProfile testRegion() {
    RegionProfile r;
    r.code = QStringLiteral("990100");
    r.name = QStringLiteral("测试市");
    r.metricEpsg = 4551;
    r.centre = LonLat{126.55, 43.95};
    r.districts = {square(QStringLiteral("甲区"), 126.40, 43.80, 126.50, 43.90),
                   square(QStringLiteral("乙区"), 126.55, 43.80, 126.65, 43.90)};
    return r;
}

// An east–west road between two roads the notice only refers to: a cluster of its own.
RoadRecord road(int seq, const QString& name, const QString& district, const QString& subdistrict) {
    RoadRecord r;
    r.seq = seq;
    r.name = name;
    r.lengthM = 600;
    r.startDir = Direction::East;
    r.start = name + QStringLiteral("东横路");
    r.endDir = Direction::West;
    r.end = name + QStringLiteral("西横路");
    r.shape = Shape::Straight;
    r.district = district;
    r.subdistricts = {subdistrict};
    return r;
}

QList<RoadRecord> records() {
    return {road(1, QStringLiteral("一路"), QStringLiteral("甲区"), QStringLiteral("一街道")),
            road(2, QStringLiteral("二路"), QStringLiteral("甲区"), QStringLiteral("二街道")),
            road(3, QStringLiteral("三路"), QStringLiteral("乙区"), QStringLiteral("三街道")),
            road(4, QStringLiteral("四路"), QStringLiteral("丙区"), QStringLiteral("四街道")),
            road(5, QStringLiteral("五路"), QStringLiteral("甲区"), QStringLiteral("锚街道"))};
}

AnchorTable anchors() {
    AnchorTable t;
    Anchor a;
    a.subdistrict = QStringLiteral("锚街道");
    a.lon = 126.42;
    a.lat = 43.82;
    a.accuracyM = 100;
    a.line = 1;
    t.append(a);
    return t;
}

QRectF boundsOf(const LonLatLine& line) {
    QRectF box(QPointF(line.first().lon, line.first().lat), QSizeF(0, 0));
    for (const LonLat& p : line)
        box = QRectF(QPointF(std::min(box.left(), p.lon), std::min(box.top(), p.lat)),
                     QPointF(std::max(box.right(), p.lon), std::max(box.bottom(), p.lat)));
    return box;
}

const RoadGeometry* geometryOf(const LayoutResult& result, int seq) {
    for (const RoadGeometry& g : result.roads)
        if (g.id.seq == seq)
            return &g;
    return nullptr;
}

} // namespace

class TstClusterPlacement : public QObject {
    Q_OBJECT
private slots:
    void placedBy_data();
    void placedBy();
    void clustersOfOneDistrictApart();
    void unknownRegionPlacesNothing();
    void missingAnchorSaysWhatIsMissing_data();
    void missingAnchorSaysWhatIsMissing();
};

void TstClusterPlacement::placedBy_data() {
    QTest::addColumn<int>("seq");
    QTest::addColumn<int>("placement");
    QTest::addColumn<QRectF>("within"); // lon/lat box every vertex must lie in
    const QRectF jia(QPointF(126.40, 43.80), QPointF(126.50, 43.90));
    const QRectF yi(QPointF(126.55, 43.80), QPointF(126.65, 43.90));
    // Within 2 km of the centre (a 600 m road, set side by side with no other cluster).
    const QRectF centre(QPointF(126.55 - 0.025, 43.95 - 0.018), QPointF(126.55 + 0.025, 43.95 + 0.018));
    // The anchor's 100 m plus the road's half length.
    const QRectF anchor(QPointF(126.42 - 0.006, 43.82 - 0.003), QPointF(126.42 + 0.006, 43.82 + 0.003));
    QTest::newRow("一路 甲区, no anchor → inside 甲区") << 1 << int(Placement::District) << jia;
    QTest::newRow("二路 甲区, no anchor → inside 甲区") << 2 << int(Placement::District) << jia;
    QTest::newRow("三路 乙区, no anchor → inside 乙区") << 3 << int(Placement::District) << yi;
    QTest::newRow("四路 丙区 has no polygon → city centre") << 4 << int(Placement::City) << centre;
    QTest::newRow("五路 锚街道 anchored → at its anchor") << 5 << int(Placement::Anchor) << anchor;
}

void TstClusterPlacement::placedBy() {
    QFETCH(int, seq);
    QFETCH(int, placement);
    QFETCH(QRectF, within);
    LayoutOptions options;
    options.region = testRegion();
    const LayoutResult result =
        LayoutSolver(options).solve(records(), NoticeId::fromDocNumber(QStringLiteral("测试")), anchors());
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    const RoadGeometry* g = geometryOf(result, seq);
    QVERIFY(g);
    QCOMPARE(placementCode(g->placement), placementCode(Placement(placement)));
    QVERIFY(g->points.size() >= 2);
    for (const LonLat& p : g->points)
        QVERIFY2(within.contains(QPointF(p.lon, p.lat)),
                 qPrintable(QStringLiteral("%1,%2 outside the expected box")
                                .arg(p.lon, 0, 'f', 5)
                                .arg(p.lat, 0, 'f', 5)));
    // Drawn length measured in the region's own zone: the stated 600 m.
    QVERIFY2(std::abs(g->drawnLengthM - 600) < 1, qPrintable(QString::number(g->drawnLengthM)));
}

// 一路 and 二路 both lie in 甲区 without an anchor: at different points, not on top of each other.
void TstClusterPlacement::clustersOfOneDistrictApart() {
    LayoutOptions options;
    options.region = testRegion();
    const LayoutResult result =
        LayoutSolver(options).solve(records(), NoticeId::fromDocNumber(QStringLiteral("测试")), anchors());
    const RoadGeometry* one = geometryOf(result, 1);
    const RoadGeometry* two = geometryOf(result, 2);
    QVERIFY(one && two);
    auto gk = CrsTransformer::create(QStringLiteral("EPSG:4490"), QStringLiteral("EPSG:4551"));
    QVERIFY(gk);
    const QPointF a = gk->forward(boundsOf(one->points).center());
    const QPointF b = gk->forward(boundsOf(two->points).center());
    const double apartM = std::hypot(a.x() - b.x(), a.y() - b.y());
    // Two sites of an 8 × 11 km square chosen far apart: several km, far more than the roads' 600 m.
    QVERIFY2(apartM > 3000, qPrintable(QStringLiteral("%1 m apart").arg(apartM)));
    bool reported = false;
    for (const LayoutReportRow& row : result.report)
        reported = reported || row.detail.contains(QStringLiteral("inside the polygon of 甲区"));
    QVERIFY(reported);
}

// No region: no coordinates at all (not Jinan's, not anyone's), and the report says why.
void TstClusterPlacement::unknownRegionPlacesNothing() {
    const LayoutResult result =
        LayoutSolver(LayoutOptions{})
            .solve(records(), NoticeId::fromDocNumber(QStringLiteral("测试")), anchors());
    QVERIFY(result.error.isEmpty());
    QVERIFY(result.roads.isEmpty());
    QVERIFY(result.referencedRoads.isEmpty());
    QCOMPARE(result.report.size(), 1);
    QVERIFY2(result.report.first().detail.contains(QStringLiteral("region is unknown")),
             qPrintable(result.report.first().detail));
}

// A 街道 without an anchor: the report names the anchor file that has no row for it, or — when the
// region has no anchor file at all — says so and where it would be (it once said "has no row in ;").
void TstClusterPlacement::missingAnchorSaysWhatIsMissing_data() {
    QTest::addColumn<bool>("fromFile");
    QTest::addColumn<QString>("expected");
    QTest::newRow("anchor table 990100.csv without 一街道")
        << true << QStringLiteral("一路: 一街道 has no row in 990100.csv; placed at");
    QTest::newRow("no anchor table for the region")
        << false
        << QStringLiteral("一路: 一街道 has no anchor (no anchor table for 测试市 (990100): "
                          "resources/anchors/990100.csv); placed at");
}

void TstClusterPlacement::missingAnchorSaysWhatIsMissing() {
    QFETCH(bool, fromFile);
    QFETCH(QString, expected);
    QList<AnchorProblem> problems;
    const AnchorTable table = fromFile ? AnchorTable::parse("subdistrict,lon,lat,source,accuracy_m,note\n"
                                                            "锚街道,126.42,43.82,test,100,\n",
                                                            QStringLiteral("990100.csv"), &problems)
                                       : AnchorTable();
    QVERIFY(problems.isEmpty());
    LayoutOptions options;
    options.region = testRegion();
    const LayoutResult result =
        LayoutSolver(options).solve(records(), NoticeId::fromDocNumber(QStringLiteral("测试")), table);
    QStringList anchorRows;
    for (const LayoutReportRow& row : result.report)
        if (row.kind == ReportKind::Anchor && row.name == QStringLiteral("一街道"))
            anchorRows << row.detail;
    QCOMPARE(anchorRows.size(), 1);
    QVERIFY2(anchorRows.first().contains(expected), qPrintable(anchorRows.first()));
    QVERIFY2(!anchorRows.first().contains(QStringLiteral(" in ;")), qPrintable(anchorRows.first()));
}

QTEST_GUILESS_MAIN(TstClusterPlacement)
#include "tst_cluster_placement.moc"
