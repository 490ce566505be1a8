// ctest-label: gui
// links: luming_app_core
// The details panel says why each field holds its value (issue 8 point 2): hovering a field shows the
// rule and the line it was read from ("why 北起熙和街: rule start.dir_qi, line 179"), in English and
// in Chinese.
#include "app_translator.h"
#include "core/project.h"
#include "details_panel.h"
#include "notice/notice_parser.h"
#include "test_support.h"

#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QtTest>
#include <algorithm>

using namespace luming;
using namespace luming::app;

namespace {

// Every hover text of the page the panel shows (its browser's document: toHtml() does not keep them).
QStringList toolTips(const QTextDocument& doc) {
    QStringList out;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next())
        for (auto it = b.begin(); !it.atEnd(); ++it)
            if (const QString tip = it.fragment().charFormat().toolTip();
                !tip.isEmpty() && !out.contains(tip))
                out << tip;
    return out;
}

} // namespace

class TestGuiDetailsEvidence : public QObject {
    Q_OBJECT

    Project project_;
    RoadKey gangtian_;

private slots:
    void initTestCase() {
        const ParseOutcome out = NoticeParser::parseFile(test::seedNoticePath());
        QCOMPARE(out.status, ParseStatus::Ok);
        project_.parse = out.result;
        for (const RoadRecord& r : project_.parse.notices.first().roads)
            if (r.name == QStringLiteral("港田路"))
                gangtian_ = {project_.parse.notices.first().id, r.seq};
        QVERIFY(gangtian_.seq > 0);
    }

    void hoverSaysWhy_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en") << QStringLiteral("en")
                            << QStringLiteral("why 北起熙和街: rule start.dir_qi, line 179");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN")
                               << QStringLiteral("依据“北起熙和街”：规则 start.dir_qi，第 179 行");
    }

    void hoverSaysWhy() {
        QFETCH(QString, language);
        QFETCH(QString, expected);
        QLocale::setDefault(QLocale(language));
        QVERIFY(!AppTranslator::install(*QCoreApplication::instance(), QLocale(language)).isEmpty());
        DetailsPanel panel;
        panel.showRoad(&project_, gangtian_);
        const auto* browser = panel.findChild<QTextBrowser*>();
        QVERIFY(browser);
        const QStringList tips = toolTips(*browser->document());
        QVERIFY2(tips.contains(expected), qPrintable(tips.join(u'\n')));
        // The length and the width say where they were read too.
        QVERIFY2(std::any_of(tips.cbegin(), tips.cend(),
                             [](const QString& t) { return t.contains(QStringLiteral("length.clause")); }),
                 qPrintable(tips.join(u'\n')));
        QVERIFY2(std::any_of(tips.cbegin(), tips.cend(),
                             [](const QString& t) { return t.contains(QStringLiteral("width.")); }),
                 qPrintable(tips.join(u'\n')));
    }

    void cleanupTestCase() { QLocale::setDefault(QLocale::c()); }
};

QTEST_MAIN(TestGuiDetailsEvidence)
#include "tst_gui_details_evidence.moc"
