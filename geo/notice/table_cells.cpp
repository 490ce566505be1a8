#include "notice/table_cells.h"

#include "text/normalized_text.h"

#include <QRegularExpression>

namespace luming {

QString cellValue(QStringView printed) {
    static const QRegularExpression blankMark(QStringLiteral("^(?:[/／\\\\]|[-—–－]{1,2}|无|空)$"));
    const QString value = NormalizedText::fromOriginal(printed.toString()).text().trimmed();
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
    QStringList cells;
    cells.reserve(raw.size());
    for (const auto& c : raw)
        cells.append(cellValue(c));
    return cells.size() >= 3 ? cells : QStringList();
}

} // namespace luming
