// Section headings: "一、市中区(9条)", "(一)船营区", "一、新命名的道路(48条)", "二、更名道路(高新北区)",
// "通濟街道新建道路命名(1條)", a line that is only "市南区". A heading sets the district, subdistrict or
// action of the items under it and may declare how many there are.
#pragma once

#include "core/road_record.h"
#include "notice/matching_text.h"

#include <QStringList>
#include <optional>

namespace luming {

struct SectionHeading {
    QString title; // as printed, without marker and count: "市中区", "更名道路(高新北区)"
    QString district;
    QStringList subdistricts;
    std::optional<RoadAction> action;
    std::optional<int> declaredCount;
    // The most specific thing the heading sets: 0 action, 1 district, 2 subdistrict, 3 nothing.
    // A heading's items run to the next heading of the same or a lower rank.
    int rank = 3;
    qsizetype start = 0; // normalised offsets of the heading line
    qsizetype end = 0;
};

// `line` is one printed line; `markerEnd` is where the text after its item marker begins (0 if none).
[[nodiscard]] std::optional<SectionHeading> readHeading(const TextSlice& line, qsizetype markerEnd);

} // namespace luming
