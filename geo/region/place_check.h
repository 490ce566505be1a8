// The 区/县 and 街道/镇 a notice's items name, checked against the gazetteer inside the notice's city, as
// findings (never rewrites): a place the city does not have (PlaceUnknown, suggesting the one-character or
// 繁/简 neighbour an OCR slip would produce), a 街道 the gazetteer files under another 区/县
// (PlaceInOtherDistrict). Zones overlay districts — the town list files 济南's 遥墙街道 and 章锦街道 under
// 370171 济南高新区 while notices give 历城区 — so a zone on either side is not a conflict. A county-level
// city (诸城市) is checked as the 区/县 it is. Nothing is checked while the region is unknown.
#pragma once

#include "core/notice.h"
#include "region/gazetteer.h"

namespace luming {

[[nodiscard]] QList<Finding> checkPlaces(const Notice& notice, const Gazetteer& gazetteer);

} // namespace luming
