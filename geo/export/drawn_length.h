// Measures each exported line in metres, in the CGCS2000 3-degree Gauss–Krüger zone of the project's
// region (EPSG:4534–4554), through PROJ, so the HZCD (绘制长度) field states the length of the line
// actually written.
#pragma once

#include "export/road_row.h"

#include <QList>
#include <QString>

namespace luming {

// Fills RoadRow::drawnLengthM for every row with a line, measured in `metricEpsg`. Returns an empty
// string, or why a line could not be measured (naming the road). With metricEpsg 0 (region unknown) no
// row may have a line: one that has is refused rather than measured in some other city's zone.
[[nodiscard]] QString measureDrawnLengths(QList<RoadRow>& rows, int metricEpsg);

} // namespace luming
