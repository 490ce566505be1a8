// The cells of one printed table line: split by pipes, tabs or gaps, every cell kept in its place (an
// empty cell is an empty string, never a shift of the cells after it), blank marks ("/", "—", "无")
// read as empty.
#pragma once

#include <QList>
#include <QStringList>
#include <QStringView>

namespace luming {

// A table as blocks: its header cells and its rows, each with the indices of the lines it was read from
// (one line per row, or one line per cell in a flattened table).
struct TableGrid {
    struct Row {
        QStringList cells;
        QList<qsizetype> lines;
    };
    QStringList header;
    QList<qsizetype> headerLines;
    QList<Row> rows;
};

enum class CellSplit { Pipes, Gaps, Spaces };

// The normalised, trimmed cells of `printed` split the given way; empty when the line is no row (a
// Markdown separator row, no separator, fewer than three cells).
[[nodiscard]] QStringList cellsOf(QStringView printed, CellSplit how);

// A Markdown separator row ("|---|:--|"): part of a table, no row of it.
[[nodiscard]] bool isSeparatorRow(QStringView printed);

// How a gap-aligned line's cell positions are measured: in characters, or in display columns (an
// ideograph or a full-width form is two columns wide, as the monospace page that aligned it showed it).
enum class ColumnMeasure { Characters, Display };

// Where each cell of a gap-separated line (`cellsOf(printed, CellSplit::Gaps)`) starts, in `measure`
// from the line's start; empty for a line with a tab (tabs separate cells, they do not align them).
[[nodiscard]] QList<qsizetype> gapCellStarts(QStringView printed, ColumnMeasure measure);

// For a row of a gap-aligned table that printed fewer or more cells than its header (an empty cell
// prints as nothing: "1  泉水街道  泉润街  …  16" under a header ending 备注): the header cell each of
// its cells starts beneath. Empty when the cells do not fall under distinct header cells in order.
[[nodiscard]] QList<qsizetype> headerColumnsOf(const QList<qsizetype>& starts,
                                               const QList<qsizetype>& headerStarts);

// One cell as printed → its value: normalised, trimmed, a blank mark read as empty.
[[nodiscard]] QString cellValue(QStringView printed);

} // namespace luming
