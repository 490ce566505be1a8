#include "eval/sample_scorer.h"

namespace luming::eval {
namespace {

// Label index → parsed index, by name first, then by order among the leftovers (see the header).
QList<qsizetype> matchRecords(const QList<LabelRecord>& expected, const QList<LabelRecord>& got) {
    QList<qsizetype> match(expected.size(), -1);
    QList<bool> used(got.size(), false);
    for (qsizetype i = 0; i < expected.size(); ++i)
        for (qsizetype k = 0; k < got.size(); ++k)
            if (!used[k] && got[k].name == expected[i].name) {
                used[k] = true;
                match[i] = k;
                break;
            }
    qsizetype next = 0;
    for (qsizetype i = 0; i < expected.size(); ++i) {
        if (match[i] >= 0)
            continue;
        while (next < got.size() && used[next])
            ++next;
        if (next == got.size())
            break;
        used[next] = true;
        match[i] = next;
    }
    return match;
}

RecordScore scoreRecord(const LabelRecord& expected, const std::optional<LabelRecord>& got,
                        const QStringList& fields) {
    RecordScore score;
    score.expected = expected;
    score.got = got;
    score.fields = int(fields.size());
    const QJsonObject want = expected.toJson();
    const QJsonObject have = got ? got->toJson() : QJsonObject();
    for (const QString& f : fields) {
        if (got && sameValue(have.value(f), want.value(f))) {
            ++score.right;
            score.rightFields.append(f);
            continue;
        }
        score.wrong.append(QStringLiteral("%1: got %2, expected %3")
                               .arg(f, got ? showValue(have.value(f)) : QStringLiteral("(no record)"),
                                    showValue(want.value(f))));
    }
    return score;
}

} // namespace

int SampleScore::exactRecords() const {
    int n = 0;
    for (const RecordScore& r : records)
        n += r.exact() ? 1 : 0;
    return n;
}

void ScoreTotals::add(const SampleScore& s) {
    ++samples;
    exactSamples += s.exact() ? 1 : 0;
    expected += s.expected();
    exactRecords += s.exactRecords();
    missed += s.missed;
    spurious += s.spurious;
    rightFields += s.rightFields;
    for (auto it = s.rightByField.begin(); it != s.rightByField.end(); ++it)
        rightByField[it.key()] += it.value();
    fields += s.fields;
}

QList<LabelRecord> recordsOf(const ParseOutcome& outcome) {
    QList<LabelRecord> out;
    for (const Notice& notice : outcome.result.notices)
        for (const RoadRecord& road : notice.roads)
            out.append(LabelRecord::fromRoad(road));
    return out;
}

SampleScore scoreRecords(const QList<LabelRecord>& expected, const QList<LabelRecord>& got,
                         const QStringList& fields) {
    SampleScore score;
    score.negative = expected.isEmpty();
    score.parsed = int(got.size());
    const QList<qsizetype> match = matchRecords(expected, got);
    QList<bool> used(got.size(), false);
    for (qsizetype i = 0; i < expected.size(); ++i) {
        std::optional<LabelRecord> counterpart;
        if (match[i] >= 0) {
            counterpart = got[match[i]];
            used[match[i]] = true;
        } else {
            ++score.missed;
        }
        score.records.append(scoreRecord(expected[i], counterpart, fields));
        score.rightFields += score.records.last().right;
        for (const QString& f : score.records.last().rightFields)
            ++score.rightByField[f];
        score.fields += score.records.last().fields;
    }
    for (qsizetype k = 0; k < got.size(); ++k)
        if (!used[k]) {
            ++score.spurious;
            score.spuriousNames.append(got[k].name);
        }
    return score;
}

SampleScore scoreOutcome(const QList<LabelRecord>& expected, const ParseOutcome& outcome,
                         const QStringList& fields) {
    SampleScore score = scoreRecords(expected, recordsOf(outcome), fields);
    score.parseError = outcome.error;
    return score;
}

} // namespace luming::eval
