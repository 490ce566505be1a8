// Rows of a table as tab-separated text that pastes into a spreadsheet (LibreOffice, Excel, WPS): a
// header row, then one line per row, cells in the order given. Tabs and line breaks inside a cell would
// split it, so they become spaces.
#pragma once

#include <QList>
#include <QString>

class QAbstractItemModel;

namespace luming::app {

// `rows` are row numbers of `model` (top level), `columns` its columns; header texts from headerData.
[[nodiscard]] QString tabSeparated(const QAbstractItemModel& model, const QList<int>& rows,
                                   const QList<int>& columns);

} // namespace luming::app
