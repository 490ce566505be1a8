// ctest-label: unit
// links: luming_eval luming_notice luming_text luming_core luming_chinese
// "N条" counts stated anywhere in a notice (issue 8 points 1 and 4): in the title, an introduction
// sentence, a section heading ("一、命名道路(3条)", "(共3条)"), a per-district line ("历城区3条") and a
// group naming ("三条道路依次命名为…") are checked against the records read in their scope. Every row is a
// generated variant — where the count stands × its phrasing × simplified or traditional — rendered once
// with the count right (no finding, and the count line is never an item) and once one too many (a
// count_mismatch finding).
#include "eval/text_damage.h"
#include "notice/notice_parser.h"

#include <QTest>

using namespace luming;

namespace {

// Where the count stands and how it is phrased; %1 is the number.
struct CountPhrasing {
    const char* where;
    QString title;   // the notice's title
    QString intro;   // its introduction
    QString heading; // the line above the items ("" for none)
};

QList<CountPhrasing> phrasings() {
    const QString title = QStringLiteral("关于历城区部分道路命名的公告");
    const QString intro = QStringLiteral("经市政府批准,现将有关事项公告如下:");
    return {
        {"intro 共命名道路N条", title, QStringLiteral("经市政府批准,共命名道路%1条。"), {}},
        {"intro 此次共命名N条道路", title, QStringLiteral("经市政府批准,此次共命名%1条道路。"), {}},
        {"intro N条道路予以命名", title, QStringLiteral("经市政府批准,历城区%1条道路予以命名。"), {}},
        {"intro X等N条", title, QStringLiteral("经市政府批准,现将甲秀路等%1条道路命名如下:"), {}},
        {"heading (N条)", title, intro, QStringLiteral("一、命名道路(%1条)")},
        {"heading (共N条)", title, intro, QStringLiteral("一、命名道路(共%1条)")},
        {"heading 注销的道路(N条)", title, intro, QStringLiteral("一、注销的道路(%1条)")},
        {"district line 历城区N条", QStringLiteral("关于部分道路命名的公告"), intro,
         QStringLiteral("历城区%1条")},
        {"district heading 历城区(N条)", QStringLiteral("关于部分道路命名的公告"), intro,
         QStringLiteral("历城区(%1条)")},
        {"title N条道路命名", QStringLiteral("关于历城区%1条道路命名的公告"), intro, {}},
    };
}

QString render(const CountPhrasing& p, int count) {
    const bool cancel = QString::fromUtf8(p.where).contains(QStringLiteral("注销"));
    const QString ends = cancel ? QStringLiteral(",因道路拆除予以注销。") : QStringLiteral("。");
    QString text = p.title.arg(count) + u'\n' + p.intro.arg(count) + u'\n';
    if (!p.heading.isEmpty())
        text += p.heading.arg(count) + u'\n';
    text += QStringLiteral("1.甲秀路:东起科技路,西至创业大道,长800米%1\n"
                           "2.乙秀路:南起学府路,北至文昌街,长600米%1\n"
                           "特此公告。\n")
                .arg(ends);
    return text;
}

bool hasCountMismatch(const Notice& n) {
    return std::any_of(n.findings.cbegin(), n.findings.cend(),
                       [](const Finding& f) { return f.code == FindingCode::CountMismatch; });
}

} // namespace

class TstDeclaredCounts : public QObject {
    Q_OBJECT
private slots:
    void countChecked_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("mismatch");
        for (const CountPhrasing& p : phrasings())
            for (const bool trad : {false, true})
                for (const int count : {2, 3}) {
                    const QString text = render(p, count);
                    QTest::addRow("%s, %s, declared %d of 2", p.where, trad ? "繁" : "简", count)
                        << (trad ? eval::toTraditional(text) : text) << (count != 2);
                }
    }
    void countChecked() {
        QFETCH(QString, text);
        QFETCH(bool, mismatch);
        const ParseOutcome out = NoticeParser::parseText(text, QStringLiteral("counts.txt"));
        QCOMPARE(out.status, ParseStatus::Ok);
        QCOMPARE(out.result.notices.size(), 1);
        const Notice& n = out.result.notices.first();
        // The count line is never an item: exactly the two roads.
        QCOMPARE(n.roads.size(), 2);
        QCOMPARE(hasCountMismatch(n), mismatch);
    }

    // A group naming states how many roads it names: three names for "三条" is right, two is a finding.
    void groupCountChecked_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("roads");
        QTest::addColumn<bool>("mismatch");
        const QString notice =
            QStringLiteral("关于高新区部分道路命名的公告\n经研究,现将高新区部分道路命名如下:\n"
                           "1.将东起科技路、西至创业大道的三条道路依次命名为%1。\n特此公告。\n");
        QTest::newRow("三条, three names")
            << notice.arg(QStringLiteral("天元路、地元路、人元路")) << 3 << false;
        QTest::newRow("三条, two names") << notice.arg(QStringLiteral("天元路、地元路")) << 2 << true;
        QTest::newRow("三条, three names, 繁")
            << eval::toTraditional(notice.arg(QStringLiteral("天元路、地元路、人元路"))) << 3 << false;
        QTest::newRow("三条, two names, 繁")
            << eval::toTraditional(notice.arg(QStringLiteral("天元路、地元路"))) << 2 << true;
    }
    void groupCountChecked() {
        QFETCH(QString, text);
        QFETCH(int, roads);
        QFETCH(bool, mismatch);
        const ParseOutcome out = NoticeParser::parseText(text, QStringLiteral("group.txt"));
        QCOMPARE(out.status, ParseStatus::Ok);
        const Notice& n = out.result.notices.first();
        QCOMPARE(n.roads.size(), roads);
        QCOMPARE(hasCountMismatch(n), mismatch);
    }
};

QTEST_GUILESS_MAIN(TstDeclaredCounts)
#include "tst_declared_counts.moc"
