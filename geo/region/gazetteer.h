// The national gazetteer: every province, city, county-level unit, town and 街道 with its code, parent,
// names and (where the source has one) boundary, read from the GeoPackage tools/install-data.sh builds.
// Immutable once opened; copies share the data; every const member is safe to call from any thread.
#pragma once

#include "core/geometry_types.h"
#include "core/result.h"
#include "region/admin_unit.h"

#include <QList>
#include <QString>
#include <memory>
#include <optional>

namespace luming {

class Gazetteer {
public:
    // Reads every unit (names, codes, kinds; boundaries are read on demand). Fails with a message that
    // names the file and the fix when it is missing or not a gazetteer.
    [[nodiscard]] static Result<Gazetteer> open(const QString& path);
    // Where the gazetteer is, first that exists: $LUMING_GAZETTEER; $LUMING_DATA_DIR/gazetteer.gpkg;
    // beside the executable (../data, ../../data, ../share/luming); the source tree's data/ folder that
    // tools/install-data.sh fills. Empty when none exists.
    [[nodiscard]] static QString defaultPath();
    // open(defaultPath()), with a message naming tools/install-data.sh when there is none.
    [[nodiscard]] static Result<Gazetteer> openDefault();

    [[nodiscard]] QString path() const;
    [[nodiscard]] int size() const;
    [[nodiscard]] int count(AdminKind kind) const;
    [[nodiscard]] const QList<AdminUnit>& units() const; // every unit, in code order

    [[nodiscard]] std::optional<AdminUnit> unit(const QString& code) const;
    // Units whose name or short name is `name` once folded (繁→简, full-width → ASCII, spaces dropped):
    // 济南, 济南市 and 濟南市 all find 370100. Ordered by code.
    [[nodiscard]] QList<AdminUnit> byName(const QString& name) const;
    // byName restricted to the units below `ancestorCode` (any depth).
    [[nodiscard]] QList<AdminUnit> byNameWithin(const QString& name, const QString& ancestorCode) const;
    [[nodiscard]] QList<AdminUnit> children(const QString& code) const; // ordered by code
    // The city above a unit (or the unit itself when it is one): a prefecture-level City; for a
    // municipality (北京, 上海, 天津, 重庆) the province-level city; for a county-level unit directly
    // under a province (仙桃市), that unit. nullopt for a province that is not a municipality.
    [[nodiscard]] std::optional<AdminUnit> cityOf(const QString& code) const;
    [[nodiscard]] bool isWithin(const QString& code, const QString& ancestorCode) const;

    // The unit's boundary in lon/lat degrees (CGCS2000, as the source gives it): parts of rings, first
    // ring outer, then holes. Empty when the source has none. Reads the GeoPackage on each call.
    [[nodiscard]] QList<QList<LonLatRing>> polygons(const QString& code) const;
    // The boundaries of a city's county-level units (区/县/县级市/开发区) that have one, as DistrictPolygon
    // values (name, adcode = code, source = where the polygon came from).
    [[nodiscard]] QList<DistrictPolygon> districtPolygons(const QString& cityCode) const;
    // The centroid of the unit's boundary; without one, the mean of its children's centres.
    [[nodiscard]] std::optional<LonLat> centre(const QString& code) const;

private:
    struct Data;
    explicit Gazetteer(std::shared_ptr<const Data> data);
    std::shared_ptr<const Data> d_;
};

} // namespace luming
