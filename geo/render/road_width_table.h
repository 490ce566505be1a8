// A road layer's line widths from its attributes: which field says how wide or how important a road is
// (a width in metres: width/宽度/KD/路宽; a class: highway/fclass/class/等级/DLDJ), and the width in metres
// each class is drawn with. The table is data (road_width_table.cpp), from the usual cross-sections of
// CJJ 37 (城市道路) and OSM's highway values.
#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace luming {

enum class WidthFieldKind { Metres, RoadClass };

struct WidthField {
    int index = -1; // in the list given to detectWidthField
    WidthFieldKind kind = WidthFieldKind::Metres;
};

// The first field (by the order of the known names, not of the layer) that gives widths; nullopt when
// none of the names is there. Names compare case-insensitively.
[[nodiscard]] std::optional<WidthField> detectWidthField(const QStringList& fieldNames);
// How to read a field the user named: a width when its values will be numbers, else a class.
[[nodiscard]] WidthFieldKind widthFieldKindOf(const QString& fieldName);

// Metres for one value: a Metres field's number (0 when not a width between 0 and 200 m); a class's
// width from the table ("primary", "primary_link", "主干路", …), 0 for a class it does not know.
[[nodiscard]] double widthFromValue(WidthFieldKind kind, const QString& value);

} // namespace luming
