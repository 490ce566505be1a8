// ctest-label: unit
// links: geo
// The notice's region (region/region_detector.h) on every development sample, whose city was read by hand
// (tests/data/region/sample_regions.tsv), on the seed, and on made-up notices: two cities' places tie and
// ask the user to choose, a headline or lead names the city (road names that begin with one do not), no
// recognisable place leaves the region unknown, --region by code and by name.
#include "notice/notice_parser.h"
#include "region/region_detector.h"
#include "test_support.h"

#include <QTest>

using namespace luming;

namespace {

RoadRecord road(const QString& name, const QString& district, const QStringList& subdistricts = {}) {
    RoadRecord r;
    r.name = name;
    r.district = district;
    r.subdistricts = subdistricts;
    return r;
}

} // namespace

class TstRegionDetector : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void samples_data();
    void samples();
    void docNumberPrefix();
    void twoCitiesAskToChoose();
    void noPlaceIsUnknown();
    void provinceNameIsNotItsCity();
    void leadMentions_data();
    void leadMentions();
    void choose_data();
    void choose();

private:
    std::optional<RegionDetector> detector_;
};

void TstRegionDetector::initTestCase() {
    Result<Gazetteer> g = Gazetteer::open(QStringLiteral(LUMING_GAZETTEER_PATH));
    if (!g)
        QFAIL(qPrintable(g.errorString()));
    detector_.emplace(*g);
}

void TstRegionDetector::samples_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("mustDetect"); // else: that city or unknown, never another
    QFile table(luming::test::testDataPath(QStringLiteral("region/sample_regions.tsv")));
    QVERIFY(table.open(QIODevice::ReadOnly | QIODevice::Text));
    while (!table.atEnd()) {
        const QString line = QString::fromUtf8(table.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList f = line.split(QLatin1Char('\t'));
        QVERIFY2(f.size() >= 4 && (f[3] == u"detect" || f[3] == u"not-wrong"), qPrintable(line));
        QTest::newRow(qPrintable(f[0] + QLatin1Char(' ') + f[2]))
            << luming::test::sharedPath(QStringLiteral("samples/") + f[0]) << f[1] << f[2]
            << (f[3] == u"detect");
    }
    QTest::newRow("seed 济政字〔2021〕62号")
        << luming::test::seedNoticePath() << QStringLiteral("370100") << QStringLiteral("济南市") << true;
}

void TstRegionDetector::samples() {
    QFETCH(QString, file);
    QFETCH(QString, code);
    QFETCH(QString, name);
    QFETCH(bool, mustDetect);
    QCOMPARE(detector_->gazetteer().unit(code)->name, name); // the table itself is consistent
    const ParseOutcome parsed = NoticeParser::parseFile(file);
    if (mustDetect) {
        QCOMPARE(parsed.status, ParseStatus::Ok);
        QVERIFY(!parsed.result.notices.isEmpty());
    }
    for (const Notice& n : parsed.result.notices) {
        const RegionDetection d = detector_->detect(n);
        if (!mustDetect && !d.region.known()) {
            QCOMPARE(d.finding->code, FindingCode::RegionUnknown);
            continue;
        }
        QVERIFY2(d.region.code == code,
                 qPrintable(QStringLiteral("%1 → %2 %3 [%4] %5")
                                .arg(n.title, d.region.code, d.region.name, d.region.evidence,
                                     d.finding ? d.finding->message : QString())));
        QCOMPARE(d.region.basis, RegionBasis::Detected);
        QVERIFY(!d.finding);
    }
}

void TstRegionDetector::docNumberPrefix() {
    // 济 alone means 济南, 济宁 and 济源: the prefix votes for all three; one 历城区 item decides.
    Notice n;
    n.docNumber = QStringLiteral("济政字〔2021〕62号");
    RegionDetection d = detector_->detect(n);
    QCOMPARE(d.finding->code, FindingCode::RegionAmbiguous);
    QStringList codes;
    for (const AdminUnit& c : d.candidates)
        codes.append(c.code);
    QCOMPARE(codes, (QStringList{"370100", "370800", "419001"}));
    n.roads.append(road(QStringLiteral("港西路"), QStringLiteral("历城区")));
    d = detector_->detect(n);
    QCOMPARE(d.region.code, QStringLiteral("370100"));
    QVERIFY(d.region.evidence.contains(QStringLiteral("济政字")));
}

void TstRegionDetector::twoCitiesAskToChoose() {
    // An untitled notice: one road in 济南's 历下区, one in 青岛's 崂山区.
    Notice n;
    n.roads.append(road(QStringLiteral("甲路"), QStringLiteral("历下区"), {QStringLiteral("龙洞街道")}));
    n.roads.append(road(QStringLiteral("乙路"), QStringLiteral("崂山区"), {QStringLiteral("沙子口街道")}));
    const RegionDetection d = detector_->detect(n);
    QVERIFY(!d.region.known());
    QCOMPARE(d.region.basis, RegionBasis::Unknown);
    QVERIFY(d.finding);
    QCOMPARE(d.finding->code, FindingCode::RegionAmbiguous);
    QVERIFY2(d.finding->message.contains(QStringLiteral("济南市")) &&
                 d.finding->message.contains(QStringLiteral("青岛市")),
             qPrintable(d.finding->message));
    QCOMPARE(d.candidates.size(), 2);
}

void TstRegionDetector::noPlaceIsUnknown() {
    Notice n;
    n.title = QStringLiteral("关于部分道路命名的公告");
    n.roads.append(road(QStringLiteral("甲路"), QString()));
    const RegionDetection d = detector_->detect(n);
    QVERIFY(!d.region.known());
    QVERIFY(d.finding);
    QCOMPARE(d.finding->code, FindingCode::RegionUnknown);
    QVERIFY(d.candidates.isEmpty());
}

void TstRegionDetector::provinceNameIsNotItsCity() {
    // "吉林省地名管理规定" names the province, not 吉林市; the item's 南关区 is 长春's.
    Notice n;
    n.title = QStringLiteral("根据《吉林省地名管理规定》");
    n.roads.append(road(QStringLiteral("甲路"), QStringLiteral("南关区")));
    const RegionDetection d = detector_->detect(n);
    QCOMPARE(d.region.code, QStringLiteral("220100"));
}

void TstRegionDetector::leadMentions_data() {
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("lead");
    QTest::addColumn<QString>("subdistrict");
    QTest::addColumn<QString>("code"); // empty: unknown
    // A news report names its city in the headline and the lead, not in a title: two lines outweigh a
    // 镇 whose name another city has too.
    QTest::newRow("headline and lead")
        << QString() << QStringLiteral("定了!襄阳这10条新路有名字了\n\n经襄阳市人民政府批复同意,…")
        << QStringLiteral("团山镇") << QStringLiteral("420600");
    QTest::newRow("source line, county-level city")
        << QString() << QStringLiteral("这些道路有标准名称了\n来源:诸城新闻网") << QString()
        << QStringLiteral("370700");
    QTest::newRow("a cited city regulation")
        << QString() << QStringLiteral("按照《洛阳市地名管理办法》等相关规定,现将我区…") << QString()
        << QStringLiteral("410300");
    // Road names that begin with a city's name lie in every city.
    QTest::newRow("road names are no mention")
        << QString() << QStringLiteral("北京东路、南京大道、长沙路和上海街沿线\n杭州路以西") << QString()
        << QString();
    QTest::newRow("the city with 市 before a road word")
        << QString() << QStringLiteral("武汉市道路命名工作") << QString() << QStringLiteral("420100");
    // One passing mention of another city does not outweigh the title.
    QTest::newRow("title outweighs a passing mention")
        << QStringLiteral("济南市人民政府关于部分道路命名的通知") << QStringLiteral("参照青岛市的做法,…")
        << QString() << QStringLiteral("370100");
}

void TstRegionDetector::leadMentions() {
    QFETCH(QString, title);
    QFETCH(QString, lead);
    QFETCH(QString, subdistrict);
    QFETCH(QString, code);
    Notice n;
    n.title = title;
    n.lead = lead;
    n.roads.append(road(QStringLiteral("甲路"), QString(),
                        subdistrict.isEmpty() ? QStringList{} : QStringList{subdistrict}));
    const RegionDetection d = detector_->detect(n);
    QVERIFY2(d.region.code == code, qPrintable(QStringLiteral("%1 %2 [%3] %4")
                                                   .arg(d.region.code, d.region.name, d.region.evidence,
                                                        d.finding ? d.finding->message : QString())));
}

void TstRegionDetector::choose_data() {
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("code"); // empty: refused
    QTest::newRow("code 370100") << QStringLiteral("370100") << QStringLiteral("370100");
    QTest::newRow("name 济南") << QStringLiteral("济南") << QStringLiteral("370100");
    QTest::newRow("traditional 濟南市") << QStringLiteral("濟南市") << QStringLiteral("370100");
    QTest::newRow("district code 370112 means its city")
        << QStringLiteral("370112") << QStringLiteral("370100");
    QTest::newRow("county-level city 诸城 means 潍坊")
        << QStringLiteral("诸城市") << QStringLiteral("370700");
    QTest::newRow("municipality 北京") << QStringLiteral("北京") << QStringLiteral("110000");
    QTest::newRow("市中区: four cities, refused") << QStringLiteral("市中区") << QString();
    QTest::newRow("unknown name refused") << QStringLiteral("不存在") << QString();
}

void TstRegionDetector::choose() {
    QFETCH(QString, given);
    QFETCH(QString, code);
    const Result<NoticeRegion> r = detector_->choose(given);
    if (code.isEmpty()) {
        QVERIFY(!r);
        QVERIFY(!r.errorString().isEmpty());
        return;
    }
    QVERIFY2(r, qPrintable(r.errorString()));
    QCOMPARE(r->code, code);
    QCOMPARE(r->basis, RegionBasis::Chosen);
}

QTEST_GUILESS_MAIN(TstRegionDetector)
#include "tst_region_detector.moc"
