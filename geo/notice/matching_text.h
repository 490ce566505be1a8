// The text the grammar reads, in two aligned copies of the same length: `shown` (normalised, as printed —
// names and references are cut from it) and `folded` (traditional characters folded to simplified, one
// character for one — the grammar matches it). 東起 matches 东起 while the name after it stays 東湖路.
// A reading that mirror sites insert after a character ("中發(fā)街", "興慶區(qū)") is folded to filler
// marks (kReadingFiller), which the grammar's {HAN} counts as part of the character: the reading stays in
// the printed value, as the label convention keeps it, and never splits a name or opens a remark.
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace luming {

// What an inserted reading's characters fold to (a private-use character; {HAN} includes it).
inline constexpr char16_t kReadingFiller = 0xE000;

// A slice of a MatchingText: both views over the same range, and where the range begins.
struct TextSlice {
    QStringView shown;
    QStringView folded;
    qsizetype offset = 0; // of shown[0] in the whole normalised text

    qsizetype size() const { return shown.size(); }
    bool isEmpty() const { return shown.isEmpty(); }
    [[nodiscard]] TextSlice mid(qsizetype pos, qsizetype n = -1) const;
    // The printed text of [from, to) of this slice, trimmed.
    [[nodiscard]] QString cut(qsizetype from, qsizetype to) const;
};

class MatchingText {
public:
    MatchingText() = default;
    // Folds each distinct ideograph of `shown` once through OpenCC (t2s); characters whose simplified
    // form is not a single BMP character stay as they are, so offsets never shift.
    explicit MatchingText(QString shown);

    const QString& shown() const { return shown_; }
    const QString& folded() const { return folded_; }
    [[nodiscard]] TextSlice slice(qsizetype from, qsizetype to) const;
    [[nodiscard]] TextSlice all() const { return slice(0, shown_.size()); }

private:
    QString shown_;
    QString folded_;
};

// Folded text without the fillers of inserted readings, and for each of its characters its index in the
// folded text: a word a reading splits ("關(guān)于" → 关\uE000…于) matches again, and a capture maps back.
struct ReadingFree {
    QString text;
    QList<qsizetype> at; // at[i]: index in the folded text of text[i]; at[text.size()] = its end; empty
                         // when the text holds no reading (the same indices)
    // The folded range [from, to) of reading-free [i, j): a reading after the last character is its own.
    [[nodiscard]] qsizetype from(qsizetype i) const { return at.isEmpty() ? i : at[i]; }
    [[nodiscard]] qsizetype to(qsizetype j) const { return at.isEmpty() ? j : at[j]; }
};
[[nodiscard]] ReadingFree withoutReadings(QStringView folded);

// The folded form of a short string (a heading, a cell): the same per-character folding.
[[nodiscard]] QString foldForMatching(const QString& text);

} // namespace luming
