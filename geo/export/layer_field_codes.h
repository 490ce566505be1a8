// DBF field names for any layer's fields: at most 10 ASCII characters, unique regardless of case. An
// ASCII name stays (cut to 10); a Chinese one becomes the upper-case pinyin initials of its characters,
// the way Chinese road-data standards code their fields (道路名称 → DLMC, 长度 → CD); a clash gets a
// number (DLMC, DLMC1, DLMC2 …). The mapping is written to the data dictionary beside the shapefile.
#pragma once

#include <QString>
#include <QStringList>

namespace luming {

// One code per name, in the same order.
[[nodiscard]] QStringList dbfFieldCodes(const QStringList& names);

} // namespace luming
