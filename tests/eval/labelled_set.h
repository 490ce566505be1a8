// A folder of labelled notices (NN_slug.txt + NN_slug.json, the layout of tests/data/samples and of the
// held-out sets), and the seed notice's oracle as one more labelled record list.
#pragma once

#include "core/result.h"
#include "eval/label_record.h"

#include <QList>
#include <QString>

namespace luming::eval {

struct LabelledSample {
    QString id;       // the file's base name, "29_nanjing_lishui_2023_pipetable"
    QString textPath; // the notice text
    QList<LabelRecord> records;
    bool negative() const { return records.isEmpty(); }
};

struct LabelledSet {
    QList<LabelledSample> samples; // in file-name order
    QStringList errors;            // one line per unreadable or unpaired label, naming the file
};

// Every *.txt in `dir` with its .json label; a .txt without a readable label is an error, not a negative.
[[nodiscard]] LabelledSet loadLabelledSet(const QString& dir);

// The records of a label file: its "records" array (samples) or "roads" array (the seed oracle); an
// error naming the file when it cannot be read or is not a label.
[[nodiscard]] Result<QList<LabelRecord>> readLabelFile(const QString& path);

} // namespace luming::eval
