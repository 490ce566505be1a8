// The lines of a notice as printed. The normaliser joins lines OCR broke, and with them lines that were
// lines on purpose ("市南区" above "1 长泰路:…", two headings in a row); headings, numbered lines and
// tables are read line by line, so this gives each printed line's range in the normalised text.
#pragma once

#include "text/normalized_text.h"

#include <QList>

namespace luming {

struct SourceLine {
    qsizetype from = 0; // normalised offsets, [from, to), without the line break
    qsizetype to = 0;
    qsizetype originalFrom = 0; // offset of the line in the original text
    qsizetype originalTo = 0;
};

// The lines that begin in normalised [from, to): where the original had a line break, or the
// normalised text has one. Linear in the range (one bounded search per line).
[[nodiscard]] QList<SourceLine> sourceLines(const NormalizedText& norm, qsizetype from, qsizetype to);

// The line as printed: its range of the original text.
[[nodiscard]] inline QStringView printedLine(const SourceLine& line, const QString& original) {
    return QStringView(original).mid(line.originalFrom, line.originalTo - line.originalFrom);
}

} // namespace luming
