// The course and measure clauses of one rendered item: end points in one of the endpoint styles
// (东起A,西至B / 起于A,止于B / 自A至B / 由A至B / A至B段), waypoints (途经), length and width.
#pragma once

#include "eval/label_record.h"
#include "eval/variant_layout.h"

namespace luming::eval {

// False for the styles that print no compass word: their records are expected without directions.
bool keepsDirections(EndsStyle style);
// The course as clauses in printed order (start, via, end; end first for ClauseOrder::EndBeforeStart
// where both ends have a compass word).
QStringList courseClauses(const LabelRecord& r, EndsStyle style, ClauseOrder order);
// "长约450米", "宽18米" / "宽18~24米", as clauses.
QStringList measureClauses(const LabelRecord& r);
// A number of metres as printed: 450, 12.5.
QString metres(double v);

} // namespace luming::eval
