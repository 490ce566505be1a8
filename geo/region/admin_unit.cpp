#include "region/admin_unit.h"

#include <QCoreApplication>
#include <array>

namespace luming {

namespace {

struct KindRow {
    AdminKind kind;
    const char* code;
    const char* label;
};

constexpr std::array<KindRow, 8> kKinds{{
    {AdminKind::Province, "province", QT_TRANSLATE_NOOP("AdminKind", "省级")},
    {AdminKind::City, "city", QT_TRANSLATE_NOOP("AdminKind", "地级市")},
    {AdminKind::District, "district", QT_TRANSLATE_NOOP("AdminKind", "区")},
    {AdminKind::County, "county", QT_TRANSLATE_NOOP("AdminKind", "县")},
    {AdminKind::CountyCity, "county_city", QT_TRANSLATE_NOOP("AdminKind", "县级市")},
    {AdminKind::Zone, "zone", QT_TRANSLATE_NOOP("AdminKind", "功能区")},
    {AdminKind::Town, "town", QT_TRANSLATE_NOOP("AdminKind", "镇/乡")},
    {AdminKind::Subdistrict, "subdistrict", QT_TRANSLATE_NOOP("AdminKind", "街道")},
}};

} // namespace

QString adminKindCode(AdminKind kind) {
    for (const KindRow& row : kKinds)
        if (row.kind == kind)
            return QString::fromLatin1(row.code);
    return {};
}

std::optional<AdminKind> adminKindFromCode(QStringView code) {
    for (const KindRow& row : kKinds)
        if (code == QLatin1StringView(row.code))
            return row.kind;
    return std::nullopt;
}

QString adminKindLabel(AdminKind kind) {
    for (const KindRow& row : kKinds)
        if (row.kind == kind)
            return QCoreApplication::translate("AdminKind", row.label);
    return {};
}

bool isCountyLevel(AdminKind kind) {
    return kind == AdminKind::District || kind == AdminKind::County || kind == AdminKind::CountyCity ||
           kind == AdminKind::Zone;
}

bool isTownLevel(AdminKind kind) {
    return kind == AdminKind::Town || kind == AdminKind::Subdistrict;
}

} // namespace luming
