// ctest-label: system
// links: geo
// The region profile end to end (issue 9 point 4, tests of point 6): the 吉林 sample laid out in 吉林市
// (220200) lands in 吉林市's districts in the CM 126°E zone (EPSG:4551), never in 济南; the seed stays in
// 济南 (EPSG:4548). The region is given as `--region` gives it (NoticeRegion, basis Chosen), so this test
// checks placement whatever the detector decides. Extents are printed (qInfo) for the report.
#include "core/project.h"
#include "project/notice_file.h"
#include "project/project_builder.h"
#include "project/region_profile_source.h"
#include "region/gazetteer.h"
#include "test_support.h"

#include <QRectF>
#include <QTest>

using namespace luming;

namespace {

QRectF boundsOf(const QList<DistrictPolygon>& districts) {
    QRectF box;
    for (const DistrictPolygon& d : districts)
        for (const auto& part : d.parts)
            for (const LonLat& p : part.first())
                box = box.isNull() ? QRectF(p.lon, p.lat, 1e-9, 1e-9)
                                   : box.united(QRectF(p.lon, p.lat, 1e-9, 1e-9));
    return box;
}

QRectF boundsOf(const QList<RoadGeometry>& roads) {
    QRectF box;
    for (const RoadGeometry& g : roads)
        for (const LonLat& p : g.points)
            box = box.isNull() ? QRectF(p.lon, p.lat, 1e-9, 1e-9)
                               : box.united(QRectF(p.lon, p.lat, 1e-9, 1e-9));
    return box;
}

QString describe(const QRectF& box) {
    return QStringLiteral("%1–%2°E, %3–%4°N")
        .arg(box.left(), 0, 'f', 3)
        .arg(box.right(), 0, 'f', 3)
        .arg(box.top(), 0, 'f', 3)
        .arg(box.bottom(), 0, 'f', 3);
}

// 济南's ten districts as bundled (resources/jinan_districts.geojson): 116.23–117.75°E, 36.03–37.53°N.
const QRectF kJinan(QPointF(116.2, 36.0), QPointF(117.8, 37.6));

// Lays a sample out with the region chosen as --region does.
ProjectBuild buildIn(const QString& sample, const QString& code) {
    ParseOutcome parsed = parseNoticeFile(test::sharedPath(QStringLiteral("samples/") + sample));
    for (Notice& n : parsed.result.notices) {
        n.region.code = code;
        n.region.basis = RegionBasis::Chosen;
    }
    return ProjectBuilder::fromParse(std::move(parsed.result));
}

} // namespace

class TstRegionProfile : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void profiles_data();
    void profiles();
    void samplesLandInTheirCity_data();
    void samplesLandInTheirCity();
    void seedStaysInJinan();

private:
    bool haveGazetteer_ = false;
};

void TstRegionProfile::initTestCase() {
    haveGazetteer_ = !Gazetteer::defaultPath().isEmpty();
}

void TstRegionProfile::profiles_data() {
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("epsg");
    QTest::addColumn<bool>("anchors");
    QTest::newRow("济南市 370100 keeps 4548 and its anchors") << "370100"
                                                              << "济南市" << 4548 << true;
    QTest::newRow("吉林市 220200 CM 126°E") << "220200"
                                            << "吉林市" << 4551 << false;
    QTest::newRow("青岛市 370200 (即墨区's city) CM 120°E") << "370200"
                                                            << "青岛市" << 4549 << false;
    QTest::newRow("苏州市 320500 CM 120°E") << "320500"
                                            << "苏州市" << 4549 << false;
    QTest::newRow("乌鲁木齐市 650100 CM 87°E") << "650100"
                                               << "乌鲁木齐市" << 4538 << false;
}

void TstRegionProfile::profiles() {
    QFETCH(QString, code);
    QFETCH(QString, name);
    QFETCH(int, epsg);
    QFETCH(bool, anchors);
    if (!haveGazetteer_ && code != QStringLiteral("370100"))
        QSKIP("the gazetteer is not installed (tools/install-data.sh)");
    QStringList warnings;
    const RegionProfile p = loadRegionProfile(code, warnings);
    QVERIFY2(p.isKnown(), qPrintable(warnings.join(u'\n')));
    QCOMPARE(p.name, name);
    QCOMPARE(p.metricEpsg, epsg);
    QVERIFY(!p.districts.isEmpty());
    QVERIFY2(boundsOf(p.districts).contains(QPointF(p.centre->lon, p.centre->lat)),
             qPrintable(describe(boundsOf(p.districts))));
    QCOMPARE(!p.anchorsFile.isEmpty(), anchors);
}

void TstRegionProfile::samplesLandInTheirCity_data() {
    QTest::addColumn<QString>("sample");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("epsg");
    QTest::newRow("05 吉林 → 吉林市 EPSG:4551") << "05_jilin_2024_tonggao.txt"
                                                << "220200" << 4551;
    QTest::newRow("07 即墨 → 青岛市 EPSG:4549") << "07_qingdao_jimo_trad.txt"
                                                << "370200" << 4549;
    QTest::newRow("19 甪直 → 苏州市 EPSG:4549") << "19_suzhou_luzhi_2025_fuhan.txt"
                                                << "320500" << 4549;
}

// Every drawn road inside the city's districts' extent, none in 济南's; placed by district or city
// (no anchors file for these cities).
void TstRegionProfile::samplesLandInTheirCity() {
    QFETCH(QString, sample);
    QFETCH(QString, code);
    QFETCH(int, epsg);
    if (!haveGazetteer_)
        QSKIP("the gazetteer is not installed (tools/install-data.sh)");
    const ProjectBuild build = buildIn(sample, code);
    QCOMPARE(build.status, ParseStatus::Ok);
    QCOMPARE(build.project.region.code, code);
    QCOMPARE(build.project.region.metricEpsg, epsg);
    QVERIFY(!build.project.roads.isEmpty());
    const QRectF city = boundsOf(build.project.districts);
    const QRectF drawn = boundsOf(build.project.roads);
    qInfo("%s: %lld roads drawn in %s; %s's districts %s", qPrintable(sample),
          static_cast<long long>(build.project.roads.size()), qPrintable(describe(drawn)),
          qPrintable(build.project.region.name), qPrintable(describe(city)));
    QVERIFY2(city.contains(drawn), qPrintable(describe(drawn)));
    QVERIFY2(!kJinan.intersects(drawn), qPrintable(describe(drawn)));
    for (const RoadGeometry& g : build.project.roads)
        QVERIFY2(g.placement == Placement::District || g.placement == Placement::City,
                 qPrintable(QStringLiteral("seq %1: %2").arg(g.id.seq).arg(placementCode(g.placement))));
}

void TstRegionProfile::seedStaysInJinan() {
    const ProjectBuild build = ProjectBuilder::fromNoticeFile(test::seedNoticePath());
    QCOMPARE(build.status, ParseStatus::Ok);
    QCOMPARE(build.project.region.code, QStringLiteral("370100"));
    QCOMPARE(build.project.region.metricEpsg, 4548);
    const QRectF drawn = boundsOf(build.project.roads);
    qInfo("seed: %lld roads drawn in %s", static_cast<long long>(build.project.roads.size()),
          qPrintable(describe(drawn)));
    QVERIFY(kJinan.contains(drawn));
    for (const RoadGeometry& g : build.project.roads)
        QCOMPARE(placementCode(g.placement), QStringLiteral("anchor"));
}

QTEST_GUILESS_MAIN(TstRegionProfile)
#include "tst_region_profile.moc"
