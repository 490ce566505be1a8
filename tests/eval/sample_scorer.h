// Scores what the reader made of one labelled notice: records matched to labels, fields right per
// record, records missed and spurious. Shared by tst_samples, the variant generator and score_samples.
//
// Matching: first by name — each label record takes the first unmatched parsed record with exactly its
// name, in label order (so two labels of one name take two parsed records in order); then the labels
// still unmatched are paired with the parsed records still unmatched, both in reading order. A label
// left over is missed (all its fields wrong); a parsed record left over is spurious.
#pragma once

#include "eval/label_record.h"
#include "notice/notice_parser.h"

#include <QHash>
#include <optional>

namespace luming::eval {

struct RecordScore {
    LabelRecord expected;
    std::optional<LabelRecord> got; // empty: missed
    QStringList wrong;              // "field: got X, expected Y", one per field not right
    QStringList rightFields;        // the fields that are right
    int right = 0;
    int fields = 0;
    bool exact() const { return got && wrong.isEmpty(); }
};

struct SampleScore {
    QString id;
    bool negative = false;
    int parsed = 0; // records the reader produced
    int missed = 0;
    int spurious = 0;
    int rightFields = 0;
    int fields = 0;                   // label records × scored fields
    QHash<QString, int> rightByField; // field → label records with that field right
    QList<RecordScore> records;
    QStringList spuriousNames;
    QString parseError; // the reader's message when it found no notice (expected for negatives)

    int expected() const { return int(records.size()); }
    int exactRecords() const;
    // Every label record exact and nothing spurious (for a negative: no record at all).
    bool exact() const { return missed == 0 && spurious == 0 && rightFields == fields; }
    double accuracy() const { return fields > 0 ? double(rightFields) / fields : (exact() ? 1.0 : 0.0); }
};

// Sums over samples, for the totals line and the family rates.
struct ScoreTotals {
    int samples = 0;
    int exactSamples = 0;
    int expected = 0;
    int exactRecords = 0;
    int missed = 0;
    int spurious = 0;
    int rightFields = 0;
    int fields = 0;
    QHash<QString, int> rightByField; // of `expected` label records
    void add(const SampleScore& s);
};

// Every road of every notice the reader found, in reading order, in the label shape.
QList<LabelRecord> recordsOf(const ParseOutcome& outcome);

[[nodiscard]] SampleScore scoreRecords(const QList<LabelRecord>& expected, const QList<LabelRecord>& got,
                                       const QStringList& fields = scoredFields());
[[nodiscard]] SampleScore scoreOutcome(const QList<LabelRecord>& expected, const ParseOutcome& outcome,
                                       const QStringList& fields = scoredFields());

} // namespace luming::eval
