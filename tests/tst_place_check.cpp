// ctest-label: unit
// links: geo
// The places of a notice checked against the gazetteer (region/place_check.h): clean places, a
// one-character slip in a 街道 or a 区 with its suggestion, a 街道 filed under another district, the seed's
// 遥墙街道/章锦街道 under the zone 370171 济南高新区 checked clean, and nothing checked without a region.
#include "notice/notice_parser.h"
#include "region/place_check.h"
#include "region/region_assigner.h"
#include "test_support.h"

#include <QTest>

using namespace luming;

namespace {

Notice jinanNotice(const QString& district, const QStringList& subdistricts) {
    Notice n;
    n.region = NoticeRegion{QStringLiteral("370100"), QStringLiteral("济南市"), RegionBasis::Chosen, {}};
    RoadRecord r;
    r.seq = 1;
    r.name = QStringLiteral("甲路");
    r.district = district;
    r.subdistricts = subdistricts;
    n.roads.append(r);
    return n;
}

bool isPlaceFinding(const Finding& f) {
    return f.code == FindingCode::PlaceUnknown || f.code == FindingCode::PlaceInOtherDistrict;
}

} // namespace

class TstPlaceCheck : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void places_data();
    void places();
    void noRegionNoCheck();
    void seedChecksClean();

private:
    std::optional<Gazetteer> gazetteer_;
};

void TstPlaceCheck::initTestCase() {
    Result<Gazetteer> g = Gazetteer::open(QStringLiteral(LUMING_GAZETTEER_PATH));
    if (!g)
        QFAIL(qPrintable(g.errorString()));
    gazetteer_ = *g;
}

void TstPlaceCheck::places_data() {
    QTest::addColumn<QString>("district");
    QTest::addColumn<QStringList>("subdistricts");
    QTest::addColumn<QList<FindingCode>>("codes");
    QTest::addColumn<QString>("mentions"); // the message names this (the suggestion, the other district)
    using L = QList<FindingCode>;
    QTest::newRow("历城区 港沟街道 clean")
        << QStringLiteral("历城区") << QStringList{"港沟街道"} << L{} << QString();
    QTest::newRow("歷城區 港溝街道 traditional, clean")
        << QStringLiteral("歷城區") << QStringList{"港溝街道"} << L{} << QString();
    QTest::newRow("济南高新区 遥墙街道 (zone) clean")
        << QStringLiteral("济南高新区") << QStringList{"遥墙街道"} << L{} << QString();
    QTest::newRow("历城区 章锦街道 (filed under the zone) clean")
        << QStringLiteral("历城区") << QStringList{"章锦街道"} << L{} << QString();
    QTest::newRow("港沟镇, the older kind, clean")
        << QStringLiteral("历城区") << QStringList{"港沟镇"} << L{} << QString();
    QTest::newRow("港勾街道 one-character slip")
        << QStringLiteral("历城区") << QStringList{"港勾街道"} << L{FindingCode::PlaceUnknown}
        << QStringLiteral("港沟街道");
    QTest::newRow("历成区 one-character slip") << QStringLiteral("历成区") << QStringList{}
                                               << L{FindingCode::PlaceUnknown} << QStringLiteral("历城区");
    QTest::newRow("崂山区 is 青岛's") << QStringLiteral("崂山区") << QStringList{}
                                      << L{FindingCode::PlaceUnknown} << QStringLiteral("崂山区");
    QTest::newRow("历城区、历下区 (a road in two districts) clean")
        << QStringLiteral("历城区、历下区") << QStringList{"港沟街道"} << L{} << QString();
    QTest::newRow("历城区、历成区: the slipped one alone")
        << QStringLiteral("历城区、历成区") << QStringList{} << L{FindingCode::PlaceUnknown}
        << QStringLiteral("历成区");
    QTest::newRow("历下区 港沟街道: under 历城区")
        << QStringLiteral("历下区") << QStringList{"港沟街道"} << L{FindingCode::PlaceInOtherDistrict}
        << QStringLiteral("历城区");
}

void TstPlaceCheck::places() {
    QFETCH(QString, district);
    QFETCH(QStringList, subdistricts);
    QFETCH(QList<FindingCode>, codes);
    QFETCH(QString, mentions);
    const QList<Finding> findings = checkPlaces(jinanNotice(district, subdistricts), *gazetteer_);
    QList<FindingCode> got;
    for (const Finding& f : findings)
        got.append(f.code);
    QCOMPARE(got, codes);
    for (const Finding& f : findings) {
        QVERIFY2(f.message.contains(mentions), qPrintable(f.message));
        QCOMPARE(f.seqs, QList<int>{1});
        QCOMPARE(f.severity, Severity::Warning);
    }
}

void TstPlaceCheck::noRegionNoCheck() {
    Notice n = jinanNotice(QStringLiteral("历成区"), {QStringLiteral("港勾街道")});
    n.region = {};
    QVERIFY(checkPlaces(n, *gazetteer_).isEmpty());
}

void TstPlaceCheck::seedChecksClean() {
    ParseOutcome parsed = NoticeParser::parseFile(luming::test::seedNoticePath());
    QCOMPARE(parsed.status, ParseStatus::Ok);
    const QStringList warnings = assignRegions(parsed.result.notices);
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
    QCOMPARE(parsed.result.notices.size(), 1);
    const Notice& seed = parsed.result.notices.front();
    QCOMPARE(seed.region.code, QStringLiteral("370100"));
    QStringList zoneRoads;
    for (const RoadRecord& r : seed.roads)
        if (r.subdistricts.contains(QStringLiteral("遥墙街道")) ||
            r.subdistricts.contains(QStringLiteral("章锦街道")))
            zoneRoads.append(r.name);
    QCOMPARE(zoneRoads.size(), 6); // 5 in 遥墙街道, 1 in 章锦街道 (tests/data/seed_expected.json)
    for (const Finding& f : seed.findings)
        QVERIFY2(!isPlaceFinding(f), qPrintable(f.message));
}

QTEST_GUILESS_MAIN(TstPlaceCheck)
#include "tst_place_check.moc"
