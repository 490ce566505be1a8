// Item markers of the variant generator: "一、", "1.", "(1)", "(一)", bullets, a planning code "N号路:".
#pragma once

#include "eval/variant_layout.h"

namespace luming::eval {

// 1 → 一, 12 → 十二, 35 → 三十五 (1…99).
QString chineseNumber(int n);
// The marker that opens item `n` (1-based); empty for Marker::None.
QString itemMarker(Marker marker, int n);

} // namespace luming::eval
