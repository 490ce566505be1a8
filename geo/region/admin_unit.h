// One administrative unit of the national gazetteer (GB/T 2260 codes; see resources/gazetteer/README.md).
#pragma once

#include <QString>
#include <QStringView>
#include <optional>

namespace luming {

// County level: District 区, County 县/旗/自治县, CountyCity 县级市, Zone 开发区/新区 (codes xx71–xx80,
// which the statistical town list files 街道 under, e.g. 370171 济南高新区). Below: Town 镇/乡, Subdistrict
// 街道.
enum class AdminKind { Province, City, District, County, CountyCity, Zone, Town, Subdistrict };

// "province", "city", "district", "county", "county_city", "zone", "town", "subdistrict" (as stored)
[[nodiscard]] QString adminKindCode(AdminKind kind);
[[nodiscard]] std::optional<AdminKind> adminKindFromCode(QStringView code);
// One of 区/县/县级市/… for a level, the way a planner reads it ("县级市").
[[nodiscard]] QString adminKindLabel(AdminKind kind);
// District, County, CountyCity or Zone.
[[nodiscard]] bool isCountyLevel(AdminKind kind);
// Town or Subdistrict.
[[nodiscard]] bool isTownLevel(AdminKind kind);

struct AdminUnit {
    QString code;       // "370112"; a town or 街道: its county's six digits + six ("370171004000")
    QString parentCode; // empty for a province; a municipality's districts hang off the province (110000)
    QString name;       // "历城区"
    QString shortName; // "历城"; 延边朝鲜族自治州 → "延边"; 济南高新技术产业开发区 → "济南高新区"
    AdminKind kind = AdminKind::Province;
    bool hasPolygon = false; // the source has a boundary for it (see Gazetteer::polygons)
};

} // namespace luming
