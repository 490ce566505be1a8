// The scorer of labelled notices (eval/sample_scorer.h) on hand-made record lists: matching by name
// then by order, fields right per record, missed and spurious records, negatives.
// links: luming_eval luming_notice luming_core
#include "eval/sample_scorer.h"

#include <QTest>

using namespace luming;
using namespace luming::eval;

Q_DECLARE_METATYPE(luming::eval::LabelRecord)
Q_DECLARE_METATYPE(std::optional<double>)

namespace {

LabelRecord road(const QString& name, const QString& start = {}, const QString& end = {}) {
    LabelRecord r;
    r.name = name;
    r.start = start;
    r.end = end;
    return r;
}

} // namespace

class TestSampleScorer : public QObject {
    Q_OBJECT
private slots:
    void score_data() {
        QTest::addColumn<QList<LabelRecord>>("expected");
        QTest::addColumn<QList<LabelRecord>>("got");
        QTest::addColumn<int>("rightFields");
        QTest::addColumn<int>("missed");
        QTest::addColumn<int>("spurious");
        QTest::addColumn<bool>("exact");
        const int n = int(scoredFields().size());
        const LabelRecord a = road(QStringLiteral("荷花路"), QStringLiteral("甲街"), QStringLiteral("乙街"));
        const LabelRecord b =
            road(QStringLiteral("桂庄路"), QStringLiteral("中兴东路"), QStringLiteral("前进路"));
        LabelRecord aWrongEnd = a;
        aWrongEnd.end = QStringLiteral("丙街");
        const LabelRecord bMisnamed =
            road(QStringLiteral("桂庄"), QStringLiteral("中兴东路"), QStringLiteral("前进路"));
        QTest::newRow("same records, other order: matched by name")
            << QList{a, b} << QList{b, a} << 2 * n << 0 << 0 << true;
        QTest::newRow("one end wrong: one field off")
            << QList{a} << QList{aWrongEnd} << n - 1 << 0 << 0 << false;
        QTest::newRow("name misread: paired by order, other fields right")
            << QList{a, b} << QList{a, bMisnamed} << 2 * n - 1 << 0 << 0 << false;
        QTest::newRow("record missed: all its fields wrong")
            << QList{a, b} << QList{b} << n << 1 << 0 << false;
        QTest::newRow("extra record: spurious") << QList{a} << QList{a, b} << n << 0 << 1 << false;
        QTest::newRow("negative, nothing read")
            << QList<LabelRecord>{} << QList<LabelRecord>{} << 0 << 0 << 0 << true;
        QTest::newRow("negative, a record read") << QList<LabelRecord>{} << QList{a} << 0 << 0 << 1 << false;
        QTest::newRow("same name twice: taken in order")
            << QList{a, aWrongEnd} << QList{a, aWrongEnd} << 2 * n << 0 << 0 << true;
    }
    void score() {
        QFETCH(QList<LabelRecord>, expected);
        QFETCH(QList<LabelRecord>, got);
        QFETCH(int, rightFields);
        QFETCH(int, missed);
        QFETCH(int, spurious);
        QFETCH(bool, exact);
        const SampleScore s = scoreRecords(expected, got);
        QCOMPARE(s.rightFields, rightFields);
        QCOMPARE(s.fields, int(expected.size() * scoredFields().size()));
        QCOMPARE(s.missed, missed);
        QCOMPARE(s.spurious, spurious);
        QCOMPARE(s.exact(), exact);
    }

    // Per-field counts: a wrong end and a missed record count against `end`; the totals add samples up.
    void perField() {
        const LabelRecord a = road(QStringLiteral("荷花路"), QStringLiteral("甲街"), QStringLiteral("乙街"));
        const LabelRecord b =
            road(QStringLiteral("桂庄路"), QStringLiteral("中兴东路"), QStringLiteral("前进路"));
        LabelRecord aWrongEnd = a;
        aWrongEnd.end = QStringLiteral("丙街");
        ScoreTotals totals;
        totals.add(scoreRecords({a, b}, {aWrongEnd}));
        totals.add(scoreRecords({b}, {b}));
        QCOMPARE(totals.expected, 3);
        QCOMPARE(totals.rightByField.value(QStringLiteral("end")), 1);
        QCOMPARE(totals.rightByField.value(QStringLiteral("start")), 2);
        QCOMPARE(totals.rightByField.value(QStringLiteral("name")), 2);
        QCOMPARE(totals.missed, 1);
        QCOMPARE(totals.exactRecords, 1);
    }

    // Numbers compare within a millimetre; a missing number is null, never 0.
    void numbers_data() {
        QTest::addColumn<std::optional<double>>("label");
        QTest::addColumn<std::optional<double>>("parsed");
        QTest::addColumn<bool>("right");
        QTest::newRow("450 vs 450.0004")
            << std::optional<double>(450) << std::optional<double>(450.0004) << true;
        QTest::newRow("450 vs 451") << std::optional<double>(450) << std::optional<double>(451) << false;
        QTest::newRow("null vs 0") << std::optional<double>() << std::optional<double>(0) << false;
        QTest::newRow("null vs null") << std::optional<double>() << std::optional<double>() << true;
    }
    void numbers() {
        QFETCH(std::optional<double>, label);
        QFETCH(std::optional<double>, parsed);
        QFETCH(bool, right);
        LabelRecord want = road(QStringLiteral("荷花路"));
        LabelRecord have = want;
        want.lengthM = label;
        have.lengthM = parsed;
        QCOMPARE(scoreRecords({want}, {have}).exact(), right);
    }

    // The label file's JSON and the parser's record meet in one shape: a round trip keeps every field.
    void jsonRoundTrip() {
        LabelRecord r = road(QStringLiteral("荷花路"), QStringLiteral("甲街"), QStringLiteral("乙街"));
        r.action = QStringLiteral("rename");
        r.oldName = QStringLiteral("旧路");
        r.subdistricts = {QStringLiteral("甲街道"), QStringLiteral("乙镇")};
        r.widthMinM = 12;
        r.widthMaxM = 18;
        r.via = {QStringLiteral("丙路")};
        const QJsonObject json = r.toJson();
        QCOMPARE(LabelRecord::fromJson(json).toJson(), json);
        QVERIFY(json.value(u"length_m").isNull());
    }
};

QTEST_GUILESS_MAIN(TestSampleScorer)
#include "tst_sample_scorer.moc"
