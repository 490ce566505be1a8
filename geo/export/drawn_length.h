// Measures each exported line in metres, in CGCS2000 / 3-degree Gauss-Krüger CM 117°E (EPSG:4548),
// through PROJ, so the HZCD (绘制长度) field states the length of the line actually written.
#pragma once

#include "export/road_row.h"

#include <QList>
#include <QString>

namespace luming {

// Fills RoadRow::drawnLengthM for every row with a line. Returns an empty string, or why a line could
// not be measured (naming the road).
[[nodiscard]] QString measureDrawnLengths(QList<RoadRow>& rows);

} // namespace luming
