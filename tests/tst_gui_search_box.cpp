// ctest-label: gui
// links: luming_app_core
// The toolbar search box, through the same calls typing makes (updateResults on every edit, Enter →
// chooseTopResult): queries from issue 4 item 3 against the seed notice's 59 records. Expected results
// were counted in the hand-written oracle (data/seed_expected.json), not taken from the search.
#include "gui_test_project.h"
#include "search_box.h"

#include <QSignalSpy>
#include <QtTest>

using namespace luming;
using namespace luming::app;

class TestGuiSearchBox : public QObject {
    Q_OBJECT

    Project project_ = test::seedOracleProject();

private slots:
    void queries_data() {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("count");           // -1: at least the listed ones
        QTest::addColumn<QString>("top");         // expected first result ("" when none)
        QTest::addColumn<QList<int>>("includes"); // seqs that must be among the results

        QTest::newRow("繁简: 荷叶 finds 荷葉路 (item 55, printed traditional)")
            << "荷叶" << 1 << "荷葉路" << QList<int>{55};
        QTest::newRow("繁简: 荷葉 finds 荷葉路 as printed") << "荷葉" << 1 << "荷葉路" << QList<int>{55};
        QTest::newRow("one character 荷: the five 荷… roads, items 54-58")
            << "荷" << -1 << "" << QList<int>{54, 55, 56, 57, 58};
        QTest::newRow("two characters 祈福: 祈福街 first") << "祈福" << -1 << "祈福街" << QList<int>{1};
        QTest::newRow("district 历城区: its 44 roads") << "历城区" << 44 << "" << QList<int>{10, 51, 53};
        QTest::newRow("district 市中区: items 1-9") << "市中区" << 9 << "" << QList<int>{1, 9};
        QTest::newRow("subdistrict 郭店街道: 9 items + 通虞大街")
            << "郭店街道" << 10 << "" << QList<int>{40, 51};
        QTest::newRow("subdistrict 港沟街道: 23 items") << "港沟街道" << 23 << "" << QList<int>{10, 32};
        QTest::newRow(
            "endpoint 凤集路: 风集路 (item 32, flagged as its variant) first, then the 9 that start on it")
            << "凤集路" << 10 << "风集路" << QList<int>{32, 12, 13, 14, 15, 17, 19, 20, 21, 23};
        QTest::newRow("风集路: the road, then the 9 that say 凤集路")
            << "风集路" << 10 << "风集路" << QList<int>{32, 12, 13, 14, 15, 17, 19, 20, 21, 23};
        QTest::newRow("a space typed inside: 港田 路") << "港田 路" << 11 << "港田路" << QList<int>{29, 30};
        QTest::newRow("pinyin: gangtianlu") << "gangtianlu" << 1 << "港田路" << QList<int>{29};
        QTest::newRow("pinyin initials: gtl") << "gtl" << 1 << "港田路" << QList<int>{29};
        // Item 30 (水芝东路) ends on 港田路北延线, the road's northern extension: found by substring.
        QTest::newRow("港田路: the road itself first, then the 9 tied to it and 水芝东路 (…北延线)")
            << "港田路" << 11 << "港田路" << QList<int>{29, 11, 14, 16, 17, 18, 22, 23, 27, 28, 30};
        QTest::newRow("nothing: a name not in the notice") << "不存在的路" << 0 << "" << QList<int>{};
        QTest::newRow("nothing: blank") << "   " << 0 << "" << QList<int>{};
    }

    void queries() {
        QFETCH(QString, query);
        QFETCH(int, count);
        QFETCH(QString, top);
        QFETCH(QList<int>, includes);

        SearchBox box;
        box.setProject(project_);
        box.setText(query);
        const QList<SearchBox::Result> results = box.updateResults(query);
        QStringList got;
        QList<int> seqs;
        int roads = 0; // `count` counts road hits; a 区/街道 hit is listed first besides them
        for (const auto& r : results) {
            got << QStringLiteral("%1#%2").arg(r.name).arg(r.key.seq);
            seqs << r.key.seq;
            roads += r.placeRoads.isEmpty() ? 1 : 0;
        }
        const QByteArray shown = got.join(QLatin1Char(' ')).toUtf8();
        if (count >= 0)
            QVERIFY2(roads == count, shown.constData());
        if (!top.isEmpty()) {
            QVERIFY2(!results.isEmpty(), "no results");
            QCOMPARE(results.first().name, top);
        }
        for (int seq : includes)
            QVERIFY2(seqs.contains(seq),
                     qPrintable(QStringLiteral("item %1 missing from: %2").arg(seq).arg(got.join(' '))));
        QCOMPARE(box.results().size(), results.size());
    }

    void everyResultSaysWhyItMatched() {
        SearchBox box;
        box.setProject(project_);
        const auto results = box.updateResults(QStringLiteral("凤集路"));
        QVERIFY(!results.isEmpty());
        for (const auto& r : results)
            QVERIFY2(r.reason.contains(QStringLiteral("凤集路")) && r.reason.contains(r.name),
                     qPrintable(r.reason));
    }

    void resultRowsSayWhereAndHow_data() {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("row"); // the first result's text
        QTest::newRow("variant pair") << "凤集路"
                                      << "风集路 — 历城区 港沟街道 — printed 风集路, 9 item(s) say 凤集路";
        QTest::newRow("pinyin") << "gangtianlu"
                                << "港田路 — 历城区 港沟街道 — pinyin";
        QTest::newRow("initials") << "gtl"
                                  << "港田路 — 历城区 港沟街道 — pinyin initials";
        QTest::newRow("繁简") << "荷叶"
                              << "荷葉路 — 济南高新区 遥墙街道 — traditional/simplified";
        QTest::newRow("as printed: no note") << "祈福街"
                                             << "祈福街 — 市中区 陡沟街道";
    }
    void resultRowsSayWhereAndHow() {
        QFETCH(QString, query);
        QFETCH(QString, row);
        SearchBox box;
        box.setProject(project_);
        const auto results = box.updateResults(query);
        QVERIFY(!results.isEmpty());
        QCOMPARE(results.first().reason, row);
    }

    void enterSelectsTheTopResult() {
        SearchBox box;
        box.setProject(project_);
        QSignalSpy chosen(&box, &SearchBox::roadChosen);
        box.show();
        QVERIFY(QTest::qWaitForWindowExposed(&box));
        box.setFocus();
        // QTest::keyClicks only types Latin-1; send the CJK characters as key events with text,
        // as an input method delivers them.
        for (const QChar c : QStringLiteral("迎福"))
            QTest::sendKeyEvent(QTest::Click, &box, Qt::Key_unknown, QString(c), Qt::NoModifier);
        QCOMPARE(box.text(), QStringLiteral("迎福"));
        QVERIFY(!box.results().isEmpty());
        QTest::keyClick(&box, Qt::Key_Return);
        QTRY_COMPARE(chosen.count(), 1);
        const auto key = chosen.first().first().value<RoadKey>();
        QCOMPARE(key.seq, 2); // (二) 迎福街
    }

    void enterWithNoResultChoosesNothing() {
        SearchBox box;
        box.setProject(project_);
        QSignalSpy chosen(&box, &SearchBox::roadChosen);
        box.setText(QStringLiteral("不存在"));
        box.updateResults(box.text());
        QVERIFY(!box.chooseTopResult());
        QCOMPARE(chosen.count(), 0);
    }
};

QTEST_MAIN(TestGuiSearchBox)
#include "tst_gui_search_box.moc"
