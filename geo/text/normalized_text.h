// The text the parser reads: normalised (full-width to ASCII, OCR spaces and breaks undone, …)
// with a map back to the original, so every record can quote what was printed and where.
#pragma once

#include <QString>
#include <utility>
#include <vector>

namespace luming {

class NormalizedText {
public:
    NormalizedText() = default;
    // Applies every normalisation rule to `original` (see text_normalizer.cpp for the list).
    [[nodiscard]] static NormalizedText fromOriginal(QString original);

    const QString& text() const { return text_; }
    const QString& original() const { return original_; }

    // Offset in the original of the normalised character at `normalizedIndex`
    // (text().size() maps to original().size()).
    qsizetype toOriginal(qsizetype normalizedIndex) const;
    // 1-based line number in the original of an original offset.
    int lineAt(qsizetype originalOffset) const;
    // The original text that produced normalised [from, to).
    QString originalSlice(qsizetype from, qsizetype to) const;
    // Bidirectional controls (U+202E …) the normaliser dropped, and the 1-based line of the first.
    qsizetype bidiControlsRemoved() const { return bidiControlsRemoved_; }
    int firstBidiControlLine() const { return firstBidiControlLine_; }

private:
    QString original_;
    QString text_;
    // Sparse map: (normalised index, original index) at every point where the shift changes.
    std::vector<std::pair<qsizetype, qsizetype>> anchors_;
    std::vector<qsizetype> lineStarts_; // original offsets where lines begin
    qsizetype bidiControlsRemoved_ = 0;
    int firstBidiControlLine_ = 0;
};

} // namespace luming
