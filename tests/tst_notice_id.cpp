// Notice identity (NoticeId, RoadId) and the Project's O(1) joins by RoadId (geo/core).
// links: luming_core
#include "core/project.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTest>

using namespace luming;

namespace {

const QString kDoc = QStringLiteral("济政字〔2021〕62号");
const QString kUntitledA = QStringLiteral("即墨区道路命名公告\n一、鹤山路：东起…西至…\n");
const QString kUntitledB = QStringLiteral("吉林市道路命名通告\n一、松江路：东起…西至…\n");

RoadGeometry line(const NoticeId& notice, int seq, double lon) {
    return RoadGeometry{RoadId{notice, seq}, {{lon, 36.0}, {lon + 0.01, 36.0}}};
}

Notice noticeWith(const NoticeId& id, QList<int> seqs) {
    Notice n;
    n.id = id;
    for (int seq : seqs) {
        RoadRecord r;
        r.seq = seq;
        r.name = QStringLiteral("路%1").arg(seq);
        n.roads.append(r);
    }
    return n;
}

} // namespace

class TstNoticeId : public QObject {
    Q_OBJECT
private slots:
    void identity_data() {
        QTest::addColumn<QString>("docA");
        QTest::addColumn<QString>("textA");
        QTest::addColumn<QString>("titleA");
        QTest::addColumn<QString>("docB");
        QTest::addColumn<QString>("textB");
        QTest::addColumn<QString>("titleB");
        QTest::addColumn<bool>("same");
        QTest::newRow("same number, different text: the same notice")
            << kDoc << kUntitledA << QString() << kDoc << kUntitledB << QString() << true;
        QTest::newRow("different numbers")
            << kDoc << kUntitledA << QString() << QStringLiteral("济政字〔2021〕65号") << kUntitledA
            << QString() << false;
        QTest::newRow("untitled, same text re-imported: stable")
            << QString() << kUntitledA << QStringLiteral("即墨区道路命名公告") << QString() << kUntitledA
            << QStringLiteral("即墨区道路命名公告") << true;
        QTest::newRow("untitled, different texts (07 vs 05): apart")
            << QString() << kUntitledA << QString() << QString() << kUntitledB << QString() << false;
        QTest::newRow("untitled, one character apart")
            << QString() << kUntitledA << QString() << QString() << QString(kUntitledA).replace(u'鹤', u'松')
            << QString() << false;
        QTest::newRow("untitled, same text, other title line")
            << QString() << kUntitledA << QStringLiteral("甲") << QString() << kUntitledA
            << QStringLiteral("乙") << false;
        QTest::newRow("numbered vs untitled with the same text")
            << kDoc << kUntitledA << QString() << QString() << kUntitledA << QString() << false;
    }
    void identity() {
        QFETCH(QString, docA);
        QFETCH(QString, textA);
        QFETCH(QString, titleA);
        QFETCH(QString, docB);
        QFETCH(QString, textB);
        QFETCH(QString, titleB);
        QFETCH(bool, same);
        const NoticeId a = NoticeId::of(docA, textA, titleA);
        const NoticeId b = NoticeId::of(docB, textB, titleB);
        QVERIFY(!a.isNull() && !b.isNull());
        QCOMPARE(a == b, same);
        if (same)
            QCOMPARE(qHash(a), qHash(b));
    }

    void keysAndDisplay() {
        const NoticeId numbered = NoticeId::fromDocNumber(kDoc);
        QCOMPARE(numbered.key(), kDoc);
        QVERIFY(numbered.isDocNumber());
        QCOMPARE(numbered.displayText(), kDoc);

        const NoticeId untitled = NoticeId::fromText(kUntitledA, QStringLiteral("即墨区道路命名公告"));
        QVERIFY(!untitled.isDocNumber());
        // "text:" + 16 hex digits of SHA-256 + the title line.
        QVERIFY2(QRegularExpression(QStringLiteral("^text:[0-9a-f]{16} 即墨区道路命名公告$"))
                     .match(untitled.key())
                     .hasMatch(),
                 qPrintable(untitled.key()));
        QCOMPARE(untitled.displayText(), QStringLiteral("即墨区道路命名公告"));
        QCOMPARE(NoticeId::fromKey(untitled.key()), untitled); // stored and read back

        // Files before notice ids: notice_id NULL → the number, else the one legacy un-numbered key.
        QCOMPARE(NoticeId::fromStored(QString(), kDoc), numbered);
        QCOMPARE(NoticeId::fromStored(QString(), QString()), NoticeId::legacyUntitled());
        QCOMPARE(NoticeId::legacyUntitled().key(), QStringLiteral("legacy:"));
        QCOMPARE(NoticeId::fromStored(untitled.key(), QString()), untitled);
        QVERIFY(NoticeId().isNull());
        QVERIFY(RoadId().isNull());
    }

    void projectJoins() {
        const NoticeId a = NoticeId::fromText(kUntitledA, {});
        const NoticeId b = NoticeId::fromText(kUntitledB, {});
        Project p;
        p.parse.notices = {noticeWith(a, {1, 2}), noticeWith(b, {1})};
        p.roads = {line(a, 2, 117.2), line(b, 1, 117.3), line(a, 1, 117.1), line(a, 1, 999)};

        QCOMPARE(p.geometryOf(RoadId{a, 1})->points.first().lon, 117.1); // first of duplicates
        QCOMPARE(p.geometryOf(RoadId{b, 1})->points.first().lon, 117.3); // same seq, other notice
        QVERIFY(!p.geometryOf(RoadId{b, 2}));
        QCOMPARE(p.recordOf(RoadId{a, 2})->name, QStringLiteral("路2"));
        QCOMPARE(p.recordOf(RoadId{b, 1}), &p.parse.notices[1].roads[0]);
        QVERIFY(!p.recordOf(RoadId{NoticeId::fromDocNumber(kDoc), 1}));
        QCOMPARE(p.noticeOf(b), &p.parse.notices[1]);

        // Appending after the first query: the tables are rebuilt, never stale.
        p.roads.append(line(b, 2, 117.4));
        QCOMPARE(p.geometryOf(RoadId{b, 2})->points.first().lon, 117.4);
        p.parse.notices[1].roads.append(noticeWith(b, {7}).roads.first());
        QCOMPARE(p.recordOf(RoadId{b, 7})->seq, 7);
        p.roads.removeFirst(); // (a, 2) gone, positions shift
        QVERIFY(!p.geometryOf(RoadId{a, 2}));
        QCOMPARE(p.geometryOf(RoadId{b, 1})->points.first().lon, 117.3);

        // A copy answers from its own lists.
        const Project copy = p;
        QCOMPARE(copy.geometryOf(RoadId{b, 1}), &copy.roads[0]);
    }

    void lookupIsLinear() {
        // 50 000 roads in 10 notices: building once and 50 000 queries stay far below a nested scan
        // (2.5e9 comparisons). Bound: 2 s on the shared 2-core machine (the test prints the time).
        Project p;
        for (int n = 0; n < 10; ++n) {
            const NoticeId id = NoticeId::fromDocNumber(QStringLiteral("N%1").arg(n));
            QList<int> seqs;
            for (int s = 1; s <= 5000; ++s) {
                seqs.append(s);
                p.roads.append(line(id, s, 117.0));
            }
            p.parse.notices.append(noticeWith(id, seqs));
        }
        QElapsedTimer t;
        t.start();
        int found = 0;
        for (const RoadGeometry& g : p.roads)
            found += p.recordOf(g.id) && p.geometryOf(g.id) == &g ? 1 : 0;
        QCOMPARE(found, 50000);
        qInfo("50000 records + 50000 lines joined in %lld ms", static_cast<long long>(t.elapsed()));
        QVERIFY2(t.elapsed() < 2000, qPrintable(QString::number(t.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TstNoticeId)
#include "tst_notice_id.moc"
