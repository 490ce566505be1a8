#include "notice/table_cells.h"

#include "text/normalized_text.h"

#include <QRegularExpression>

namespace luming {

namespace {

// A cell no normalisation rule changes: no whitespace, no full-width or radical forms, no dash, no 一
// beside a digit (text_normalizer.cpp's rules). Most cells are such (names, numbers): they skip the pass.
bool alreadyNormal(QStringView cell) {
    for (qsizetype i = 0; i < cell.size(); ++i) {
        const char16_t c = cell[i].unicode();
        if (c > 0x20 && c < 0x7F)
            continue;
        const bool ideograph = (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF);
        if (ideograph && !(c == u'一' && ((i > 0 && cell[i - 1].isDigit()) ||
                                          (i + 1 < cell.size() && cell[i + 1].isDigit()))))
            continue;
        if ((c >= 0x3001 && c <= 0x303F) || (c >= 0x2018 && c <= 0x201D))
            continue;
        return false;
    }
    return true;
}

// Columns a UTF-16 unit takes on a monospace page: East Asian wide and full-width forms two, the low
// half of a surrogate pair none (its high half counted the character).
qsizetype displayWidth(char16_t c) {
    if (c >= 0xDC00 && c <= 0xDFFF)
        return 0;
    const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) ||
                      (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xD800 && c <= 0xDBFF) ||
                      (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) ||
                      (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6);
    return wide ? 2 : 1;
}

} // namespace

QList<qsizetype> gapCellStarts(QStringView printed, ColumnMeasure measure) {
    if (printed.contains(u'\t'))
        return {};
    QList<qsizetype> starts;
    qsizetype column = 0;
    qsizetype blanks = 0; // the run of spaces just before
    bool inCell = false;
    for (const QChar ch : printed) {
        const char16_t c = ch.unicode();
        const qsizetype width = measure == ColumnMeasure::Display ? displayWidth(c) : 1;
        if (c == u' ' || c == 0x3000 || ch.isSpace()) {
            ++blanks;
            column += width;
            continue;
        }
        // The same split as cellsOf: two or more spaces between cells, one space inside a cell.
        if (!inCell || blanks >= 2)
            starts.append(column);
        inCell = true;
        blanks = 0;
        column += width;
    }
    return starts;
}

QList<qsizetype> headerColumnsOf(const QList<qsizetype>& starts, const QList<qsizetype>& headerStarts) {
    // A cell may start a column to the left of its header (a centred header, a wide cell before it).
    constexpr qsizetype kSlack = 1;
    QList<qsizetype> out;
    out.reserve(starts.size());
    for (const qsizetype start : starts) {
        qsizetype k = headerStarts.size() - 1;
        while (k >= 0 && headerStarts[k] > start + kSlack)
            --k;
        if (k < 0 || (!out.isEmpty() && k <= out.last()))
            return {};
        out.append(k);
    }
    return out;
}

QString cellValue(QStringView printed) {
    static const QRegularExpression blankMark(QStringLiteral("^(?:[/／\\\\]|[-—–－]{1,2}|无|空)$"));
    const QString value = alreadyNormal(printed)
                              ? printed.toString()
                              : NormalizedText::fromOriginal(printed.toString()).text().trimmed();
    return blankMark.match(value).hasMatch() ? QString() : value;
}

bool isSeparatorRow(QStringView printed) {
    static const QRegularExpression separatorRow(QStringLiteral("^[\\s|｜:：\\-—]{3,}$"));
    return separatorRow.match(printed.trimmed()).hasMatch();
}

QStringList cellsOf(QStringView printed, CellSplit how) {
    static const QRegularExpression pipes(QStringLiteral("[|｜]"));
    static const QRegularExpression gaps(QStringLiteral("[ \\x{3000}]{2,}"));
    static const QRegularExpression spaces(QStringLiteral("[ \\t\\x{3000}]+"));
    // Tabs stay at the ends: a leading tab is an empty first cell (a merged cell printed once above).
    QString text = printed.toString();
    while (!text.isEmpty() && text.back() != u'\t' && text.back().isSpace())
        text.chop(1);
    while (!text.isEmpty() && text.front() != u'\t' && text.front().isSpace())
        text.remove(0, 1);
    if (isSeparatorRow(text))
        return {};
    QStringList raw;
    switch (how) {
    case CellSplit::Pipes:
        if (!text.contains(pipes))
            return {};
        raw = text.split(pipes);
        if (!raw.isEmpty() && raw.first().trimmed().isEmpty())
            raw.removeFirst();
        if (!raw.isEmpty() && raw.last().trimmed().isEmpty())
            raw.removeLast();
        break;
    case CellSplit::Gaps:
        // A tab separates exactly two cells: two tabs in a row hold an empty cell between them.
        raw = text.contains(u'\t') ? text.split(u'\t') : text.split(gaps);
        break;
    case CellSplit::Spaces:
        raw = text.split(spaces);
        break;
    }
    // Most lines a table reader looks at are prose: no cell is normalised unless it is a row.
    if (raw.size() < 3)
        return {};
    QStringList cells;
    cells.reserve(raw.size());
    for (const auto& c : raw)
        cells.append(cellValue(c));
    return cells;
}

} // namespace luming
