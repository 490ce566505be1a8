// What a table column holds: by its header cell (the grammar's column words), else by what its cells
// hold (a number with 米, a range, pinyin, a road name, a 街道/区 name, 东起/至 text).
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace luming {

// Role → column index.
using ColumnRoles = QHash<QString, qsizetype>;

// The roles a header row gives; empty unless it names the road and says where it runs (or, a rename
// table, what the road was called).
[[nodiscard]] ColumnRoles headerRoles(const QStringList& header);

// The role a header cell names (名称 → name, 起点 → start, 长度(米) → length, 序号 → seq), or empty.
[[nodiscard]] QString headerRole(const QString& cell);
[[nodiscard]] inline bool isHeaderCell(const QString& cell) {
    return !headerRole(cell).isEmpty();
}

// The role a cell's content speaks for, or empty: "length" (N米, N公里), "width" (N~M), "pinyin",
// "ends" (东起…/…至…), "location" (…街道/镇/乡), "district" (…区/县), "name" (a road name), "seq".
[[nodiscard]] QString roleOfContent(const QString& cell);

// Columns whose header no role claims get the role most of their non-empty cells hold, when no other
// column has it yet.
void addRolesByContent(ColumnRoles& roles, qsizetype columns, const QList<QStringList>& rows);

} // namespace luming
