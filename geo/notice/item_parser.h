// Turns the normalised text of one numbered item into a RoadRecord.
#pragma once

#include "core/road_record.h"

#include <QStringList>
#include <QStringView>

namespace luming {

struct ItemParse {
    RoadRecord record;
    QStringList missing; // fields the item should have had but the text did not yield
};

// `itemText` is the item without its marker ("祈福街。长447米…"). `sectionDistrict` is the district of
// the section heading the item sits under, used when the item names none.
[[nodiscard]] ItemParse parseItem(QStringView itemText, const QString& sectionDistrict);

} // namespace luming
