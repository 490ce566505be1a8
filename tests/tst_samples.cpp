// The development set (tests/data/samples, copies of shared/samples) scored by the one scorer
// (eval/sample_scorer.h). The ten samples labelled before issue 8 are held at 100 % of every labelled
// field; the fourteen added for issue 8 are held by a ratchet: per-sample floors at the fields the
// parser got right when they were added, so a regression fails and an improvement asks for a new floor.
// ctest-label: system
// links: luming_eval luming_notice luming_text luming_core luming_chinese
#include "eval/labelled_set.h"
#include "eval/sample_scorer.h"
#include "eval/score_report.h"
#include "test_support.h"

#include <QTest>
#include <algorithm>

using namespace luming;
using namespace luming::eval;

namespace {

// The samples labelled before issue 8 (sample 29's district label changed with issue 8's convention).
const QStringList kFirstTen = {QStringLiteral("01"), QStringLiteral("02"), QStringLiteral("05"),
                               QStringLiteral("07"), QStringLiteral("08"), QStringLiteral("13"),
                               QStringLiteral("19"), QStringLiteral("22"), QStringLiteral("29"),
                               QStringLiteral("41")};

// Fields of the first ten that the parser is known to miss under the current labels, each with the
// issue that will fix it. The row is an expected failure: when the reader gets it, the test says so.
struct KnownMiss {
    QString sample;
    QString name;
    QString field;
    const char* reason;
};
// None now: 29's 桂庄路 takes its district from the title since table rows fall back to the title's
// place like items do.
const QList<KnownMiss> kKnownMisses = {};

// The ratchet for the samples added with issue 8: fields right (of the 13 scored per label record) and
// spurious records, first measured with the parser of a20a399, raised with the segment and tag stages of
// issue 8 and again when example clauses (如…取名X) stopped giving records and a heading the normaliser
// joined to the next line stopped hiding that line's item (53: 71 → 78, ceiling 2 → 0; 82: 133 → 166).
// Raise a floor (or lower a ceiling) when the reader improves; never lower a floor to make a change pass.
struct Floor {
    int rightFields;
    int maxSpurious;
};
const QHash<QString, Floor> kFloors = {
    {QStringLiteral("52"), {52, 0}},  {QStringLiteral("53"), {78, 0}},  {QStringLiteral("55"), {91, 0}},
    {QStringLiteral("59"), {104, 0}}, {QStringLiteral("62"), {169, 0}}, {QStringLiteral("65"), {91, 0}},
    {QStringLiteral("68"), {130, 0}}, {QStringLiteral("71"), {364, 0}}, {QStringLiteral("77"), {104, 0}},
    {QStringLiteral("79"), {91, 0}},  {QStringLiteral("82"), {195, 0}}, {QStringLiteral("84"), {52, 0}},
    {QStringLiteral("86"), {0, 0}},   {QStringLiteral("88"), {0, 0}},
};

const LabelledSet& samples() {
    static const LabelledSet set = loadLabelledSet(test::sharedPath(QStringLiteral("samples")));
    return set;
}

const LabelledSample& sample(const QString& id) {
    for (const LabelledSample& s : samples().samples)
        if (s.id == id)
            return s;
    static const LabelledSample none;
    return none;
}

// Parsed once per file.
const ParseOutcome& parsed(const QString& id) {
    static QHash<QString, ParseOutcome> cache;
    auto it = cache.find(id);
    if (it == cache.end())
        it = cache.insert(id, NoticeParser::parseFile(sample(id).textPath));
    return it.value();
}

QString number(const QString& id) {
    return id.left(2);
}

} // namespace

class TestSamples : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QVERIFY2(samples().errors.isEmpty(), qPrintable(samples().errors.join(u'\n')));
        QCOMPARE(samples().samples.size(), 24);
    }

    // Every sample is either held at 100 % or has a ratchet row: a new sample needs a floor.
    void everySampleHeld_data() {
        QTest::addColumn<QString>("id");
        for (const LabelledSample& s : samples().samples)
            QTest::newRow(qPrintable(QStringLiteral("sample %1").arg(number(s.id)))) << s.id;
    }
    void everySampleHeld() {
        QFETCH(QString, id);
        QVERIFY(kFirstTen.contains(number(id)) != kFloors.contains(number(id)));
    }

    // The first ten: every labelled field of every record (the scored ones and length_approx,
    // planned_refs, shape, pinyin).
    void record_data() {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("index");
        for (const LabelledSample& s : samples().samples) {
            if (!kFirstTen.contains(number(s.id)))
                continue;
            for (qsizetype i = 0; i < s.records.size(); ++i)
                QTest::newRow(qPrintable(QStringLiteral("sample %1 %2 %3")
                                             .arg(number(s.id), s.records[i].name, s.records[i].action)))
                    << s.id << int(i);
        }
    }
    void record() {
        QFETCH(QString, id);
        QFETCH(int, index);
        QCOMPARE(parsed(id).status, ParseStatus::Ok);
        const SampleScore score = scoreOutcome(sample(id).records, parsed(id), labelledFields());
        const RecordScore& r = score.records.at(index);
        QVERIFY2(r.got.has_value(), "no parsed record for this label");
        QStringList wrong = r.wrong;
        for (const KnownMiss& miss : kKnownMisses) {
            if (miss.sample != number(id) || miss.name != r.expected.name)
                continue;
            const QString prefix = miss.field + QStringLiteral(": ");
            const auto isThisField = [&](const QString& w) {
                return w.startsWith(prefix);
            };
            const bool missed = std::any_of(wrong.begin(), wrong.end(), isThisField);
            wrong.erase(std::remove_if(wrong.begin(), wrong.end(), isThisField), wrong.end());
            QEXPECT_FAIL("", miss.reason, Continue);
            QVERIFY2(!missed, qPrintable(miss.field));
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QStringLiteral("; "))));
    }

    // The first ten: no record beyond the labelled ones (a bridge, a mention, a duplicate would be one),
    // and the negative gives no notice at all.
    void noExtraRecords_data() {
        QTest::addColumn<QString>("id");
        for (const LabelledSample& s : samples().samples)
            if (kFirstTen.contains(number(s.id)))
                QTest::newRow(qPrintable(QStringLiteral("sample %1 record count").arg(number(s.id)))) << s.id;
    }
    void noExtraRecords() {
        QFETCH(QString, id);
        const SampleScore score = scoreOutcome(sample(id).records, parsed(id));
        QVERIFY2(score.spurious == 0, qPrintable(score.spuriousNames.join(u'、')));
        QCOMPARE(score.parsed, score.expected());
        if (sample(id).negative()) {
            QCOMPARE(parsed(id).status, ParseStatus::NoNotice);
            QVERIFY2(parsed(id).error.contains(QStringLiteral("no road-naming notice")),
                     qPrintable(parsed(id).error));
        }
    }

    // The samples added with issue 8: no fewer fields right and no more spurious records than measured.
    void ratchet_data() {
        QTest::addColumn<QString>("id");
        for (const LabelledSample& s : samples().samples)
            if (kFloors.contains(number(s.id)))
                QTest::newRow(qPrintable(QStringLiteral("sample %1 ratchet").arg(s.id))) << s.id;
    }
    void ratchet() {
        QFETCH(QString, id);
        const SampleScore score = scoreOutcome(sample(id).records, parsed(id));
        const Floor floor = kFloors.value(number(id));
        QVERIFY2(score.rightFields >= floor.rightFields,
                 qPrintable(QStringLiteral("%1 fields right, floor %2:\n%3")
                                .arg(score.rightFields)
                                .arg(floor.rightFields)
                                .arg(scoreDetails(score).join(u'\n'))));
        QVERIFY2(score.spurious <= floor.maxSpurious,
                 qPrintable(QStringLiteral("%1 spurious records (ceiling %2): %3")
                                .arg(score.spurious)
                                .arg(floor.maxSpurious)
                                .arg(score.spuriousNames.join(u'、'))));
        if (score.rightFields > floor.rightFields || score.spurious < floor.maxSpurious)
            qInfo("sample %s improved: %d fields right (floor %d), %d spurious (ceiling %d): raise its floor "
                  "in "
                  "kFloors",
                  qPrintable(number(id)), score.rightFields, floor.rightFields, score.spurious,
                  floor.maxSpurious);
    }

    // The per-sample table of score_samples, for the log; the first ten stay at 100 % of the scored fields
    // but for the known misses.
    void fieldAccuracy() {
        ScoreTotals firstTen;
        ScoreTotals all;
        qInfo("%s", qPrintable(scoreTableHeader()));
        for (const LabelledSample& s : samples().samples) {
            const SampleScore score = scoreOutcome(s.records, parsed(s.id));
            qInfo("%s", qPrintable(scoreTableRow(s.id, score)));
            all.add(score);
            if (kFirstTen.contains(number(s.id)))
                firstTen.add(score);
        }
        qInfo("%s", qPrintable(scoreTotalsRow(all)));
        QCOMPARE(firstTen.rightFields, firstTen.fields - int(kKnownMisses.size()));
    }
};

QTEST_GUILESS_MAIN(TestSamples)
#include "tst_samples.moc"
