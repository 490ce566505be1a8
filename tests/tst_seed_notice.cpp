// The seed notice 济政字〔2021〕62号 (59 roads), every field against tests/data/seed_expected.json —
// an oracle written by reading the notice, not by running the parser.
// ctest-label: system
// links: luming_notice luming_text luming_core
#include "notice/notice_parser.h"
#include "record_support.h"
#include "test_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace luming;

namespace {

QJsonObject oracle() {
    static const QJsonObject o =
        QJsonDocument::fromJson(test::readAll(test::testDataPath(QStringLiteral("seed_expected.json"))))
            .object();
    return o;
}

const ParseResult& seedParse() {
    static const ParseOutcome outcome = NoticeParser::parseFile(test::seedNoticePath());
    return outcome.result;
}

const RoadRecord* roadWithSeq(const Notice& n, int seq) {
    for (const auto& r : n.roads)
        if (r.seq == seq)
            return &r;
    return nullptr;
}

} // namespace

class TestSeedNotice : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QVERIFY2(!oracle().isEmpty(), "tests/data/seed_expected.json did not load");
        QCOMPARE(seedParse().notices.size(), 1);
    }

    void noticeFacts() {
        const Notice& n = seedParse().notices.first();
        const QJsonObject o = oracle();
        QCOMPARE(n.title, o.value(u"title").toString());
        QCOMPARE(n.issuer, o.value(u"issuer").toString());
        QCOMPARE(n.docNumber, o.value(u"doc_number").toString());
        QCOMPARE(n.date.toString(Qt::ISODate), o.value(u"date").toString());
        QVERIFY(n.declaredTotal.has_value());
        QCOMPARE(*n.declaredTotal, o.value(u"declared_total").toInt());
        QCOMPARE(n.gazette.issue, o.value(u"gazette").toObject().value(u"issue").toString());
        QVERIFY(n.gazette.page.has_value());
        QCOMPARE(*n.gazette.page, o.value(u"gazette").toObject().value(u"page").toInt());
        QCOMPARE(n.sourceLine, o.value(u"source_title_line").toInt());
        QCOMPARE(seedParse().encoding, QStringLiteral("UTF-8"));
    }

    void declaredByDistrictInPrintedOrder() {
        const Notice& n = seedParse().notices.first();
        const QList<QPair<QString, int>> expected = {
            {QStringLiteral("市中区"), 9}, {QStringLiteral("历城区"), 44}, {QStringLiteral("济南高新区"), 6}};
        QCOMPARE(n.declaredByDistrict, expected);
        const QJsonObject o = oracle().value(u"declared_by_district").toObject();
        for (const auto& [district, count] : n.declaredByDistrict)
            QCOMPARE(count, o.value(district).toInt());
        QCOMPARE(n.roads.size(), 59);
    }

    void road_data() {
        QTest::addColumn<QJsonObject>("expected");
        for (const auto& v : oracle().value(u"roads").toArray()) {
            const QJsonObject r = v.toObject();
            const QByteArray row = QStringLiteral("seed#%1 %2")
                                       .arg(r.value(u"seq").toInt(), 2, 10, QChar(u'0'))
                                       .arg(r.value(u"name").toString())
                                       .toUtf8();
            QTest::newRow(row.constData()) << r;
        }
    }

    void road() {
        QFETCH(QJsonObject, expected);
        const RoadRecord* r = roadWithSeq(seedParse().notices.first(), expected.value(u"seq").toInt());
        QVERIFY2(r, "no record with this item number");
        // Every field the oracle states, through the field table (a code the oracle misspells fails).
        QStringList unknown;
        const RoadRecord oracle = test::recordFromOracle(expected, &unknown);
        QVERIFY2(unknown.isEmpty(), qPrintable(unknown.join(u", ")));
        QStringList differences;
        for (const QString& key : expected.keys())
            if (roadField(key))
                differences +=
                    test::fieldDifferences(*r, oracle).filter(QRegularExpression(u'^' + key + u':'));
        QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u"; ")));
        // Traceable: the line of the item number (source_line, above), and the printed text begins with
        // the item's marker.
        QVERIFY2(r->source.text.startsWith(u'(') || r->source.text.startsWith(u'（'),
                 qPrintable(r->source.text));
        QString printed = r->source.text;
        printed.remove(QRegularExpression(QStringLiteral("\\s")));
        QVERIFY2(printed.contains(r->name), qPrintable(r->source.text));
    }

    void sourceOffsetsPointIntoTheFile() {
        const QString original = QString::fromUtf8(test::readAll(test::seedNoticePath()));
        for (const auto& r : seedParse().notices.first().roads) {
            QVERIFY(r.source.offset >= 0);
            QCOMPARE(original.mid(r.source.offset, r.source.text.size()), r.source.text);
        }
    }

    void expectedFinding_data() {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QList<int>>("seqs");
        for (const auto& v : oracle().value(u"expected_findings").toArray()) {
            const QJsonObject f = v.toObject();
            QList<int> seqs;
            for (const auto& s : f.value(u"seqs").toArray())
                seqs.append(s.toInt());
            const QString name = f.value(u"name").toString();
            QTest::newRow(qPrintable(f.value(u"code").toString() + u' ' + name))
                << f.value(u"code").toString() << name << seqs;
        }
    }

    void expectedFinding() {
        QFETCH(QString, code);
        QFETCH(QString, subject);
        QFETCH(QList<int>, seqs);
        int matches = 0;
        for (const auto& f : seedParse().notices.first().findings) {
            if (findingCodeText(f) == code && f.subject == subject) {
                ++matches;
                QCOMPARE(f.seqs, seqs);
                QVERIFY(!f.message.isEmpty());
            }
        }
        QCOMPARE(matches, 1);
    }

    void noFindingsBeyondTheExpected() {
        const QJsonArray expected = oracle().value(u"expected_findings").toArray();
        QCOMPARE(seedParse().notices.first().findings.size(), expected.size());
        for (const auto& v : oracle().value(u"expected_absent").toArray()) {
            const QString code = v.toObject().value(u"code").toString();
            for (const auto& f : seedParse().notices.first().findings)
                QVERIFY2(findingCodeText(f) != code, qPrintable(f.message));
        }
    }

    // The same 59 records whatever the file's encoding.
    void otherEncodings_data() {
        QTest::addColumn<QString>("encoderName");
        QTest::addColumn<bool>("bom");
        QTest::addColumn<QString>("reported");
        QTest::newRow("GB18030 (Windows ANSI)") << "GB18030" << false << "GB18030";
        QTest::newRow("UTF-16LE with BOM") << "UTF-16LE" << true << "UTF-16LE (BOM)";
        QTest::newRow("UTF-16BE with BOM") << "UTF-16BE" << true << "UTF-16BE (BOM)";
        QTest::newRow("UTF-8 with BOM") << "UTF-8" << true << "UTF-8 (BOM)";
    }

    void otherEncodings() {
        QFETCH(QString, encoderName);
        QFETCH(bool, bom);
        QFETCH(QString, reported);
        const QString text = QString::fromUtf8(test::readAll(test::seedNoticePath()));
        QStringEncoder encoder(encoderName.toLatin1().constData(),
                               bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
        QVERIFY(encoder.isValid());
        const QByteArray bytes = encoder.encode(text);
        QVERIFY(!encoder.hasError());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("seed.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();

        const ParseOutcome outcome = NoticeParser::parseFile(path);
        QCOMPARE(outcome.status, ParseStatus::Ok);
        QCOMPARE(outcome.result.encoding, reported);
        QCOMPARE(outcome.result.notices.size(), 1);
        const auto& roads = outcome.result.notices.first().roads;
        const auto& reference = seedParse().notices.first().roads;
        QCOMPARE(roads.size(), 59);
        for (qsizetype i = 0; i < roads.size(); ++i) {
            QCOMPARE(roads[i].name, reference[i].name);
            QCOMPARE(roads[i].start, reference[i].start);
            QCOMPARE(roads[i].end, reference[i].end);
            QCOMPARE(roads[i].lengthM, reference[i].lengthM);
            QCOMPARE(roads[i].source.line, reference[i].source.line);
        }
    }
};

QTEST_GUILESS_MAIN(TestSeedNotice)
#include "tst_seed_notice.moc"
