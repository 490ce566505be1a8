#include "notice/flat_table.h"

#include "notice/chinese_numeral.h"
#include "notice/table_columns.h"

#include <QRegularExpression>

namespace luming {

namespace {

constexpr qsizetype kMaxHeaderCell = 12; // 道路名称, 长度(米), 所属街道(镇)
constexpr qsizetype kMaxColumns = 16;
constexpr qsizetype kMaxCell = 300;

// One line of a flattened table is one cell; a pipe left at its end (a pipe table copied one cell per
// line) is no part of it.
QStringView printedLine(const SourceLine& line, const QString& original) {
    QStringView cell =
        QStringView(original).mid(line.originalFrom, line.originalTo - line.originalFrom).trimmed();
    if (cell.endsWith(u'|') || cell.endsWith(u'｜'))
        cell.chop(1);
    if (cell.startsWith(u'|') || cell.startsWith(u'｜'))
        cell = cell.mid(1);
    return cell;
}

// A line that is one short header word and nothing else.
bool isHeaderLine(QStringView printed) {
    const QString cell = cellValue(printed);
    if (cell.isEmpty() || cell.size() > kMaxHeaderCell || cell.contains(u' ') || printed.contains(u'\t') ||
        printed.contains(u'|') || printed.contains(u'｜'))
        return false;
    return isHeaderCell(cell);
}

// The cells of a candidate row at `from`, or nothing when the group does not look like a row.
QStringList rowAt(const QList<SourceLine>& lines, const QString& original, qsizetype from, qsizetype arity,
                  const ColumnRoles& roles) {
    static const QRegularExpression closing(QStringLiteral("^(?:特此|此复|此函|附件|\\d{4}年\\d{1,2}月)"));
    QStringList cells;
    for (qsizetype k = from; k < from + arity; ++k) {
        const QStringView printed = printedLine(lines[k], original);
        if (printed.size() > kMaxCell)
            return {};
        const QString cell = cellValue(printed);
        if (closing.match(cell).hasMatch())
            return {};
        cells.append(cell);
    }
    // A numbered table's rows begin with their number: a group that does not has lost step.
    const qsizetype seq = roles.value(QStringLiteral("seq"), -1);
    if (seq >= 0 && !parseCount(cells[seq]))
        return {};
    const QString name = cells.value(roles.value(QStringLiteral("name")));
    if (name.isEmpty() || name.size() > 30 || name.contains(u'。'))
        return {};
    return cells;
}

} // namespace

QList<TableGrid> flatTables(const QList<SourceLine>& lines, const QString& original) {
    QList<TableGrid> out;
    qsizetype i = 0;
    while (i < lines.size()) {
        if (!isHeaderLine(printedLine(lines[i], original))) {
            ++i;
            continue;
        }
        TableGrid grid;
        qsizetype j = i;
        while (j < lines.size() && grid.header.size() < kMaxColumns &&
               isHeaderLine(printedLine(lines[j], original))) {
            grid.header.append(cellValue(printedLine(lines[j], original)));
            grid.headerLines.append(j);
            ++j;
        }
        const ColumnRoles roles = headerRoles(grid.header);
        const qsizetype arity = grid.header.size();
        if (arity < 3 || roles.isEmpty()) {
            i = j;
            continue;
        }
        while (j + arity <= lines.size()) {
            const QStringList cells = rowAt(lines, original, j, arity, roles);
            if (cells.isEmpty())
                break;
            TableGrid::Row row{cells, {}};
            for (qsizetype k = j; k < j + arity; ++k)
                row.lines.append(k);
            grid.rows.append(row);
            j += arity;
        }
        if (!grid.rows.isEmpty())
            out.append(grid);
        i = j;
    }
    return out;
}

} // namespace luming
