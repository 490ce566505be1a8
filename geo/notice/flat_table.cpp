#include "notice/flat_table.h"

#include "notice/chinese_numeral.h"
#include "notice/table_columns.h"

#include <QRegularExpression>
#include <algorithm>
#include <array>
#include <limits>

namespace luming {

namespace {

constexpr qsizetype kMaxHeaderCell = 12; // 道路名称, 长度(米), 所属街道(镇)
constexpr qsizetype kMaxColumns = 16;
constexpr qsizetype kMaxCell = 300;

// One line of a flattened table is one cell; a pipe left at its end (a pipe table copied one cell per
// line) is no part of it.
QStringView printedCell(const SourceLine& line, const QString& original) {
    QStringView cell =
        QStringView(original).mid(line.originalFrom, line.originalTo - line.originalFrom).trimmed();
    if (cell.endsWith(u'|') || cell.endsWith(u'｜'))
        cell.chop(1);
    if (cell.startsWith(u'|') || cell.startsWith(u'｜'))
        cell = cell.mid(1);
    return cell;
}

// A line that could be one header cell: short, one cell, no number.
bool isShortCellLine(QStringView printed) {
    static const QRegularExpression digit(QStringLiteral("\\d"));
    // Most lines are long: no need to normalise them to know they are no header cell.
    if (printed.size() > 2 * kMaxHeaderCell)
        return false;
    const QString cell = cellValue(printed);
    // "起点:乙路": a form's field, label and value, is no header cell.
    const qsizetype colon = std::max(cell.indexOf(u':'), cell.indexOf(u'：'));
    if (colon >= 0 && colon + 1 < cell.size())
        return false;
    return !cell.isEmpty() && cell.size() <= kMaxHeaderCell && !cell.contains(u' ') &&
           !printed.contains(u'\t') && !printed.contains(u'|') && !printed.contains(u'｜') &&
           !digit.match(cell).hasMatch();
}

// A line that is one short header word and nothing else.
bool isHeaderLine(QStringView printed) {
    return isShortCellLine(printed) && isHeaderCell(cellValue(printed));
}

// The cells of a candidate row of `width` lines at `from`, with empty cells after the number for the
// merged cells a short row leaves out; nothing when the group does not look like a row.
bool closingCell(const QString& cell) {
    static const QRegularExpression closing(QStringLiteral("^(?:特此|此复|此函|附件|\\d{4}年\\d{1,2}月)"));
    return closing.match(cell).hasMatch();
}

QStringList rowAt(const QList<SourceLine>& lines, const QString& original, qsizetype from, qsizetype width,
                  qsizetype arity, const ColumnRoles& roles, qsizetype merged, qsizetype mergedAt = 1) {
    QStringList cells;
    for (qsizetype k = from; k < from + width; ++k) {
        const QStringView printed = printedCell(lines[k], original);
        if (printed.size() > kMaxCell)
            return {};
        const QString cell = cellValue(printed);
        if (closingCell(cell))
            return {};
        cells.append(cell);
    }
    for (qsizetype k = 0; k < merged; ++k)
        cells.insert(std::min(mergedAt, cells.size()), QString());
    while (cells.size() < arity)
        cells.append(QString()); // cut off by the end of the text
    // A numbered table's rows begin with their number: a group that does not has lost step.
    const qsizetype seq = roles.at(Column::Seq);
    if (seq >= 0 && !parseCount(cells[seq]))
        return {};
    const QString name = cells.value(roles.at(Column::Name));
    if (name.isEmpty() || name.size() > 30 || name.contains(u'。'))
        return {};
    return cells;
}

// How many lines the row at `from` takes: the header's arity, or (numbered tables) up to the line that
// holds the next number, one or two lines short where merged cells are left out.
qsizetype rowWidth(const QList<SourceLine>& lines, const QString& original, qsizetype from, qsizetype arity,
                   const ColumnRoles& roles) {
    if (roles.at(Column::Seq) != 0 || from >= lines.size())
        return from + arity <= lines.size() ? arity : 0;
    const auto seq = parseCount(cellValue(printedCell(lines[from], original)));
    if (!seq)
        return 0;
    // The table's last row, before the closing words: whole, or short of its merged cells (the closing
    // words come that many lines earlier).
    const qsizetype narrowest = std::max<qsizetype>(2, arity - 2);
    for (qsizetype width = arity; width >= narrowest; --width)
        if (from + width < lines.size() && closingCell(cellValue(printedCell(lines[from + width], original))))
            return width;
    if (from + arity >= lines.size())
        return from + arity <= lines.size() ? arity : 0;
    for (qsizetype width = arity; width >= narrowest; --width) {
        if (from + width == lines.size())
            return width == arity ? width : 0;
        if (from + width < lines.size() &&
            parseCount(cellValue(printedCell(lines[from + width], original))) == *seq + 1)
            return width;
    }
    // The last row: whole, when the lines are there.
    return from + arity <= lines.size() ? arity : 0;
}

// Whether a cell's content fits the column its header names: +1 it does, -1 it speaks for another
// role, 0 it says nothing (free text, an empty cell).
int contentFit(const QString& cell, const QString& headerWord) {
    const auto content = roleOfContent(cell);
    if (!content || *content == Column::Seq)
        return 0;
    const auto column = headerRole(headerWord);
    const auto in = [&](std::initializer_list<Column> set) {
        return column && std::find(set.begin(), set.end(), *column) != set.end();
    };
    if (column == content || (*content == Column::Ends && in({Column::Start, Column::End})) ||
        (*content == Column::Name &&
         in({Column::Start, Column::End, Column::Via, Column::Ends, Column::OldName})) ||
        (*content == Column::Location && column == Column::District) ||
        (*content == Column::District && column == Column::Location))
        return 1;
    return !column && *content == Column::Name ? 0 : -1;
}

// The text's last row, cut by its end (an excerpt) and maybe short of merged cells too: how many of the
// cells it lacks are merged cells after the number (the rest were cut from its end), by how well its
// cells then fit their columns. A tie reads the row as cut.
qsizetype mergedCellsOfCutRow(const QList<SourceLine>& lines, const QString& original, qsizetype from,
                              qsizetype width, const QStringList& header) {
    QStringList printed;
    for (qsizetype k = from; k < from + width; ++k)
        printed.append(cellValue(printedCell(lines[k], original)));
    const qsizetype missing = header.size() - width;
    qsizetype best = 0;
    int bestFit = std::numeric_limits<int>::min();
    for (qsizetype merged = 0; merged <= missing; ++merged) {
        int fit = 0;
        for (qsizetype k = 1; k < printed.size(); ++k)
            fit += contentFit(printed[k], header.value(k + merged));
        if (fit > bestFit) {
            bestFit = fit;
            best = merged;
        }
    }
    return best;
}

} // namespace

QList<TableGrid> flatTables(const QList<SourceLine>& lines, const QString& original) {
    QList<TableGrid> out;
    qsizetype i = 0;
    while (i < lines.size()) {
        if (!isHeaderLine(printedCell(lines[i], original))) {
            ++i;
            continue;
        }
        TableGrid grid;
        qsizetype j = i;
        // The run goes on over short cells no column word names (工程名, 命名理由): they are columns too.
        // A value for a role the run already has is the first row's cell (青石街道 under 所属街道); a
        // second header word for it (名称含义 after 拟定名称) is a column.
        std::array<bool, kColumnCount> seen{};
        while (j < lines.size() && grid.header.size() < kMaxColumns &&
               isShortCellLine(printedCell(lines[j], original))) {
            const QString cell = cellValue(printedCell(lines[j], original));
            const auto role = headerRole(cell);
            if (role && seen[std::size_t(*role)] && roleOfContent(cell))
                break;
            if (role)
                seen[std::size_t(*role)] = true;
            grid.header.append(cell);
            grid.headerLines.append(j);
            ++j;
        }
        // Unknown cells at the end of the run are columns only where the first row's number follows them;
        // else they are the first row's cells.
        static const QRegularExpression number(QStringLiteral("^\\d{1,4}$"));
        if (j >= lines.size() || !number.match(cellValue(printedCell(lines[j], original))).hasMatch()) {
            while (!grid.header.isEmpty() && !isHeaderCell(grid.header.last())) {
                grid.header.removeLast();
                grid.headerLines.removeLast();
                --j;
            }
        }
        const ColumnRoles roles = headerRoles(grid.header);
        const qsizetype arity = grid.header.size();
        if (arity < 3 || roles.isEmpty()) {
            i = j;
            continue;
        }
        while (j < lines.size()) {
            qsizetype width = rowWidth(lines, original, j, arity, roles);
            qsizetype missing = arity - width;
            // A numbered row the end of the text cut short (an excerpt): its cells, as far as they go.
            const qsizetype left = lines.size() - j;
            if (width == 0 && !grid.rows.isEmpty() && roles.at(Column::Seq) == 0 && left < arity &&
                left >= std::max<qsizetype>(3, arity - 3) &&
                parseCount(cellValue(printedCell(lines[j], original)))) {
                width = left;
                missing = mergedCellsOfCutRow(lines, original, j, width, grid.header);
            }
            // A row short of cells lacks merged cells: the row above's. Which they are is what the row's
            // cells say: the place where leaving them out sets the most cells under a header naming
            // what they hold (most often right after the number; a 街道 merged over rows stands later).
            qsizetype mergedAt = 1;
            if (width > 0 && missing > 0 && missing < arity - 1) {
                int best = std::numeric_limits<int>::min();
                for (qsizetype at = 1; at + missing <= arity && at <= width; ++at) {
                    const QStringList trial = rowAt(lines, original, j, width, arity, roles, missing, at);
                    if (trial.isEmpty())
                        continue;
                    int fit = 0;
                    for (qsizetype k = 0; k < trial.size(); ++k)
                        if (k < at || k >= at + missing)
                            fit += contentFit(trial[k], grid.header.value(k));
                    if (fit > best) {
                        best = fit;
                        mergedAt = at;
                    }
                }
            }
            QStringList cells =
                width > 0 ? rowAt(lines, original, j, width, arity, roles, missing, mergedAt) : QStringList();
            if (cells.isEmpty())
                break;
            if (missing > 0 && grid.rows.isEmpty())
                break;
            for (qsizetype k = 0; k < missing; ++k)
                cells[mergedAt + k] = grid.rows.last().cells.value(mergedAt + k);
            TableGrid::Row row{cells, {}};
            for (qsizetype k = j; k < j + width; ++k)
                row.lines.append(k);
            grid.rows.append(row);
            j += width;
        }
        if (!grid.rows.isEmpty())
            out.append(grid);
        i = j;
    }
    return out;
}

} // namespace luming
