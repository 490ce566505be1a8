// Flattened tables: a table printed one cell per line (copied from a web page or a PDF). A run of short
// lines that are column headers (序号, 道路名称, 起点, 长度(米) …) opens it; the lines after it are read in
// groups of the header's arity, each group a row, while each group still looks like a row.
#pragma once

#include "notice/source_lines.h"
#include "notice/table_cells.h"

namespace luming {

// Every flattened table among `lines` (in order). Linear in the lines.
[[nodiscard]] QList<TableGrid> flatTables(const QList<SourceLine>& lines, const QString& original);

} // namespace luming
