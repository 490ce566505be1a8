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

} // namespace

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
