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

// One cell as printed → its value: normalised, trimmed, a blank mark read as empty.
[[nodiscard]] QString cellValue(QStringView printed);

} // namespace luming
