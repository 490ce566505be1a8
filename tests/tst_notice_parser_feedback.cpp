// The parser under a Feedback: progress rises to 100 on a whole read; a cancel (before, at the first
// report, halfway) returns "cancelled" and no notice, never the records read so far as if whole.
// links: luming_notice luming_text luming_core
#include "notice/notice_parser.h"

#include <QTest>
#include <algorithm>

using namespace luming;

namespace {

// An untitled news text in sample 07's shape, with `items` numbered roads (many times kFeedbackEvery).
QString longNotice(int items) {
    QString text = QStringLiteral("即墨区对部分道路提出了新建道路命名方案,现向社会公开征求意见建议。\n"
                                  "新建道路命名(%1条)\n")
                       .arg(items);
    for (int i = 1; i <= items; ++i)
        text += QStringLiteral("%1.测试%1路:南起桃源河二路,北止淮涉河二路。长%2米,宽10米,沥青路面。\n")
                    .arg(i)
                    .arg(100 + i);
    return text;
}

} // namespace

class TstNoticeParserFeedback : public QObject {
    Q_OBJECT
private slots:
    void cancel_data() {
        QTest::addColumn<double>("cancelAt"); // progress at which to cancel; < 0: before the start
        QTest::addColumn<bool>("cancelled");
        QTest::newRow("cancelled before the start") << -1.0 << true;
        QTest::newRow("cancelled at the first progress report") << 0.0 << true;
        QTest::newRow("cancelled halfway") << 50.0 << true;
        QTest::newRow("never cancelled: read whole") << 1000.0 << false;
    }
    void cancel() {
        QFETCH(double, cancelAt);
        QFETCH(bool, cancelled);
        const int items = 900; // item numbers of up to three digits, as notices print them
        Feedback* self = nullptr;
        QList<double> seen;
        Feedback feedback([&](double percent) {
            seen.append(percent);
            if (percent >= cancelAt)
                self->cancel();
        });
        self = &feedback;
        if (cancelAt < 0)
            feedback.cancel();
        const ParseOutcome out = NoticeParser::parseText(longNotice(items), QStringLiteral("long.txt"),
                                                         QStringLiteral("UTF-8"), &feedback);
        QVERIFY(std::is_sorted(seen.begin(), seen.end()));
        if (cancelled) {
            QCOMPARE(out.status, ParseStatus::Cancelled);
            QVERIFY(out.result.notices.isEmpty()); // nothing partial
            QVERIFY2(out.error.contains(QStringLiteral("cancelled")), qPrintable(out.error));
            QVERIFY(feedback.progress() < 100);
        } else {
            QCOMPARE(out.status, ParseStatus::Ok);
            QCOMPARE(out.result.notices.size(), 1);
            QCOMPARE(out.result.notices.first().roads.size(), items);
            QCOMPARE(feedback.progress(), 100.0);
            QVERIFY(seen.size() > 10); // reported along the way, not only at the end
        }
    }
};

QTEST_GUILESS_MAIN(TstNoticeParserFeedback)
#include "tst_notice_parser_feedback.moc"
