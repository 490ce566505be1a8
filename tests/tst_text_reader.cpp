// ctest-label: unit
// links: luming_text luming_core
// TextReader: every encoding a notice arrives in decodes to the same text (issue 2, items 2 and 8),
// and what is not a text is refused with one sentence naming the file.
#include "test_support.h"
#include "text/text_reader.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace luming;

Q_DECLARE_METATYPE(luming::ReadStatus)

namespace {

QByteArray encoded(const QString& text, const char* encoding) {
    QStringEncoder encoder(encoding, QStringConverter::Flag::Stateless);
    Q_ASSERT(encoder.isValid());
    QByteArray bytes = encoder.encode(text);
    Q_ASSERT(!encoder.hasError());
    return bytes;
}

QByteArray randomBytes(quint32 seed, qsizetype size) {
    QRandomGenerator rng(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char& b : bytes)
        b = char(rng.bounded(256));
    return bytes;
}

// `text` with `insert` placed at the start of 1-based `line`.
QString insertAtLine(QString text, int line, const QString& insert) {
    qsizetype at = 0;
    for (int l = 1; l < line; ++l)
        at = text.indexOf(u'\n', at) + 1;
    return text.insert(at, insert);
}

#ifdef Q_OS_LINUX
// Peak resident memory of this process (VmHWM), in bytes; 0 if unknown.
qint64 peakResidentBytes() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return 0;
}
#endif

} // namespace

class TstTextReader : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void encodings_data();
    void encodings();
    void truncatedUtf8KeepsWhatIsThere();
    void damagedBytesReplaced_data();
    void damagedBytesReplaced();
    void damagedPlacesListedUpToTwenty();
    void refused_data();
    void refused();
    void nulBytes_data();
    void nulBytes();
    void unreadable_data();
    void unreadable();
    void fiftyMegabytes();

private:
    QTemporaryDir dir_;
    QString seed_; // the seed notice as shipped (UTF-8), decoded independently of TextReader
    QString write(const QString& fileName, const QByteArray& bytes) {
        const QString path = dir_.filePath(fileName);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return path;
    }
};

void TstTextReader::initTestCase() {
    QVERIFY(dir_.isValid());
    const QByteArray raw = test::readAll(test::seedNoticePath());
    QVERIFY2(!raw.isEmpty(), qPrintable(test::seedNoticePath()));
    QStringDecoder utf8(QStringConverter::Utf8);
    seed_ = utf8.decode(raw);
    QVERIFY(!utf8.hasError());
    QVERIFY(seed_.contains(QStringLiteral("济政字〔2021〕62号")));
}

void TstTextReader::encodings_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("encoding");

    const QString notice = seed_.mid(seed_.indexOf(QStringLiteral("济南市人民政府 关于祈福街")), 4000);
    QTest::newRow("seed#0 as shipped, UTF-8") << test::readAll(test::seedNoticePath()) << seed_ << "UTF-8";
    QTest::newRow("seed#0 UTF-8 with BOM")
        << QByteArray("\xEF\xBB\xBF") + encoded(seed_, "UTF-8") << seed_ << "UTF-8 (BOM)";
    QTest::newRow("seed#0 UTF-16LE with BOM")
        << QByteArray("\xFF\xFE") + encoded(seed_, "UTF-16LE") << seed_ << "UTF-16LE (BOM)";
    QTest::newRow("seed#0 UTF-16BE with BOM")
        << QByteArray("\xFE\xFF") + encoded(seed_, "UTF-16BE") << seed_ << "UTF-16BE (BOM)";
    QTest::newRow("seed#0 UTF-32LE with BOM")
        << QByteArray("\xFF\xFE\0\0", 4) + encoded(seed_, "UTF-32LE") << seed_ << "UTF-32LE (BOM)";
    QTest::newRow("seed#0 GB18030 (ANSI of Chinese Windows)")
        << encoded(seed_, "GB18030") << seed_ << "GB18030";
    // GBK cannot encode every character of the whole gazette (•), so the notice itself is used.
    QTest::newRow("seed#0 notice in GBK, read as GB18030") << encoded(notice, "GBK") << notice << "GB18030";
    QTest::newRow("seed#0 UTF-16LE without BOM") << encoded(seed_, "UTF-16LE") << seed_ << "UTF-16LE";
    QTest::newRow("seed#0 UTF-16BE without BOM") << encoded(seed_, "UTF-16BE") << seed_ << "UTF-16BE";
    QTest::newRow("ASCII only, UTF-8") << QByteArray("Xizha Jie 2 Xiang\n") << "Xizha Jie 2 Xiang\n"
                                       << "UTF-8";
}

void TstTextReader::encodings() {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QFETCH(QString, encoding);

    const QString path = write(QStringLiteral("encoded.txt"), bytes);
    QVERIFY(!path.isEmpty());
    const ReadOutcome outcome = TextReader::readFile(path);
    QVERIFY2(outcome.status == ReadStatus::Ok, qPrintable(outcome.error));
    QVERIFY(outcome.decoded);
    QCOMPARE(outcome.decoded->encoding, encoding);
    QCOMPARE(outcome.decoded->nulBytesRemoved, 0);
    QCOMPARE(outcome.decoded->firstNulLine, 0);
    // Compared as a whole and by size, so a mismatch says where.
    QCOMPARE(outcome.decoded->text.size(), expected.size());
    QCOMPARE(outcome.decoded->text, expected);
}

void TstTextReader::truncatedUtf8KeepsWhatIsThere() {
    // A file cut in the middle of 港 (E6 B8 AF): still UTF-8, the cut character becomes U+FFFD.
    const QByteArray bytes = encoded(QStringLiteral("(二十五)港"), "UTF-8").chopped(1);
    const ReadOutcome outcome = TextReader::decode(bytes, QStringLiteral("cut.txt"));
    QVERIFY2(outcome.status == ReadStatus::Ok, qPrintable(outcome.error));
    QCOMPARE(outcome.decoded->encoding, QStringLiteral("UTF-8"));
    QCOMPARE(outcome.decoded->text, QStringLiteral("(二十五)") + QChar(QChar::ReplacementCharacter));
}

// Bytes no decoder reads become U+FFFD, each run reported with its line; the rest of the text is
// intact. Big5 is told from GB18030 by which decodes into frequent characters.
void TstTextReader::damagedBytesReplaced_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QList<int>>("lines"); // of the replaced runs

    const QString bad(QChar::ReplacementCharacter);
    const QByteArray ff("\xFF");
    const auto utf8 = [](const QString& t) {
        return t.toUtf8();
    };
    const auto withByte = [](const QString& text, int line, const QByteArray& byte, const auto& encode) {
        const qsizetype at = insertAtLine(text, line, QStringLiteral("\x01")).indexOf(u'\x01');
        return encode(text.left(at)) + byte + encode(text.mid(at));
    };
    const auto gb = [](const QString& t) {
        return encoded(t, "GB18030");
    };
    QTest::newRow("seed#0 UTF-8, byte FF at line 134")
        << withByte(seed_, 134, ff, utf8) << insertAtLine(seed_, 134, bad) << "UTF-8" << QList<int>{134};
    QTest::newRow("seed#0 UTF-8, a lone continuation byte at line 239")
        << withByte(seed_, 239, "\x80", utf8) << insertAtLine(seed_, 239, bad) << "UTF-8" << QList<int>{239};
    QTest::newRow("seed#0 UTF-8 BOM, byte FF at line 134")
        << QByteArray("\xEF\xBB\xBF") + withByte(seed_, 134, ff, utf8) << insertAtLine(seed_, 134, bad)
        << "UTF-8 (BOM)" << QList<int>{134};
    QTest::newRow("seed#0 GB18030, byte FF at line 134")
        << withByte(seed_, 134, ff, gb) << insertAtLine(seed_, 134, bad) << "GB18030" << QList<int>{134};

    // GBK cut in the middle of its last character (路, D3 C2 → D3).
    const QString notice = seed_.mid(seed_.indexOf(QStringLiteral("济南市人民政府 关于祈福街")), 4000);
    const QString upToRoad = notice.left(notice.lastIndexOf(u'路') + 1);
    QTest::newRow("seed#0 notice in GBK, cut mid-character")
        << encoded(upToRoad, "GBK").chopped(1) << upToRoad.chopped(1) + bad << "GB18030"
        << QList<int>{int(upToRoad.count(u'\n')) + 1};

    // Sample 07 is printed in traditional characters: as a Taiwan or Hong Kong office would save it.
    const QString traditional = QString::fromUtf8(
        test::readAll(test::testDataPath(QStringLiteral("samples/07_qingdao_jimo_trad.txt"))));
    QTest::newRow("sample 07 (traditional) in Big5")
        << encoded(traditional, "Big5") << traditional << "Big5" << QList<int>{};
    const auto big5 = [](const QString& t) {
        return encoded(t, "Big5");
    };
    // A lead byte without its trail byte (ICU's Big5 maps FF and 80 to characters of their own).
    QTest::newRow("sample 07 in Big5, lone lead byte A4 before \"1.五峰山路\" at line 4")
        << withByte(traditional, 4, "\xA4", big5) << insertAtLine(traditional, 4, bad) << "Big5"
        << QList<int>{4};
}

void TstTextReader::damagedBytesReplaced() {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QFETCH(QString, encoding);
    QFETCH(QList<int>, lines);

    const ReadOutcome outcome = TextReader::decode(bytes, QStringLiteral("damaged.txt"));
    QVERIFY2(outcome.status == ReadStatus::Ok, qPrintable(outcome.error));
    QCOMPARE(outcome.decoded->encoding, encoding);
    QCOMPARE(outcome.decoded->text, expected);
    QList<int> found;
    for (const ReplacedRun& run : outcome.decoded->replacedRuns)
        found.append(run.line);
    QCOMPARE(found, lines);
    QCOMPARE(outcome.decoded->replacedRunCount, lines.size());
}

void TstTextReader::damagedPlacesListedUpToTwenty() {
    // 30 lines, each with one bad byte among 40 good characters: 20 listed with their lines, 30 counted.
    QByteArray bytes;
    for (int i = 0; i < 30; ++i)
        bytes += QStringLiteral("祈福街长447米宽18米位于市中区陡沟街道辖区").toUtf8() + "\xFF" +
                 QStringLiteral("东起规划道路西至规划道路").toUtf8() + "\n";
    const ReadOutcome outcome = TextReader::decode(bytes, QStringLiteral("damaged.txt"));
    QVERIFY2(outcome.status == ReadStatus::Ok, qPrintable(outcome.error));
    QCOMPARE(outcome.decoded->replacedRuns.size(), 20);
    QCOMPARE(outcome.decoded->replacedRuns.last().line, 20);
    QCOMPARE(outcome.decoded->replacedRunCount, 30);
    QCOMPARE(outcome.decoded->replacedCharacters, 30);
}

void TstTextReader::refused_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<ReadStatus>("status");
    QTest::addColumn<QString>("mentions"); // besides the file name

    QTest::newRow("empty file, 0 bytes") << QByteArray() << ReadStatus::Empty << "empty";
    QTest::newRow("whitespace only: spaces, tabs, CRLF")
        << QByteArray(" \t\r\n  \r\n\n") << ReadStatus::Empty << "whitespace";
    QTest::newRow("UTF-8 BOM only") << QByteArray("\xEF\xBB\xBF") << ReadStatus::Empty << "whitespace";
    QTest::newRow("UTF-16LE BOM + ideographic spaces and a newline")
        << QByteArray("\xFF\xFE") + encoded(QStringLiteral("\u3000\u3000\n"), "UTF-16LE") << ReadStatus::Empty
        << "whitespace";
    QTest::newRow("random bytes, 64 KiB, seed 20210903")
        << randomBytes(20210903, 64 * 1024) << ReadStatus::Binary << "not text";
    QTest::newRow("random bytes, 16 bytes, seed 62") << randomBytes(62, 16) << ReadStatus::Binary << "";
    QTest::newRow("PNG header + random bytes")
        << QByteArray("\x89PNG\r\n\x1A\n\0\0\0\x0DIHDR", 16) + randomBytes(353, 4096) << ReadStatus::Binary
        << "PNG image";
    QTest::newRow("ZIP (docx) header")
        << QByteArray("PK\x03\x04\x14\0\x06\0", 8) + randomBytes(19, 512) << ReadStatus::Binary << "ZIP";
    QTest::newRow("ASCII text with 15% control characters")
        << QByteArray("road \x01\x02 name ").repeated(200) << ReadStatus::Binary << "control characters";
    QTest::newRow("Latin-1 bytes, neither UTF-8 nor GB18030 nor Big5")
        << QByteArray("caf\xE9 \xFF\xFE\xFF") << ReadStatus::Binary
        << "could not be decoded as UTF-8, GB18030 or Big5";
    QTest::newRow("UTF-16LE BOM with a lone surrogate")
        << QByteArray("\xFF\xFE\x41\x00\x00\xD8\x41\x00", 8) << ReadStatus::Binary << "not valid UTF-16LE";
}

void TstTextReader::refused() {
    QFETCH(QByteArray, bytes);
    QFETCH(ReadStatus, status);
    QFETCH(QString, mentions);

    const QString path = write(QStringLiteral("refused.bin"), bytes);
    QVERIFY(!path.isEmpty());
    const ReadOutcome outcome = TextReader::readFile(path);
    QCOMPARE(int(outcome.status), int(status));
    QVERIFY(!outcome.decoded);
    QVERIFY2(outcome.error.contains(QDir::toNativeSeparators(path)), qPrintable(outcome.error));
    QVERIFY2(outcome.error.contains(mentions), qPrintable(outcome.error));
    QVERIFY2(outcome.error.endsWith(u'.') && outcome.error.count(QStringLiteral(". ")) == 0,
             qPrintable(outcome.error)); // one sentence
}

void TstTextReader::nulBytes_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<int>("removed");
    QTest::addColumn<int>("firstLine");

    // Line 134 of the seed is "- (一) 祈福街。…", line 239 "(五十八) 荷风路。…".
    const QString nul(QChar(0));
    const QString withNuls = insertAtLine(insertAtLine(seed_, 239, nul), 134, nul + nul + nul);
    QTest::newRow("seed#0 UTF-8, 3 NULs at line 134 + 1 at line 239")
        << encoded(withNuls, "UTF-8") << seed_ << "UTF-8" << 4 << 134;
    QTest::newRow("seed#0 GB18030, 3 NULs at line 134 + 1 at line 239")
        << encoded(withNuls, "GB18030") << seed_ << "GB18030" << 4 << 134;
    QTest::newRow("seed#0 UTF-16LE BOM, 3 NULs at line 134 + 1 at line 239")
        << QByteArray("\xFF\xFE") + encoded(withNuls, "UTF-16LE") << seed_ << "UTF-16LE (BOM)" << 4 << 134;
    QTest::newRow("seed#0 UTF-8 BOM, 3 NULs at line 134 + 1 at line 239")
        << QByteArray("\xEF\xBB\xBF") + encoded(withNuls, "UTF-8") << seed_ << "UTF-8 (BOM)" << 4 << 134;
    QString crlf = seed_;
    crlf.replace(u'\n', QStringLiteral("\r\n"));
    QTest::newRow("seed#0 with CRLF line ends, NUL at line 134")
        << encoded(insertAtLine(crlf, 134, nul), "UTF-8") << crlf << "UTF-8" << 1 << 134;
    QTest::newRow("NUL as the first byte") << QByteArray("\0祈福街\n", 11) << "祈福街\n"
                                           << "UTF-8" << 1 << 1;
    QTest::newRow("NUL at the end of line 2 with CR-only line ends")
        << QByteArray("a\rb\0\rc", 6) << "a\rb\rc"
        << "UTF-8" << 1 << 2;
}

void TstTextReader::nulBytes() {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QFETCH(QString, encoding);
    QFETCH(int, removed);
    QFETCH(int, firstLine);

    const ReadOutcome outcome = TextReader::decode(bytes, QStringLiteral("nul.txt"));
    QVERIFY2(outcome.status == ReadStatus::Ok, qPrintable(outcome.error));
    QCOMPARE(outcome.decoded->encoding, encoding);
    QCOMPARE(outcome.decoded->nulBytesRemoved, removed);
    QCOMPARE(outcome.decoded->firstNulLine, firstLine);
    QCOMPARE(outcome.decoded->text, expected);
}

void TstTextReader::unreadable_data() {
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("reason");

    QTest::newRow("nonexistent path")
        << dir_.filePath(QStringLiteral("no/such/notice.txt")) << "No such file or directory";
    QTest::newRow("a folder") << dir_.path() << "folder";
}

void TstTextReader::unreadable() {
    QFETCH(QString, path);
    QFETCH(QString, reason);

    const ReadOutcome outcome = TextReader::readFile(path);
    QCOMPARE(int(outcome.status), int(ReadStatus::Unreadable));
    QVERIFY(!outcome.decoded);
    QVERIFY2(outcome.error.contains(QDir::toNativeSeparators(path)), qPrintable(outcome.error));
    QVERIFY2(outcome.error.contains(reason, Qt::CaseInsensitive), qPrintable(outcome.error));
}

void TstTextReader::fiftyMegabytes() {
    // Built on disk in pieces, so the test itself holds only one copy of the seed.
    const QByteArray raw = test::readAll(test::seedNoticePath());
    const qint64 target = 50LL * 1024 * 1024;
    const int copies = int(target / raw.size()) + 1;
    const QString path = dir_.filePath(QStringLiteral("fifty.txt"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (int i = 0; i < copies; ++i)
            QCOMPARE(file.write(raw), raw.size());
    }
    const qint64 fileSize = QFileInfo(path).size();
    QVERIFY(fileSize >= target);

    QElapsedTimer timer;
    timer.start();
    const ReadOutcome outcome = TextReader::readFile(path);
    const qint64 ms = timer.elapsed();
    QVERIFY2(outcome.status == ReadStatus::Ok, qPrintable(outcome.error));
    QCOMPARE(outcome.decoded->encoding, QStringLiteral("UTF-8"));
    QCOMPARE(outcome.decoded->text.size(), seed_.size() * copies);
    QVERIFY(outcome.decoded->text.endsWith(seed_.right(200)));
    qInfo("read and decoded %lld MB in %lld ms", fileSize / (1024 * 1024), ms);
    QVERIFY2(ms < 10000, qPrintable(QStringLiteral("took %1 ms").arg(ms))); // generous: ~0.4 s here
#ifdef Q_OS_LINUX
    // Bounded memory: the bytes, the UTF-16 text and the test's own copy stay under 5× the file.
    const qint64 peak = peakResidentBytes();
    qInfo("peak resident memory %lld MB", peak / (1024 * 1024));
    QVERIFY2(peak < 5 * fileSize, qPrintable(QStringLiteral("peak %1 MB").arg(peak / (1024 * 1024))));
#endif
}

QTEST_GUILESS_MAIN(TstTextReader)
#include "tst_text_reader.moc"
