// Records as a table: pipe rows, tab rows, space-aligned columns or a flattened table (one cell per
// line: the header run, then each row). Columns only for fields some record has.
#pragma once

#include "eval/label_record.h"
#include "eval/variant_layout.h"

namespace luming::eval {

// The table's lines; `arrangement` is one of the table arrangements.
QStringList tableLines(const QList<LabelRecord>& records, Arrangement arrangement, const Layout& l);

} // namespace luming::eval
