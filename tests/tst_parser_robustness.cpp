// Bad and unusual inputs: gazettes with no naming notice, empty files, binary garbage, a notice cut off
// mid-item, a skipped item number, NUL bytes, a 50 MB file. Every input is made by the test itself.
// ctest-label: system
// links: luming_notice luming_text luming_core
#include "child_measure.h"
#include "notice/notice_parser.h"
#include "test_support.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <fstream>

using namespace luming;

namespace {

QString seedText() {
    return QString::fromUtf8(test::readAll(test::seedNoticePath()));
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes) {
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(bytes);
    return path;
}

bool hasFinding(const Notice& n, FindingCode code, int seq = 0) {
    for (const auto& f : n.findings)
        if (f.code == code && (seq == 0 || f.seqs.contains(seq)))
            return true;
    return false;
}

// Peak resident memory of this process so far, in MiB (Linux).
double peakRssMiB() {
    std::ifstream status("/proc/self/status");
    std::string key;
    while (status >> key) {
        if (key == "VmHWM:") {
            double kb = 0;
            status >> kb;
            return kb / 1024.0;
        }
    }
    return 0;
}

} // namespace

class TestParserRobustness : public QObject {
    Q_OBJECT
private slots:
    void gazettesWithoutNamingNotice_data() {
        QTest::addColumn<QString>("file");
        QTest::newRow("seed 001") << "001_ac46b9b5a2bdc03d.txt";
        QTest::newRow("seed 002") << "002_2063dfe385f06b2c.txt";
        QTest::newRow("seed 003") << "003_0fbe94d9b63093d3.txt";
        QTest::newRow("seed 004") << "004_5a040a9d6396171d.txt";
    }
    void gazettesWithoutNamingNotice() {
        QFETCH(QString, file);
        const ParseOutcome out = NoticeParser::parseFile(test::seedPath(file));
        QCOMPARE(out.status, ParseStatus::NoNotice);
        QVERIFY(out.result.notices.isEmpty());
        QVERIFY2(out.error.contains(file), qPrintable(out.error));
        QVERIFY2(out.error.contains(QStringLiteral("no road-naming notice")), qPrintable(out.error));
    }

    void refusedInputs_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("status");
        QByteArray garbage(64 * 1024, Qt::Uninitialized);
        QRandomGenerator rng(20210903);
        for (auto& b : garbage)
            b = char(rng.bounded(256));
        QTest::newRow("empty file") << QByteArray() << int(ParseStatus::Empty);
        QTest::newRow("only blank lines") << QByteArray("\n\n  \r\n") << int(ParseStatus::Empty);
        QTest::newRow("random bytes (fixed seed)") << garbage << int(ParseStatus::Binary);
        QTest::newRow("PNG header and data")
            << (QByteArray("\x89PNG\r\n\x1a\n", 8) + garbage.left(4096)) << int(ParseStatus::Binary);
        QTest::newRow("plain text, no notice")
            << QByteArray("这是一段普通文字。没有道路命名。\n") << int(ParseStatus::NoNotice);
    }
    void refusedInputs() {
        QFETCH(QByteArray, bytes);
        QFETCH(int, status);
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("input.txt"), bytes);
        const ParseOutcome out = NoticeParser::parseFile(path);
        QCOMPARE(int(out.status), status);
        QVERIFY2(out.error.contains(QStringLiteral("input.txt")), qPrintable(out.error));
        QVERIFY(out.result.notices.isEmpty());
    }

    void missingFile() {
        const ParseOutcome out = NoticeParser::parseFile(QStringLiteral("/nonexistent/notice.txt"));
        QCOMPARE(out.status, ParseStatus::Unreadable);
        QVERIFY2(out.error.contains(QStringLiteral("notice.txt")), qPrintable(out.error));
    }

    // The file ends in the middle of item 30: 29 whole items, item 30 read as far as it goes and flagged.
    void noticeCutOffMidItem() {
        const QString text = seedText();
        const qsizetype cut = text.indexOf(QStringLiteral("(三十)水芝东路。长 224.5 米"));
        QVERIFY(cut > 0);
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("cut.txt"), text.left(cut + 16).toUtf8());
        const ParseOutcome out = NoticeParser::parseFile(path);
        QCOMPARE(out.status, ParseStatus::Ok);
        QCOMPARE(out.result.notices.size(), 1);
        const Notice& n = out.result.notices.first();
        QCOMPARE(n.roads.size(), 30);
        QCOMPARE(n.roads.last().name, QStringLiteral("水芝东路"));
        QVERIFY(hasFinding(n, FindingCode::IncompleteItem, 30));
        QVERIFY(hasFinding(n, FindingCode::CountMismatch));
        QVERIFY(!hasFinding(n, FindingCode::IncompleteItem, 29));
    }

    // Item (十二) removed: a gap at 12 and 历城区 one short, never silently renumbered.
    void skippedItemNumber() {
        QString text = seedText();
        const qsizetype from = text.indexOf(QStringLiteral("(十二) 永乐街"));
        const qsizetype to = text.indexOf(QStringLiteral("- (十三)"));
        QVERIFY(from > 0 && to > from);
        text.remove(from, to - from);
        QTemporaryDir dir;
        const ParseOutcome out =
            NoticeParser::parseFile(writeFile(dir, QStringLiteral("gap.txt"), text.toUtf8()));
        QCOMPARE(out.status, ParseStatus::Ok);
        const Notice& n = out.result.notices.first();
        QCOMPARE(n.roads.size(), 58);
        QVERIFY(hasFinding(n, FindingCode::NumberingGap, 12));
        bool districtShort = false;
        for (const auto& f : n.findings)
            districtShort |= f.code == FindingCode::CountMismatch &&
                             f.message.contains(QStringLiteral("历城区")) &&
                             f.message.contains(QStringLiteral("43"));
        QVERIFY(districtShort);
    }

    void nulBytes() {
        QByteArray bytes = test::readAll(test::seedNoticePath());
        const qsizetype at = bytes.indexOf("(十) 熙平街");
        QVERIFY(at > 0);
        bytes.insert(at, QByteArray(3, '\0'));
        QTemporaryDir dir;
        const ParseOutcome out = NoticeParser::parseFile(writeFile(dir, QStringLiteral("nul.txt"), bytes));
        QCOMPARE(out.status, ParseStatus::Ok);
        QCOMPARE(out.result.notices.first().roads.size(), 59);
        QCOMPARE(out.result.fileFindings.size(), 1);
        QVERIFY(out.result.fileFindings.first().code == FindingCode::NulBytes);
        const int line = int(bytes.left(at).count('\n')) + 1;
        QVERIFY2(out.result.fileFindings.first().message.contains(QStringLiteral("line %1").arg(line)),
                 qPrintable(out.result.fileFindings.first().message));
    }

    // 50 MB of gazettes (the seed repeated): linear time, bounded memory.
    void fiftyMegabytes() {
        const QByteArray seed = test::readAll(test::seedNoticePath());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.txt"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            while (f.size() < 50 * 1024 * 1024)
                f.write(seed);
        }
        const qint64 size = QFileInfo(path).size();
        const int copies = int(size / seed.size());
        QElapsedTimer timer;
        timer.start();
        const ParseOutcome out = NoticeParser::parseFile(path);
        const double seconds = timer.elapsed() / 1000.0;
        const double rss = peakRssMiB();
        qInfo("50 MB: %d copies of the seed gazette, parsed in %.2f s, peak RSS %.0f MiB", copies, seconds,
              rss);
        QCOMPARE(out.status, ParseStatus::Ok);
        QCOMPARE(out.result.notices.size(), copies);
        for (const auto& n : out.result.notices)
            QCOMPARE(n.roads.size(), 59);
        QVERIFY2(seconds < 60, "parsing 50 MB should take seconds, not minutes");
        QVERIFY2(rss < 1536, "memory should stay within a small multiple of the file size");
    }

    // 100 MB of notices on one printed line (issue 13, point 7: 142 s before, quadratic in
    // sourceLines): parsed in a child process within 10 s and 1 GB.
    void hundredMegabytesOnOneLine() {
        QString notice = seedText();
        notice = notice.mid(notice.indexOf(QStringLiteral("济南市人民政府 关于祈福街")));
        notice.replace(u'\n', u' ');
        const QByteArray piece = notice.toUtf8();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("one-line.txt"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            while (f.size() < 100 * 1000 * 1000)
                QCOMPARE(f.write(piece), piece.size());
        }
        const qint64 copies = QFileInfo(path).size() / piece.size();
        const test::ChildMeasure m = test::measureInChild([&path, copies] {
            // One core's worth of work: the bound is on the reading (linear in the input), not on how
            // many threads share it (their CPU time adds up).
            QThreadPool::globalInstance()->setMaxThreadCount(1);
            const ParseOutcome out = NoticeParser::parseFile(path);
            return out.status == ParseStatus::Ok && out.result.notices.size() == copies;
        });
        qInfo("100 MB on one line (%lld notices): %.2f s CPU (%.2f s wall), peak RSS %.0f MiB", copies,
              m.cpuSeconds, m.seconds, m.peakMiB);
        QVERIFY2(m.ok, qPrintable(QStringLiteral("child exit %1").arg(m.exitCode)));
        // CPU time: the machine running the suite is shared, so wall time says more about the neighbours.
        QVERIFY2(m.cpuSeconds <= 10 * test::timingScale(),
                 qPrintable(QStringLiteral("%1 s").arg(m.cpuSeconds)));
        QVERIFY2(m.peakMiB <= 1024 * test::memoryScale(),
                 qPrintable(QStringLiteral("peak %1 MiB").arg(m.peakMiB)));
    }

    // Undecodable bytes cost their characters, not the notice (issue 13, point 6): every record is
    // read, and the finding names the line.
    void badByteReportedWithItsLine_data() {
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QString>("before"); // the bad byte goes right before this text
        QTest::newRow("UTF-8, FF in item (一)'s line") << "UTF-8"
                                                       << "东起观音祠 路";
        QTest::newRow("GB18030, FF in item (三十)'s line") << "GB18030"
                                                           << "(三十)水芝东路";
    }
    void badByteReportedWithItsLine() {
        QFETCH(QString, encoding);
        QFETCH(QString, before);
        const QString text = seedText();
        const qsizetype at = text.indexOf(before);
        QVERIFY(at > 0);
        QStringEncoder encoder(encoding.toLatin1().constData());
        const QByteArray bytes = encoder.encode(text.left(at)) + "\xFF" + encoder.encode(text.mid(at));
        QTemporaryDir dir;
        const ParseOutcome out = NoticeParser::parseFile(writeFile(dir, QStringLiteral("bad.txt"), bytes));
        QCOMPARE(out.status, ParseStatus::Ok);
        QCOMPARE(out.result.encoding, encoding);
        QCOMPARE(out.result.notices.size(), 1);
        QCOMPARE(out.result.notices.first().roads.size(), 59);
        const int line = int(text.left(at).count(u'\n')) + 1;
        QCOMPARE(out.result.fileFindings.size(), 1);
        QVERIFY(out.result.fileFindings.first().code == FindingCode::UndecodableBytes);
        QVERIFY2(
            out.result.fileFindings.first().message.contains(QStringLiteral("bad.txt, line %1:").arg(line)),
            qPrintable(out.result.fileFindings.first().message));
    }

    // Big5 (a Taiwan or Hong Kong office's "ANSI"): sample 07, printed in traditional characters, read
    // from Big5 gives the same records as from UTF-8.
    void big5SameRecordsAsUtf8() {
        const QString path = test::testDataPath(QStringLiteral("samples/07_qingdao_jimo_trad.txt"));
        const ParseOutcome utf8 = NoticeParser::parseFile(path);
        QCOMPARE(utf8.status, ParseStatus::Ok);
        QStringEncoder big5("Big5");
        const QByteArray bytes = big5.encode(QString::fromUtf8(test::readAll(path)));
        QVERIFY(!big5.hasError());
        QTemporaryDir dir;
        const ParseOutcome out = NoticeParser::parseFile(writeFile(dir, QStringLiteral("big5.txt"), bytes));
        QCOMPARE(out.status, ParseStatus::Ok);
        QCOMPARE(out.result.encoding, QStringLiteral("Big5"));
        QCOMPARE(out.result.notices.size(), utf8.result.notices.size());
        const auto& a = out.result.notices.first().roads;
        const auto& b = utf8.result.notices.first().roads;
        QCOMPARE(a.size(), b.size());
        QVERIFY(!a.isEmpty());
        for (qsizetype i = 0; i < a.size(); ++i) {
            QCOMPARE(a[i].name, b[i].name);
            QCOMPARE(a[i].start, b[i].start);
            QCOMPARE(a[i].end, b[i].end);
        }
    }
};

QTEST_GUILESS_MAIN(TestParserRobustness)
#include "tst_parser_robustness.moc"
