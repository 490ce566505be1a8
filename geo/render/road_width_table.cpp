#include "render/road_width_table.h"

#include <array>
#include <utility>

namespace luming {

namespace {

// Fields holding a width in metres, then fields holding a class, in order of preference.
constexpr std::array kMetresFields{"width", "road_width", "宽度", "路宽", "道路宽度", "kd", "lk"};
constexpr std::array kClassFields{"highway", "fclass",   "class", "road_class",
                                  "等级",    "道路等级", "dldj",  "dj"};

// Class → metres drawn: a typical red-line width of the class (CJJ 37-2012 for 城市道路; OSM's
// classes by the Chinese road each usually tags; 公路 by JTG B01 lanes).
struct ClassWidth {
    const char* name;
    double metres;
};
constexpr std::array kClassWidths{
    ClassWidth{"motorway", 30},   ClassWidth{"trunk", 26},        ClassWidth{"primary", 22},
    ClassWidth{"secondary", 16},  ClassWidth{"tertiary", 12},     ClassWidth{"unclassified", 8},
    ClassWidth{"residential", 8}, ClassWidth{"living_street", 6}, ClassWidth{"service", 5},
    ClassWidth{"pedestrian", 6},  ClassWidth{"track", 4},         ClassWidth{"road", 8},
    ClassWidth{"footway", 2},     ClassWidth{"cycleway", 2},      ClassWidth{"path", 2},
    ClassWidth{"steps", 2},       ClassWidth{"高速公路", 30},     ClassWidth{"高速", 30},
    ClassWidth{"快速路", 40},     ClassWidth{"主干路", 40},       ClassWidth{"主干道", 40},
    ClassWidth{"次干路", 30},     ClassWidth{"次干道", 30},       ClassWidth{"支路", 18},
    ClassWidth{"街坊路", 8},      ClassWidth{"国道", 24},         ClassWidth{"省道", 18},
    ClassWidth{"县道", 10},       ClassWidth{"乡道", 7},          ClassWidth{"村道", 5},
};

constexpr double kMaxWidthM = 200; // wider than any road: a wrong field or unit

template <std::size_t N> int positionOf(const std::array<const char*, N>& names, const QString& field) {
    for (std::size_t i = 0; i < N; ++i)
        if (field.compare(QString::fromUtf8(names[i]), Qt::CaseInsensitive) == 0)
            return static_cast<int>(i);
    return -1;
}

template <std::size_t N>
std::optional<int> bestField(const std::array<const char*, N>& names, const QStringList& fields) {
    std::optional<std::pair<int, int>> best; // (rank, field index)
    for (int f = 0; f < fields.size(); ++f) {
        const int rank = positionOf(names, fields[f].trimmed());
        if (rank >= 0 && (!best || rank < best->first))
            best = std::pair{rank, f};
    }
    return best ? std::optional<int>(best->second) : std::nullopt;
}

} // namespace

std::optional<WidthField> detectWidthField(const QStringList& fieldNames) {
    if (const auto f = bestField(kMetresFields, fieldNames))
        return WidthField{*f, WidthFieldKind::Metres};
    if (const auto f = bestField(kClassFields, fieldNames))
        return WidthField{*f, WidthFieldKind::RoadClass};
    return std::nullopt;
}

WidthFieldKind widthFieldKindOf(const QString& fieldName) {
    return positionOf(kClassFields, fieldName.trimmed()) >= 0 ? WidthFieldKind::RoadClass
                                                              : WidthFieldKind::Metres;
}

double widthFromValue(WidthFieldKind kind, const QString& value) {
    const QString v = value.trimmed();
    if (kind == WidthFieldKind::Metres) {
        bool ok = false;
        const double m = v.toDouble(&ok);
        return ok && m > 0 && m <= kMaxWidthM ? m : 0;
    }
    QString name = v.toLower();
    if (name.endsWith(QLatin1String("_link"))) // a ramp is drawn as its road
        name.chop(5);
    for (const ClassWidth& c : kClassWidths)
        if (name == QString::fromUtf8(c.name))
            return c.metres;
    return 0;
}

} // namespace luming
