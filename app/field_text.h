// A field-table value (geo/core/road_fields.h) as plain text: what the attribute table shows and copies,
// and what the details panel escapes for its plain rows. Null is the empty string; a code is shown as its
// label in `language` (geo/core/field_value_labels.h), so a copy holds what the table shows.
#pragma once

#include "core/field_value_labels.h"
#include "core/road_fields.h"

namespace luming::app {

[[nodiscard]] QString fieldText(const RoadField& field, const QVariant& value, LabelLanguage language);

} // namespace luming::app
