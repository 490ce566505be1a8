// ctest-label: unit
// links: luming_notice luming_text luming_core
// Memory and time linear in the input (issue 13, point 1): a notice with one endpoint name tens of
// thousands of characters long parses within a bounded memory (before: 831 MB at 20,000 characters,
// bad_alloc at 50,000), and a notice printed on one long line takes time proportional to its length
// (before: quadratic in sourceLines). Each parse runs in a forked child so its peak memory is its own.
#include "child_measure.h"
#include "notice/notice_parser.h"
#include "test_support.h"

#include <QTest>

using namespace luming;

namespace {

QString seedText() {
    return QString::fromUtf8(test::readAll(test::seedNoticePath()));
}

// The seed notice with item (一)'s start, 观音祠路, renamed to a name of `length` characters.
QString withLongEndpoint(qsizetype length) {
    QString text = seedText();
    const QString endpoint = QStringLiteral("观音祠 路");
    const qsizetype at = text.indexOf(endpoint);
    return text.replace(at, endpoint.size(), QString(length - 1, u'祠') + u'路');
}

// The seed gazette's notice with every line break made a space, repeated to about `bytes` of UTF-8:
// one printed line that the normaliser splits into thousands.
QString oneLine(qsizetype bytes) {
    QString notice = seedText();
    notice = notice.mid(notice.indexOf(QStringLiteral("济南市人民政府 关于祈福街")));
    notice.replace(u'\n', u' ');
    const qsizetype copies = std::max<qsizetype>(1, bytes / notice.toUtf8().size());
    return notice.repeated(copies);
}

} // namespace

class TstParserLimits : public QObject {
    Q_OBJECT
private slots:
    void longEndpointBoundedMemory_data() {
        QTest::addColumn<int>("length");
        QTest::newRow("seed#1 观音祠路 as 20,000 characters (was 831 MB)") << 20000;
        QTest::newRow("seed#1 观音祠路 as 50,000 characters (was bad_alloc at 4.95 GB)") << 50000;
    }
    void longEndpointBoundedMemory() {
        QFETCH(int, length);
        const test::ChildMeasure m = test::measureInChild([length] {
            const ParseOutcome out =
                NoticeParser::parseText(withLongEndpoint(length), QStringLiteral("long.txt"));
            if (out.status != ParseStatus::Ok || out.result.notices.size() != 1)
                return false;
            // The long name is read as the endpoint it is, and said not to be a road of the notice.
            for (const auto& f : out.result.notices.first().findings)
                if (f.code == FindingCode::ExternalEndpoint && f.subject.size() == length)
                    return true;
            return false;
        });
        qInfo("%d-character endpoint: %.2f s CPU, peak RSS %.0f MiB", length, m.cpuSeconds, m.peakMiB);
        QVERIFY2(m.ok, qPrintable(QStringLiteral("child exit %1").arg(m.exitCode)));
        // The issue asks ≤ 1 GB; 256 MiB also catches the 20,000-character case (831 MB before).
        QVERIFY2(m.peakMiB <= 256, qPrintable(QStringLiteral("peak %1 MiB").arg(m.peakMiB)));
        QVERIFY2(m.cpuSeconds < 10, qPrintable(QStringLiteral("%1 s").arg(m.cpuSeconds)));
    }

    // A huge item number (a fuzzer found "5100951" in a table's number column): the numbering check
    // follows the items, not the size of the numbers (before: one string per missing number, 515 MB and
    // 1 s for a 335-byte input).
    void hugeItemNumberBoundedMemory_data() {
        QTest::addColumn<int>("number");
        QTest::newRow("table row 5,100,951 after rows 1 and 2") << 5100951;
        QTest::newRow("table row 2,000,000,000 after rows 1 and 2") << 2000000000;
    }
    void hugeItemNumberBoundedMemory() {
        QFETCH(int, number);
        const test::ChildMeasure m = test::measureInChild([number] {
            const QString text =
                QStringLiteral("关于部分道路命名的公告\n| 序号 | 道路名称 | 起点 | 终点 |\n| 1 | 甲一路 | "
                               "乙路 | 丙路 |\n"
                               "| 2 | 甲二路 | 乙路 | 丁路 |\n| %1 | 甲三路 | 乙路 | 戊路 |\n")
                    .arg(number);
            const ParseOutcome out = NoticeParser::parseText(text, QStringLiteral("huge.txt"));
            if (out.status != ParseStatus::Ok || out.result.notices.size() != 1)
                return false;
            const QString gap = QStringLiteral("3–%1").arg(number - 1);
            for (const auto& f : out.result.notices.first().findings)
                if (f.code == FindingCode::NumberingGap && f.message.contains(gap) && f.seqs.size() <= 100)
                    return true;
            return false;
        });
        qInfo("item number %d: %.2f s CPU, peak RSS %.0f MiB", number, m.cpuSeconds, m.peakMiB);
        QVERIFY2(m.ok, qPrintable(QStringLiteral("child exit %1").arg(m.exitCode)));
        QVERIFY2(m.peakMiB <= 128, qPrintable(QStringLiteral("peak %1 MiB").arg(m.peakMiB)));
        QVERIFY2(m.cpuSeconds < 2, qPrintable(QStringLiteral("%1 s").arg(m.cpuSeconds)));
    }

    // 1× and 4× the same one-line notice: linear time gives a ratio near 4, quadratic near 16.
    void oneLineNoticeLinearTime() {
        constexpr qsizetype kSmall = 4 * 1024 * 1024;
        double seconds[2] = {};
        for (int i = 0; i < 2; ++i) {
            const qsizetype bytes = i == 0 ? kSmall : 4 * kSmall;
            const test::ChildMeasure m = test::measureInChild([bytes] {
                const QString text = oneLine(bytes);
                const ParseOutcome out = NoticeParser::parseText(text, QStringLiteral("one-line.txt"));
                return out.status == ParseStatus::Ok && !out.result.notices.isEmpty();
            });
            QVERIFY2(m.ok, qPrintable(QStringLiteral("child exit %1").arg(m.exitCode)));
            seconds[i] = m.cpuSeconds;
        }
        const double ratio = seconds[1] / std::max(seconds[0], 1e-3);
        qInfo("one-line notice: %.2f s for 4 MiB, %.2f s for 16 MiB (ratio %.1f)", seconds[0], seconds[1],
              ratio);
        QVERIFY2(ratio < 8, qPrintable(QStringLiteral("4× the input took %1× the time").arg(ratio)));
    }
};

QTEST_GUILESS_MAIN(TstParserLimits)
#include "tst_parser_limits.moc"
