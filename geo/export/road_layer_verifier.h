// Re-opens a written export with the same GDAL driver and checks it against the rows it should hold:
// feature count, how many have no geometry, and every text value as GDAL decodes it (which catches a
// wrong code page or a substituted '?').
#pragma once

#include "export/export_format_profile.h"
#include "export/road_row.h"

#include <QList>
#include <QString>

namespace luming {

// Empty when the file holds exactly the rows; otherwise what differs, naming the file and the road.
// shownPath: the final target, named in messages instead of the staging copy.
[[nodiscard]] QString verifyRoadLayer(const QString& file, const QString& shownPath,
                                      const ExportFormatProfile& profile, const QList<RoadRow>& rows);

} // namespace luming
