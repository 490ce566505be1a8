// ctest-label: unit
// links: luming_eval luming_notice luming_text luming_core luming_chinese
// Group naming (issue 8 point 4): one act naming several roads in the order listed — "将A至B的三条道路
// 依次命名为甲路、乙路、丙路", "分别命名为", "由北向南依次命名为" — gives one record per name, each with the
// ends and place the sentence gives before its verb. Every row is a generated variant: item marker (none,
// 1., 一、, ◆, a prose paragraph), verb, list punctuation (、 , quotes, 和), simplified or traditional.
#include "eval/text_damage.h"
#include "notice/group_naming.h"
#include "notice/notice_parser.h"

#include <QTest>

using namespace luming;

namespace {

const QStringList kNames = {QStringLiteral("天元路"), QStringLiteral("地元路"), QStringLiteral("人元路")};

// The list of names as a notice prints it.
QString printedList(const QString& style) {
    if (style == u"quotes")
        return QStringLiteral("“天元路”“地元路”“人元路”");
    if (style == u"quotes、")
        return QStringLiteral("“天元路”、“地元路”、“人元路”");
    if (style == u"和")
        return QStringLiteral("天元路、地元路和人元路");
    if (style == u",")
        return QStringLiteral("天元路,地元路,人元路");
    return QStringLiteral("天元路、地元路、人元路");
}

// A notice whose one decision is the group naming, in the given layout.
QString groupNotice(const QString& marker, const QString& verb, const QString& list) {
    const QString sentence = QStringLiteral("将东起科技路、西至创业大道的三条道路%1%2。").arg(verb, list);
    const QString body = marker == u"prose"
                             ? QStringLiteral("经研究,同意高新区部分道路命名方案。%1\n").arg(sentence)
                             : QStringLiteral("经研究,现将高新区部分道路命名如下:\n%1%2\n%3明德街:南起学府路,"
                                              "北至文昌街。\n")
                                   .arg(marker, sentence,
                                        marker.isEmpty()                ? QString()
                                        : QStringLiteral("◆") == marker ? marker
                                                                        : QStringLiteral("2."));
    return QStringLiteral("关于高新区部分道路命名的公告\n") + body + QStringLiteral("特此公告。\n");
}

} // namespace

class TstGroupNaming : public QObject {
    Q_OBJECT
private slots:
    void listIsRead_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<int>("declared");
        QTest::newRow("依次 、") << "将A路至B路的三条道路依次命名为甲路、乙路、丙路。"
                                 << QStringList{"甲路", "乙路", "丙路"} << 3;
        QTest::newRow("分别 quotes") << "将A路两侧的两条道路分别命名为“甲街”“乙街”。"
                                     << QStringList{"甲街", "乙街"} << 2;
        QTest::newRow("由北向南依次 和") << "自北向南4条道路由北向南依次命名为甲路、乙路、丙路和丁巷。"
                                         << QStringList{"甲路", "乙路", "丙路", "丁巷"} << 4;
        QTest::newRow("pinyin after names")
            << "两条道路分别命名为甲路(Jia Lu)、乙路(Yi Lu)。" << QStringList{"甲路", "乙路"} << 2;
        QTest::newRow("和平路 is one name")
            << "将两条道路分别命名为和平路、及第街。" << QStringList{"和平路", "及第街"} << 2;
    }
    void listIsRead() {
        QFETCH(QString, text);
        QFETCH(QStringList, names);
        QFETCH(int, declared);
        const MatchingText m(text);
        const auto group = findGroupNaming(m.all());
        QVERIFY(group.has_value());
        QCOMPARE(group->names, names);
        QCOMPARE(group->declared.value_or(-1), declared);
    }

    // One name, or names that are not roads (bridges), is no group.
    void notAGroup_data() {
        QTest::addColumn<QString>("text");
        QTest::newRow("one name") << "将该路依次命名为甲路。";
        QTest::newRow("bridges") << "两座桥梁分别命名为“甲大桥(北)、甲大桥(南)”。";
        QTest::newRow("no group verb") << "将A路至B路的道路命名为甲路、乙路。";
    }
    void notAGroup() {
        QFETCH(QString, text);
        const MatchingText m(text);
        QVERIFY(!findGroupNaming(m.all()).has_value());
    }

    // The whole reader: one record per name with the sentence's ends, in every layout.
    void recordsPerName_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("traditional");
        const QStringList markers = {QString(), QStringLiteral("1."), QStringLiteral("一、"),
                                     QStringLiteral("◆"), QStringLiteral("prose")};
        const QStringList verbs = {QStringLiteral("依次命名为"), QStringLiteral("分别命名为"),
                                   QStringLiteral("由北向南依次命名为")};
        const QStringList lists = {QStringLiteral("、"), QStringLiteral(","), QStringLiteral("quotes"),
                                   QStringLiteral("quotes、"), QStringLiteral("和")};
        for (const QString& marker : markers)
            for (const QString& verb : verbs)
                for (const QString& list : lists)
                    for (const bool trad : {false, true}) {
                        const QString text = groupNotice(marker, verb, printedList(list));
                        QTest::addRow("%s %s %s %s", qPrintable(marker.isEmpty() ? "no marker" : marker),
                                      qPrintable(verb), qPrintable(list), trad ? "繁" : "简")
                            << (trad ? eval::toTraditional(text) : text) << trad;
                    }
    }
    void recordsPerName() {
        QFETCH(QString, text);
        QFETCH(bool, traditional);
        if (traditional && !eval::traditionalConverter().ok())
            QSKIP("OpenCC s2t.json is not installed");
        const auto t = [&](const QString& s) {
            return traditional ? eval::toTraditional(s) : s;
        };
        const ParseOutcome out = NoticeParser::parseText(text, QStringLiteral("group.txt"));
        QCOMPARE(out.status, ParseStatus::Ok);
        QCOMPARE(out.result.notices.size(), 1);
        const Notice& n = out.result.notices.first();
        QStringList names;
        for (const RoadRecord& r : n.roads)
            names.append(r.name);
        QVERIFY2(names.size() >= 3, qPrintable(names.join(u'、')));
        for (qsizetype i = 0; i < kNames.size(); ++i) {
            const RoadRecord& r = n.roads.at(i);
            QCOMPARE(r.name, t(kNames[i]));
            QCOMPARE(r.action, RoadAction::Name);
            QCOMPARE(r.start, t(QStringLiteral("科技路")));
            QCOMPARE(r.end, t(QStringLiteral("创业大道")));
            QCOMPARE(r.startDir, Direction::East);
            QCOMPARE(r.endDir, Direction::West);
            QCOMPARE(r.district, t(QStringLiteral("高新区")));
        }
    }
};

QTEST_GUILESS_MAIN(TstGroupNaming)
#include "tst_group_naming.moc"
