#include "project/region_profile_source.h"

#include "crs/gauss_kruger_zone.h"
#include "districts/district_loader.h"
#include "districts/district_sites.h"
#include "project/resource_locator.h"
#include "region/region_assigner.h"

#include <QCoreApplication>

namespace luming {

namespace {

// Regions whose polygons ship in resources/ (济南's own data, from before the national gazetteer): used
// when the gazetteer is not installed.
struct BundledRegion {
    const char16_t* code;
    const char16_t* name;
    const char* districtsFile;
};
constexpr BundledRegion kBundled[] = {{u"370100", u"济南市", "jinan_districts.geojson"}};

void setZone(RegionProfile& profile) {
    if (!profile.centre)
        return;
    if (const auto zone = gaussKrugerZoneOf(profile.centre->lon))
        profile.metricEpsg = zone->epsg;
}

} // namespace

RegionProfile loadRegionProfile(const QString& code, QStringList& warnings) {
    RegionProfile profile;
    profile.code = code;
    if (code.isEmpty())
        return profile;
    profile.anchorsFile = findResource(QStringLiteral("anchors/%1.csv").arg(code));
    const Result<Gazetteer>& installed = defaultGazetteer();
    if (installed) {
        const Gazetteer* gazetteer = &*installed;
        const std::optional<AdminUnit> unit = gazetteer->unit(code);
        if (!unit) {
            warnings.append(
                QCoreApplication::translate(
                    "luming::Geo", "region %1 is not in the gazetteer (%2): its roads get no coordinates")
                    .arg(code, gazetteer->path()));
            return profile;
        }
        profile.name = unit->name;
        profile.districts = gazetteer->districtPolygons(code);
        profile.centre = gazetteer->centre(code);
        setZone(profile);
        return profile;
    }
    bool bundledHere = false;
    for (const BundledRegion& bundled : kBundled) {
        if (code != QStringView(bundled.code))
            continue;
        bundledHere = true;
        profile.name = QString::fromUtf16(bundled.name);
        const QString file = QString::fromLatin1(bundled.districtsFile);
        const QString path = findResource(file);
        if (path.isEmpty()) {
            warnings.append(QCoreApplication::translate(
                                "luming::Geo", "resources/%1 not found: %2 has no district boundaries and no "
                                               "centre, so its roads get no coordinates")
                                .arg(file, profile.label()));
            return profile;
        }
        DistrictLoadResult loaded = loadDistricts(path);
        if (!loaded.ok()) {
            warnings.append(loaded.error);
            return profile;
        }
        profile.districts = std::move(loaded.districts);
        profile.centre = districtsCentre(profile.districts);
    }
    if (!bundledHere)
        warnings.append(
            QCoreApplication::translate(
                "luming::Geo", "%1; region %2 is unknown without it, so its roads get no coordinates")
                .arg(installed.errorString(), code));
    setZone(profile);
    return profile;
}

QString regionCodeOf(const Notice& notice) {
    return notice.region.code;
}

AnchorTable loadAnchors(const RegionProfile& profile, QStringList& warnings) {
    if (profile.anchorsFile.isEmpty())
        return {};
    QList<AnchorProblem> problems;
    AnchorTable table = AnchorTable::read(profile.anchorsFile, &problems);
    for (const auto& p : problems)
        warnings.append(p.toString());
    return table;
}

} // namespace luming
