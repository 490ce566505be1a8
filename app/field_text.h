// A field-table value (geo/core/road_fields.h) as plain text: what the attribute table shows and copies,
// and what the details panel escapes for its plain rows. Null is the empty string.
#pragma once

#include "core/road_fields.h"

namespace luming::app {

[[nodiscard]] QString fieldText(const RoadField& field, const QVariant& value);

} // namespace luming::app
