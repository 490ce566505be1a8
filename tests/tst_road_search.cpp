// ctest-label: unit
// links: luming_search luming_store luming_chinese luming_core
// Road search (issue 4 item 3) on a Project built here from items of 济政字〔2021〕62号 (plus a 荷葉路
// printed with a traditional character and a road in two 街道): every query is run in memory
// (RoadSearch, the viewer) and against the saved GeoPackage's FTS5 index (StoreRoadSearch, the CLI),
// and both must give the same ranked list with the same reasons.
#include "chinese/chinese_variants.h"
#include "gui_test_project.h"
#include "search/road_search.h"
#include "search/store_road_search.h"
#include "store/road_store.h"
#include "test_support.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <ctime>

using namespace luming;

namespace {

const QString kDoc = QStringLiteral("济政字〔2021〕62号");

RoadRecord road(int seq, const char* name, const char* district, QStringList subdistricts, const char* start,
                const char* end, QStringList via = {}) {
    RoadRecord r;
    r.seq = seq;
    r.name = QString::fromUtf8(name);
    r.district = QString::fromUtf8(district);
    r.subdistricts = std::move(subdistricts);
    r.start = QString::fromUtf8(start);
    r.end = QString::fromUtf8(end);
    r.via = std::move(via);
    return r;
}

// Items as printed in the seed (seq, name, 区, 街道, start, end); 荷葉路 and 通虞大街 are shaped after the
// issue's examples (a traditional character; a road in two 街道).
Project searchProject() {
    Notice n;
    n.docNumber = kDoc;
    n.id = NoticeId::fromDocNumber(kDoc);
    const QStringList dougou{QStringLiteral("陡沟街道")};
    const QStringList ganggou{QStringLiteral("港沟街道")};
    const QStringList dongjia{QStringLiteral("董家街道")};
    n.roads = {
        road(1, "祈福街", "市中区", dougou, "观音祠路", "规划十号支路"),
        road(2, "迎福街", "市中区", dougou, "观音祠路", "规划十号支路"),
        road(3, "观音祠路", "市中区", dougou, "祈福街", "迎福街"),
        road(11, "熙和街", "历城区", ganggou, "凤鸣路", "港田路"),
        road(12, "永乐街", "历城区", ganggou, "凤集路", "规划支一路"),
        road(14, "潘田街", "历城区", ganggou, "凤集路", "港田路"),
        road(28, "港沟东路", "历城区", ganggou, "港田路", "旅游路"),
        road(29, "港田路", "历城区", ganggou, "熙和街", "华盛路", {QStringLiteral("港沟东路")}),
        road(32, "风集路", "历城区", ganggou, "经十路", "旅游路"),
        road(38, "智礼路", "历城区", dongjia, "温梁路", "通虞大街"),
        road(41, "通虞大街", "历城区", {QStringLiteral("董家街道"), QStringLiteral("郭店街道")}, "智礼路",
             "春晖路"),
        road(50, "荷葉路", "历城区", ganggou, "凤集路", "港田路"),
        road(55, "新泺大街", "济南高新区", {QStringLiteral("孙村街道")}, "港田路", "经十东路"),
    };
    n.roads[4].oldName = QStringLiteral("旧乐街"); // a rename, to reach the former-name rank
    n.roads[4].action = RoadAction::Rename;
    Project p;
    p.parse.notices = {n};
    return p;
}

// "name:reason" per hit, with "/form" when the query met the value other than as printed.
QString describe(const QList<SearchHit>& hits) {
    QStringList out;
    for (const SearchHit& h : hits)
        out << h.name + u':' + matchReasonCode(h.reason) +
                   (h.form == MatchForm::AsPrinted ? QString() : u'/' + matchFormCode(h.form));
    return out.join(u',');
}

// Everything a hit says, for comparing the two search paths hit by hit.
QString describeFully(const QList<SearchHit>& hits) {
    QStringList out;
    for (const SearchHit& h : hits)
        out << QStringLiteral("%1#%2 %3/%4 rank%5 %6 exact=%7 %8 %9 %10×%11")
                   .arg(h.name)
                   .arg(h.road.seq)
                   .arg(matchReasonCode(h.reason), matchFormCode(h.form))
                   .arg(int(h.rank))
                   .arg(h.matched)
                   .arg(h.exact)
                   .arg(h.district, h.subdistricts.join(u'|'), h.variantName)
                   .arg(h.variantItems);
    return out.join(u'\n');
}

} // namespace

class TestRoadSearch : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    QString gpkg_;
    Project seed_ = test::seedOracleProject();
    QString seedGpkg_;

private slots:
    void initTestCase() {
        QVERIFY2(ChineseVariants::converterError().isEmpty(), qPrintable(ChineseVariants::converterError()));
        QVERIFY(dir_.isValid());
        gpkg_ = dir_.filePath(QStringLiteral("search.gpkg"));
        const StoreResult saved = RoadStore::save(gpkg_, searchProject());
        QVERIFY2(saved.ok, qPrintable(saved.error));
        seedGpkg_ = dir_.filePath(QStringLiteral("seed.gpkg"));
        const StoreResult seedSaved = RoadStore::save(seedGpkg_, seed_);
        QVERIFY2(seedSaved.ok, qPrintable(seedSaved.error));
    }

    void queries_data() {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expected"); // name:reason, in rank order
        QTest::newRow("exact name 祈福街, then the road that starts on it")
            << "祈福街"
            << "祈福街:name,观音祠路:endpoint";
        QTest::newRow("繁→简: 荷叶 (2 chars, simplified) finds 荷葉路") << "荷叶"
                                                                        << "荷葉路:name/traditional";
        QTest::newRow("繁 query 荷葉路 finds 荷葉路") << "荷葉路"
                                                      << "荷葉路:name";
        QTest::newRow("简 query 荷叶路 finds 荷葉路 (3 chars: trigram)") << "荷叶路"
                                                                         << "荷葉路:name/traditional";
        QTest::newRow("繁 query 風集路 finds the printed 风集路, then the roads on its look-alike 凤集路")
            << "風集路"
            << "风集路:name/traditional,永乐街:endpoint/look_alike,潘田街:endpoint/look_alike,"
               "荷葉路:endpoint/look_alike";
        QTest::newRow("1 char 田: names containing it, then roads ending on 港田路")
            << "田"
            << "潘田街:name,港田路:name,熙和街:endpoint,港沟东路:endpoint,荷葉路:endpoint,新泺大街:endpoint";
        QTest::newRow("2 chars 港田: name prefix first, then endpoints")
            << "港田"
            << "港田路:name,熙和街:endpoint,潘田街:endpoint,港沟东路:endpoint,荷葉路:endpoint,"
               "新泺大街:endpoint";
        QTest::newRow("endpoint 凤集路: the look-alike 风集路 first, then every road tied to it")
            << "凤集路"
            << "风集路:name/look_alike,永乐街:endpoint,潘田街:endpoint,荷葉路:endpoint";
        QTest::newRow("a space typed inside: 港田 路 = 港田路")
            << "港田 路"
            << "港田路:name,熙和街:endpoint,潘田街:endpoint,港沟东路:endpoint,荷葉路:endpoint,"
               "新泺大街:endpoint";
        QTest::newRow("full-width and ideographic space: 港田\u3000路")
            << "港田\u3000路"
            << "港田路:name,熙和街:endpoint,潘田街:endpoint,"
               "港沟东路:endpoint,荷葉路:endpoint,"
               "新泺大街:endpoint";
        QTest::newRow("pinyin in full: gangtianlu") << "gangtianlu"
                                                    << "港田路:name/pinyin";
        QTest::newRow("pinyin initials: gtl") << "gtl"
                                              << "港田路:name/initials";
        QTest::newRow("pinyin with spaces and tones: Gǎng Tián") << "Gǎng Tián"
                                                                 << "港田路:name/pinyin";
        QTest::newRow("pinyin of a traditional name: heyelu") << "heyelu"
                                                              << "荷葉路:name/pinyin";
        QTest::newRow("initials fj: 风集路 (fjl) from its start, then 祈福街 and 迎福街 (…fj)")
            << "fj"
            << "风集路:name/initials,祈福街:name/initials,迎福街:name/initials";
        QTest::newRow("planning marker in the query: 港田路(规划)")
            << "港田路(规划)"
            << "港田路:name,熙和街:endpoint,潘田街:endpoint,港沟东路:endpoint,荷葉路:endpoint,"
               "新泺大街:endpoint";
        QTest::newRow("港沟东路: exact name, then the L-shaped road turning on it")
            << "港沟东路"
            << "港沟东路:name,港田路:via";
        QTest::newRow("name prefix before substring: 港")
            << "港"
            << "港沟东路:name,港田路:name,熙和街:subdistrict,永乐街:subdistrict,潘田街:subdistrict,"
               "风集路:subdistrict,荷葉路:subdistrict,新泺大街:endpoint";
        QTest::newRow("district 市中区 lists its 3 roads")
            << "市中区"
            << "祈福街:district,迎福街:district,观音祠路:district";
        QTest::newRow("district 济南高新区") << "济南高新区"
                                             << "新泺大街:district";
        QTest::newRow("2-char district 高新") << "高新"
                                              << "新泺大街:district";
        QTest::newRow("subdistrict 董家街道 (incl. the road in two 街道)")
            << "董家街道"
            << "智礼路:subdistrict,通虞大街:subdistrict";
        QTest::newRow("2-char subdistrict 郭店: only the road in two 街道") << "郭店"
                                                                            << "通虞大街:subdistrict";
        QTest::newRow("通虞: name prefix, then the road ending on it") << "通虞"
                                                                       << "通虞大街:name,智礼路:endpoint";
        QTest::newRow("former name 旧乐街 of a rename") << "旧乐街"
                                                        << "永乐街:old_name";
        QTest::newRow("乐: name substring before former name") << "乐"
                                                               << "永乐街:name";
        QTest::newRow("旅游路 lists the roads ending on it") << "旅游路"
                                                             << "港沟东路:endpoint,风集路:endpoint";
        QTest::newRow("spaces around the query are ignored") << "  祈福街 "
                                                             << "祈福街:name,观音祠路:endpoint";
        QTest::newRow("full-width Ｌ is folded like ASCII (no hit)") << "Ｌ型"
                                                                     << "";
        QTest::newRow("no such road") << "不存在路"
                                      << "";
        QTest::newRow("empty query finds nothing") << ""
                                                   << "";
        QTest::newRow("quote in query is a literal, not FTS syntax") << "\"港田路"
                                                                     << "";
    }
    void queries() {
        QFETCH(QString, query);
        QFETCH(QString, expected);
        const RoadSearch search(searchProject());
        QCOMPARE(describe(search.search(query)), expected);
        const StoreSearchResult stored = StoreRoadSearch::search(gpkg_, query);
        QVERIFY2(stored.ok, qPrintable(stored.error));
        QCOMPARE(describe(stored.hits), expected);
    }

    void districtCountsOnTheWholeList() {
        // 历城区 holds 9 of the 13 roads here (3 市中区, 1 济南高新区) (the seed's 44 is checked by the
        // lead's seed test).
        const RoadSearch search(searchProject());
        const QList<SearchHit> hits = search.search(QStringLiteral("历城区"));
        QCOMPARE(hits.size(), 9);
        for (const SearchHit& h : hits) {
            QCOMPARE(h.reason, MatchReason::District);
            QCOMPARE(h.matched, QStringLiteral("历城区"));
            QVERIFY(h.exact);
        }
        QCOMPARE(StoreRoadSearch::search(gpkg_, QStringLiteral("历城")).hits.size(), 9);
    }

    void hitDetails() {
        const RoadSearch search(searchProject());
        const QList<SearchHit> hits = search.search(QStringLiteral("港田路"));
        QVERIFY(!hits.isEmpty());
        QCOMPARE(hits[0].name, QStringLiteral("港田路"));
        QCOMPARE(hits[0].rank, MatchRank::ExactName);
        QCOMPARE(hits[0].road, (RoadId{NoticeId::fromDocNumber(kDoc), 29}));
        QVERIFY(hits[0].exact);
        QCOMPARE(hits[1].rank, MatchRank::Endpoint);
        QCOMPARE(hits[1].matched, QStringLiteral("港田路"));
        const QList<SearchHit> trad = search.search(QStringLiteral("荷叶"));
        QCOMPARE(trad.value(0).matched, QStringLiteral("荷葉路")); // shown as printed, not as folded
        QCOMPARE(trad.value(0).rank, MatchRank::NamePrefix);
        QCOMPARE(trad.value(0).form, MatchForm::Traditional);
        QCOMPARE(trad.value(0).district, QStringLiteral("历城区")); // hits say where the road lies
        QCOMPARE(trad.value(0).subdistricts, QStringList{QStringLiteral("港沟街道")});
    }

    // The seed notice (its 59 items and the findings the validator gives, among them name_variant: item 32
    // printed 风集路 while 9 items say 凤集路), in memory and through the saved file's FTS index: both paths
    // give the same hits, field by field.
    void seedQueries_data() {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("top"); // name:reason/form of the first hit
        QTest::newRow("凤集路: the flagged 风集路 first (variant), then the 9 that start on it")
            << "凤集路" << 10 << "风集路:name/variant";
        QTest::newRow("风集路: the road itself, then the 9 that say 凤集路")
            << "风集路" << 10 << "风集路:name";
        QTest::newRow("風集路 (繁): the road") << "風集路" << 10 << "风集路:name/traditional";
        QTest::newRow("港田 路 with a space") << "港田 路" << 11 << "港田路:name";
        QTest::newRow("gangtianlu") << "gangtianlu" << 1 << "港田路:name/pinyin";
        QTest::newRow("gtl") << "gtl" << 1 << "港田路:name/initials";
        QTest::newRow("qifujie") << "qifujie" << 1 << "祈福街:name/pinyin";
        QTest::newRow("heye: 荷葉路 by its simplified reading") << "heye" << 1 << "荷葉路:name/pinyin";
        QTest::newRow("hf: 荷风路 among the initials hits") << "hfl" << 1 << "荷风路:name/initials";
        QTest::newRow("历城区: 44 roads") << "历城区" << 44 << "熙平街:district";
        QTest::newRow("荷叶路 (简) finds 荷葉路") << "荷叶路" << 1 << "荷葉路:name/traditional";
    }
    void seedQueries() {
        QFETCH(QString, query);
        QFETCH(int, count);
        QFETCH(QString, top);
        const QList<SearchHit> memory = RoadSearch(seed_).search(query);
        const StoreSearchResult stored = StoreRoadSearch::search(seedGpkg_, query);
        QVERIFY2(stored.ok, qPrintable(stored.error));
        QCOMPARE(describeFully(stored.hits), describeFully(memory));
        QVERIFY2(memory.size() == count, qPrintable(describe(memory)));
        QCOMPARE(describe(memory.mid(0, 1)), top);
    }

    void variantPairSaysWhatWasPrinted() {
        const QList<SearchHit> hits = RoadSearch(seed_).search(QStringLiteral("凤集路"));
        QVERIFY(!hits.isEmpty());
        QCOMPARE(hits[0].road.seq, 32);
        QCOMPARE(hits[0].form, MatchForm::Variant);
        QCOMPARE(hits[0].variantName, QStringLiteral("凤集路"));
        QCOMPARE(hits[0].variantItems, 9);
        QCOMPARE(hits[0].rank, MatchRank::ExactName);
        for (qsizetype i = 1; i < hits.size(); ++i)
            QCOMPARE(hits[i].reason, MatchReason::Endpoint);
        // Without the finding the pair is still found (the key folds 风/凤), but not called a variant.
        Project unflagged = seed_;
        unflagged.parse.notices[0].findings.clear();
        const QList<SearchHit> plain = RoadSearch(unflagged).search(QStringLiteral("凤集路"));
        QCOMPARE(plain.value(0).road.seq, 32);
        QCOMPARE(plain.value(0).form, MatchForm::LookAlike);
        QVERIFY(plain.value(0).variantName.isEmpty());
    }

    void limit() {
        const RoadSearch search(searchProject());
        QCOMPARE(search.search(QStringLiteral("港"), 2).size(), 2);
        QCOMPARE(describe(StoreRoadSearch::search(gpkg_, QStringLiteral("港"), 2).hits),
                 QStringLiteral("港沟东路:name,港田路:name"));
    }

    void storeErrors_data() {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expectedInError");
        QTest::newRow("missing file") << QByteArray() << "no such file";
        QTest::newRow("not a database") << QByteArray("祈福街 not sqlite") << "Cannot search";
    }
    void storeErrors() {
        QFETCH(QByteArray, content);
        QFETCH(QString, expectedInError);
        const QString path = dir_.filePath(QStringLiteral("bad-%1.gpkg").arg(QTest::currentDataTag()));
        if (!content.isEmpty()) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        }
        const StoreSearchResult r = StoreRoadSearch::search(path, QStringLiteral("祈福街"));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(path) && r.error.contains(expectedInError), qPrintable(r.error));
    }

    void fastEnoughToSearchAsYouType() {
        // 20 000 roads (≈ a large city's named roads): one keystroke's search must stay interactive.
        // Bound: 150 ms on the 2-core CI machine; folding the data per keystroke (OpenCC per road) would
        // take far longer.
        Project big;
        Notice n;
        n.docNumber = kDoc;
        n.id = NoticeId::fromDocNumber(kDoc);
        n.id = NoticeId::fromDocNumber(kDoc);
        const Project small = searchProject();
        for (int i = 0; i < 20000; ++i) {
            RoadRecord r = small.parse.notices[0].roads[i % small.parse.notices[0].roads.size()];
            r.seq = i + 1;
            r.name = QStringLiteral("%1%2").arg(r.name).arg(i);
            n.roads << r;
        }
        big.parse.notices = {n};
        const RoadSearch search(big);
        QElapsedTimer timer;
        for (const char* q : {"港", "荷叶", "凤集路", "历城区"}) {
            timer.start();
            const QList<SearchHit> hits = search.search(QString::fromUtf8(q));
            const qint64 ms = timer.elapsed();
            qInfo("query %s: %lld hits in %lld ms", q, qlonglong(hits.size()), qlonglong(ms));
            QVERIFY(!hits.isEmpty());
            QVERIFY2(ms < 150 * test::timingScale(),
                     qPrintable(QStringLiteral("%1 ms for %2").arg(ms).arg(QString::fromUtf8(q))));
        }
    }

    void pinyinOn100kNames() {
        // 100,000 names (random compositions of common characters, fixed seed): a pinyin query must stay
        // interactive, ≤ 10 ms median (issue 10 point 3). bench/bench_search measures the same with ends.
        const QString chars =
            QStringLiteral("港田沟东西南北中山河湖海城新华兴福祥和平安康泰文化建设人民解放胜利"
                           "工业农商学府花园林荣凤龙虎鹤松柏桃李梅兰竹菊春夏秋冬金银玉石泉");
        QRandomGenerator rng(20261206);
        Notice n;
        n.id = NoticeId::fromDocNumber(kDoc);
        for (int i = 0; i < 100000; ++i) {
            RoadRecord r;
            r.seq = i + 1;
            for (int k = 0; k < 3; ++k)
                r.name += chars[int(rng.bounded(chars.size()))];
            r.name += u'路';
            n.roads << r;
        }
        n.roads[77777].name = QStringLiteral("港田路");
        Project big;
        big.parse.notices = {n};
        const RoadSearch search(big);
        // The bound is on this thread's CPU time: on the shared 2-core machine (9 builds at once) the wall
        // time mostly measures the wait for a core. Both are printed.
        auto cpuNs = [] {
            timespec t{};
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
            return qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
        };
        for (const char* q : {"gangtianlu", "gtl", "gangt"}) {
            QList<qint64> wall;
            QList<qint64> cpu;
            QList<SearchHit> hits;
            for (int run = 0; run < 11; ++run) {
                QElapsedTimer timer;
                const qint64 c0 = cpuNs();
                timer.start();
                hits = search.search(QString::fromUtf8(q), 200);
                wall << timer.nsecsElapsed();
                cpu << cpuNs() - c0;
            }
            std::sort(wall.begin(), wall.end());
            std::sort(cpu.begin(), cpu.end());
            qInfo("pinyin %s over 100000 names: %lld hits, median %.2f ms CPU, %.2f ms wall", q,
                  qlonglong(hits.size()), double(cpu[5]) / 1e6, double(wall[5]) / 1e6);
            QVERIFY(std::any_of(hits.cbegin(), hits.cend(),
                                [](const SearchHit& h) { return h.road.seq == 77778; }));
            QVERIFY2(cpu[5] <= 10'000'000, qPrintable(QStringLiteral("%1 ms CPU").arg(double(cpu[5]) / 1e6)));
        }
    }

    void variantHelpers_data() {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("variant");
        QTest::newRow("荷葉路 / 荷叶路: 繁/简") << "荷葉路"
                                                << "荷叶路" << true;
        QTest::newRow("风集路 / 凤集路: a different character, not 繁/简") << "风集路"
                                                                           << "凤集路" << false;
        QTest::newRow("identical is not a variant") << "港田路"
                                                    << "港田路" << false;
        QTest::newRow("陡溝街道 / 陡沟街道") << "陡溝街道"
                                             << "陡沟街道" << true;
    }
    void variantHelpers() {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, variant);
        QCOMPARE(ChineseVariants::isTraditionalVariant(a, b), variant);
        QCOMPARE(ChineseVariants::isTraditionalVariant(b, a), variant);
    }
};

QTEST_GUILESS_MAIN(TestRoadSearch)
#include "tst_road_search.moc"
