// Glued tables: a table whose cell separators were all lost (a web page's table copied as one run of
// text: "序号拟名称起点终点路况…1涌秀巷小西门街大西门街水泥…2…"). The header is a run of column words
// (the grammar's columns) after a 序号 word; each row begins with its number and its cells are told
// apart by what each column holds: a number, a road name (its suffix), a date, a compass pair, a paving
// word, free text up to the next column's content.
#pragma once

#include "notice/source_lines.h"
#include "notice/table_cells.h"

#include <utility>

namespace luming {

// Every glued table among `lines` (in order). Linear in the text: each candidate header is tried once,
// each row's match is bounded, and a line holds at most a few candidates.
[[nodiscard]] QList<TableGrid> gluedTables(const QList<SourceLine>& lines, const QString& original);

// Where a glued table's header and each of its rows lie in one line of normalised text, in order; empty
// when the line holds none. Each is read as a line of its own (sourceLines), and so are the words
// before the table (an introduction) and after it (the next section). `printed` is the line as printed
// (the original), whose header must hold no separator.
[[nodiscard]] QList<std::pair<qsizetype, qsizetype>> gluedTableSpans(QStringView line, QStringView printed);

} // namespace luming
