// What happens to a notice between the planner and the reader: traditional script (OpenCC s2t, the
// converter the project links) and OCR line breaks, on the text and, where it shows, on the expected
// records. Deterministic: the break positions come from a seed.
#pragma once

#include "core/result.h"
#include "eval/label_record.h"

#include <QList>
#include <QString>

namespace luming::eval {

// Whether OpenCC's s2t.json loaded; without it toTraditional returns the text unchanged.
[[nodiscard]] Status traditionalConverter();
// The text in traditional characters (OpenCC s2t.json).
QString toTraditional(const QString& text);
// The printed strings of a record in traditional characters; directions stay simplified (the
// label convention) and numbers are untouched.
LabelRecord toTraditional(const LabelRecord& r);
// Every line longer than 24 characters broken once, at a seeded position past its first 8 characters.
QString breakLines(const QString& text, quint32 seed);
// A stable seed from a string (FNV-1a), so a variant renders the same on every run and platform.
quint32 seedOf(const QString& key);

} // namespace luming::eval
