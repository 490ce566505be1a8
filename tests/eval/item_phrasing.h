// One record as the text of a list item (without its marker): the name and its delimiter (X。 X: X,
// X—— a header line, or the name last after 命名为/故名), the action, the place and the course, in the
// layout's clause order. Only the fields present in the label are printed.
#pragma once

#include "eval/label_record.h"
#include "eval/variant_layout.h"

namespace luming::eval {

// "A区B街道、C街道": the record's district and subdistricts as one place phrase (empty when neither).
QString placePhrase(const LabelRecord& r);
// The name as printed in this layout (OCR damage may put a space inside it).
QString shownName(const QString& name, const Layout& l);
// The item text; may hold a line break (NameDelimiter::HeaderLine).
QString itemText(const LabelRecord& r, const Layout& l);
// The record as one clause of run-on prose: "将…的道路命名为X", "将…的A更名为X", "将…的X予以注销".
QString proseClause(const LabelRecord& r, const Layout& l);

} // namespace luming::eval
