// ctest-label: unit
// links: luming_layout luming_crs luming_core
// anchors.csv: the shipped file reads cleanly; bad rows are skipped and reported with file and line.
#include "layout/anchor_table.h"

#include <QTest>

using namespace luming;

class TstAnchorTable : public QObject {
    Q_OBJECT
private slots:
    void shippedFileReads();
    void badRows_data();
    void badRows();
    void missingFileAndHeader();
    void quotedFieldsAndJunction();
};

void TstAnchorTable::shippedFileReads() {
    QList<AnchorProblem> problems;
    const AnchorTable t =
        AnchorTable::read(QStringLiteral(LUMING_RESOURCES_DIR "/anchors/370100.csv"), &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.isEmpty() ? QString() : problems.first().toString()));
    QCOMPARE(t.anchors().size(), 6);
    // Issue 3's starting values (WGS84, public maps, ±2 km).
    const auto gg = t.find(QStringLiteral("港沟街道"));
    QVERIFY(gg);
    QCOMPARE(gg->lon, 117.158);
    QCOMPARE(gg->lat, 36.675);
    QCOMPARE(gg->junction, QStringList({QStringLiteral("凤集路"), QStringLiteral("经十路")}));
    QCOMPARE(t.find(QStringLiteral("陡沟街道"))->lon, 116.910);
    QCOMPARE(t.find(QStringLiteral("章锦街道"))->lat, 36.655);
    QCOMPARE(t.find(QStringLiteral("董家街道"))->accuracyM, 2000.0);
}

void TstAnchorTable::badRows_data() {
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<QString>("message");
    QTest::newRow("lon out of China") << QByteArray("甲街道,17.2,36.7,map,100,") << QStringLiteral("lon");
    QTest::newRow("lat not a number") << QByteArray("甲街道,117.2,north,map,100,") << QStringLiteral("lat");
    QTest::newRow("accuracy zero") << QByteArray("甲街道,117.2,36.7,map,0,") << QStringLiteral("accuracy_m");
    QTest::newRow("empty subdistrict") << QByteArray(",117.2,36.7,map,100,") << QStringLiteral("subdistrict");
    QTest::newRow("unterminated quote")
        << QByteArray("甲街道,117.2,36.7,\"map,100,") << QStringLiteral("quote");
    QTest::newRow("duplicate") << QByteArray("乙街道,117.2,36.7,map,100,") << QStringLiteral("twice");
}

void TstAnchorTable::badRows() {
    QFETCH(QByteArray, row);
    QFETCH(QString, message);
    const QByteArray csv = "subdistrict,lon,lat,source,accuracy_m,note\n"
                           "# a comment\n"
                           "乙街道,117.1,36.6,map,500,ok\n" +
                           row + "\n";
    QList<AnchorProblem> problems;
    const AnchorTable t = AnchorTable::parse(csv, QStringLiteral("test.csv"), &problems);
    QCOMPARE(t.anchors().size(), 1); // the good row stays
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().file, QStringLiteral("test.csv"));
    QCOMPARE(problems.first().line, 4);
    QVERIFY2(problems.first().message.contains(message), qPrintable(problems.first().message));
    QVERIFY(problems.first().toString().startsWith(QStringLiteral("test.csv:4: ")));
}

void TstAnchorTable::missingFileAndHeader() {
    QList<AnchorProblem> problems;
    AnchorTable::read(QStringLiteral("/nonexistent/anchors.csv"), &problems);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().line, 0);
    problems.clear();
    const AnchorTable t = AnchorTable::parse("name,lon,lat\nx,1,2\n", QStringLiteral("h.csv"), &problems);
    QVERIFY(t.isEmpty());
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().line, 1);
    QVERIFY(problems.first().message.contains(QStringLiteral("subdistrict")));
}

void TstAnchorTable::quotedFieldsAndJunction() {
    QList<AnchorProblem> problems;
    const AnchorTable t =
        AnchorTable::parse("\xEF\xBB\xBFnote,subdistrict,lon,lat,source,accuracy_m,junction\r\n"
                           "\"a, \"\"quoted\"\" note\",丙街道,117.3,36.8,map,250,甲路|乙街\r\n",
                           QStringLiteral("q.csv"), &problems);
    QVERIFY(problems.isEmpty());
    QCOMPARE(t.anchors().size(), 1);
    QCOMPARE(t.anchors().first().note, QStringLiteral("a, \"quoted\" note"));
    QCOMPARE(t.anchors().first().junction.size(), 2);
    QCOMPARE(t.anchors().first().line, 2);
}

QTEST_GUILESS_MAIN(TstAnchorTable)
#include "tst_anchor_table.moc"
