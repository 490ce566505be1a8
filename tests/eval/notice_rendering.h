// A whole rendered notice: title, introduction, the records in the layout's arrangement (list with
// markers and section headings, run-on prose, a table), the signature; the news and explanation
// wrappers; script and OCR damage. Also the same wrappers around a negative sample's own text.
#pragma once

#include "eval/label_record.h"
#include "eval/variant_layout.h"

namespace luming::eval {

// The one place phrase shared by every record ("A区B街道"), or empty when they differ or give none.
QString sharedPlace(const QList<LabelRecord>& records);
[[nodiscard]] QString renderNotice(const QList<LabelRecord>& records, const Layout& l, quint32 seed);
[[nodiscard]] QString wrapText(const QString& text, const Layout& l, quint32 seed);

} // namespace luming::eval
