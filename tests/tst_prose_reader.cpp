// ctest-label: unit
// links: luming_eval luming_notice luming_text luming_core luming_chinese
// Running text (issue 8 point 4): inline lists "甲路(A~B)、乙路(C~D)" give one record per name with its
// bare pair of ends; a road given as an example ("如南起A,北至B的路取名X", "再如A区的X,东起…") is no
// decision and gives no record; a place heading the normaliser ran into the next line ("下城区" over
// "X。南起…") still heads that line's item. Every row is a generated variant (separators, pair marks,
// example cues, name-first or name-last, simplified or traditional).
#include "eval/text_damage.h"
#include "notice/matching_text.h"
#include "notice/notice_parser.h"

#include <QTest>

using namespace luming;

namespace {

const Notice* onlyNotice(const ParseOutcome& out) {
    return out.status == ParseStatus::Ok && out.result.notices.size() == 1 ? &out.result.notices.first()
                                                                           : nullptr;
}

QString script(const QString& text, bool traditional) {
    return traditional ? eval::toTraditional(text) : text;
}

} // namespace

class TstProseReader : public QObject {
    Q_OBJECT
private slots:
    void inlineList_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("traditional");
        const QStringList leads = {QStringLiteral("经研究,同意以下道路命名为:"),
                                   QStringLiteral("经研究,新命名的3条道路分别是:")};
        const QStringList separators = {QStringLiteral("、"), QStringLiteral(";"), QStringLiteral(",")};
        const QStringList pairs = {QStringLiteral("~"), QStringLiteral("～"), QStringLiteral("至"),
                                   QStringLiteral("—"), QStringLiteral("-")};
        for (const QString& lead : leads)
            for (const QString& sep : separators)
                for (const QString& pair : pairs)
                    for (const bool trad : {false, true}) {
                        const QString text =
                            QStringLiteral(
                                "关于部分道路命名的通知\n%1甲秀路(科技路%2创业大道)%3乙秀路(学府路%2文昌街)"
                                "%3丙秀路(石门路%2东湖路)。\n特此通知。\n")
                                .arg(lead, pair, sep);
                        QTest::addRow("%s %s %s %s", qPrintable(lead.left(6)), qPrintable(sep),
                                      qPrintable(pair), trad ? "繁" : "简")
                            << script(text, trad) << trad;
                    }
    }
    void inlineList() {
        QFETCH(QString, text);
        QFETCH(bool, traditional);
        if (traditional && !eval::traditionalConverter().ok())
            QSKIP("OpenCC s2t.json is not installed");
        const ParseOutcome out = NoticeParser::parseText(text, QStringLiteral("list.txt"));
        const Notice* n = onlyNotice(out);
        QVERIFY(n);
        const QList<QStringList> expected = {
            {"甲秀路", "科技路", "创业大道"}, {"乙秀路", "学府路", "文昌街"}, {"丙秀路", "石门路", "东湖路"}};
        QCOMPARE(n->roads.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QCOMPARE(n->roads[i].name, script(expected[i][0], traditional));
            QCOMPARE(n->roads[i].start, script(expected[i][1], traditional));
            QCOMPARE(n->roads[i].end, script(expected[i][2], traditional));
            QCOMPARE(n->roads[i].startDir, Direction::None);
            QCOMPARE(n->roads[i].endDir, Direction::None);
        }
    }

    // The example's road is no record; the notice's own items are read.
    void exampleIsNoRecord_data() {
        QTest::addColumn<QString>("text");
        const QStringList cues = {QStringLiteral("如"), QStringLiteral("例如"), QStringLiteral("比如"),
                                  QStringLiteral("再如"), QStringLiteral("又如")};
        const QStringList examples = {
            QStringLiteral("命名按地理位置,%1南起白塘路,北至机厂南墙的路,因位于沁苑小区内而取名沁苑路。"),
            QStringLiteral("命名按地理位置。%1西湖区的欣桂路,东起古墩路,西至丹桂花园,因连接两处而得名。")};
        for (const QString& cue : cues)
            for (qsizetype e = 0; e < examples.size(); ++e)
                for (const bool trad : {false, true}) {
                    const QString text =
                        QStringLiteral(
                            "这些道路征求意见。%1\n下城区\n长城街。西起石桥路,东至备塘河西岸。长1200米,"
                            "宽8米。\n康嘉巷。南起石祥路,北至景南苑。长350米,宽5米。\n")
                            .arg(examples[e].arg(cue));
                    QTest::addRow("%s, name %s, %s", qPrintable(cue), e == 0 ? "last" : "first",
                                  trad ? "繁" : "简")
                        << script(text, trad);
                }
    }
    void exampleIsNoRecord() {
        QFETCH(QString, text);
        const ParseOutcome out = NoticeParser::parseText(text, QStringLiteral("news.txt"));
        const Notice* n = onlyNotice(out);
        QVERIFY(n);
        QStringList names;
        for (const RoadRecord& r : n->roads)
            names.append(foldForMatching(r.name));
        QCOMPARE(names, (QStringList{"长城街", "康嘉巷"}));
    }

    // A place heading over "X。…" items is a heading and a line start, even where the normaliser joined
    // the two printed lines (CJK on both sides of the break).
    void headingOverNameItems_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("district");
        QTest::addColumn<bool>("traditional");
        for (const QString& place :
             {QStringLiteral("下城区"), QStringLiteral("历城区"), QStringLiteral("高新区")})
            for (const bool trad : {false, true})
                QTest::addRow("%s %s", qPrintable(place), trad ? "繁" : "简")
                    << script(QStringLiteral(
                                  "经研究,命名如下。\n%1\n长城街。西起石桥路,东至备塘河西岸。长1200米。\n"
                                  "康嘉巷。南起石祥路,北至景南苑。长350米。\n")
                                  .arg(place),
                              trad)
                    << script(place, trad) << trad;
    }
    void headingOverNameItems() {
        QFETCH(QString, text);
        QFETCH(QString, district);
        QFETCH(bool, traditional);
        const ParseOutcome out = NoticeParser::parseText(text, QStringLiteral("heading.txt"));
        const Notice* n = onlyNotice(out);
        QVERIFY(n);
        QCOMPARE(n->roads.size(), 2);
        QCOMPARE(n->roads[0].name, script(QStringLiteral("长城街"), traditional));
        QCOMPARE(n->roads[0].district, district);
        QCOMPARE(n->roads[1].district, district);
    }
};

QTEST_GUILESS_MAIN(TstProseReader)
#include "tst_prose_reader.moc"
