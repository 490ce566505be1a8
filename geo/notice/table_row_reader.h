// Tables of roads: a header row (序号 | 名称 | 起点 | 终点 | 长度 | …) and one row per road, with cells
// separated by pipes (Markdown), tabs or runs of spaces (aligned columns). Cells are read from the
// printed line: the normaliser would join aligned columns.
#pragma once

#include "notice/item_parser.h"
#include "notice/matching_text.h"
#include "notice/source_lines.h"
#include "notice/table_cells.h"

#include <QList>
#include <QSet>
#include <optional>

namespace luming {

struct TableRow {
    ItemParse parsed;
    std::optional<int> seq;
    SourceLine line;
};

struct TableRead {
    QList<TableRow> rows;
    QList<qsizetype> usedLines;   // indices into the lines given, header and rows
    QList<qsizetype> headerLines; // the headers' among them
};

// The indices of the lines that are the grids' headers or rows (read before numbered items: a row may
// begin with its number).
[[nodiscard]] QSet<qsizetype> tableLineIndices(const QList<TableGrid>& grids);

// The tables among `lines` as grids of cells: rows that are lines (pipes, tabs, gaps, single spaces) and
// flattened tables (one cell per line).
[[nodiscard]] QList<TableGrid> tableGrids(const QList<SourceLine>& lines, const QString& original);

// Reads the tables `grids` found among `lines` (free lines of a notice body, each with its heading
// context; the grids' line indices are into `lines`).
[[nodiscard]] TableRead readTables(const QList<TableGrid>& grids, const QList<SourceLine>& lines,
                                   const QList<ItemContext>& contexts, const QString& original);

} // namespace luming
