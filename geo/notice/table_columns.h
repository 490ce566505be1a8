// What a table column holds: by its header cell (the grammar's column words), else by what its cells
// hold (a number with 米, a range, pinyin, a road name, a 街道/区 name, 东起/至 text).
#pragma once

#include "notice/table_column.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace luming {

// The roles a header row gives; empty unless it names the road and says where it runs (or, a rename
// table, what the road was called).
[[nodiscard]] ColumnRoles headerRoles(const QStringList& header);

// The role a header cell names (名称 → Name, 起点 → Start, 长度(米) → Length, 序号 → Seq), if any.
[[nodiscard]] std::optional<Column> headerRole(const QString& cell);
[[nodiscard]] inline bool isHeaderCell(const QString& cell) {
    return headerRole(cell).has_value();
}

// The column a line of a form gives, when it opens with a column's header and a colon ("所在地:甲镇",
// "起止点:北起A,南至B"): a field of the item above it, no heading and no text of its own.
[[nodiscard]] std::optional<Column> formFieldOf(QStringView folded);

// The role a cell's content speaks for, if any: Length (N米, N公里), Width (N~M), Pinyin, Ends
// (东起…/…至…), Location (…街道/镇/乡), District (…区/县), Name (a road name), Seq.
[[nodiscard]] std::optional<Column> roleOfContent(const QString& cell);

// Columns whose header no role claims get the role most of their non-empty cells hold, when no other
// column has it yet.
void addRolesByContent(ColumnRoles& roles, qsizetype columns, const QList<QStringList>& rows);

} // namespace luming
