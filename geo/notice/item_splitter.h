// Splits a notice body into its preamble, section headings, numbered items and closing lines.
#pragma once

#include <QList>
#include <QString>
#include <QStringView>
#include <optional>

namespace luming {

struct SectionHeading {
    QString title; // "市中区"
    int declaredCount = 0;
    qsizetype start = 0;
};

struct ItemSpan {
    QString numeral; // as printed: "五十九"
    std::optional<int> seq;
    qsizetype markerStart = 0; // absolute offsets in the normalised text
    qsizetype textStart = 0;   // after the marker
    qsizetype end = 0;
    int section = -1; // index into sections, -1 before any heading
};

struct BodySplit {
    qsizetype preambleEnd = 0;
    QList<SectionHeading> sections;
    QList<ItemSpan> items;
    qsizetype trailerStart = -1; // signature / date lines after the last item, -1 if none
};

// `text` is the whole normalised text; only [bodyStart, bodyEnd) is read.
[[nodiscard]] BodySplit splitBody(const QString& text, qsizetype bodyStart, qsizetype bodyEnd);

} // namespace luming
