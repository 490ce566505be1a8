#include "project/region_profile_source.h"

#include "crs/gauss_kruger_zone.h"
#include "districts/district_loader.h"
#include "districts/district_sites.h"
#include "project/resource_locator.h"

namespace luming {

namespace {

// Regions whose polygons ship in resources/ (济南's own data, from before the national gazetteer).
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
    for (const BundledRegion& bundled : kBundled) {
        if (code != QStringView(bundled.code))
            continue;
        profile.name = QString::fromUtf16(bundled.name);
        const QString file = QString::fromLatin1(bundled.districtsFile);
        const QString path = findResource(file);
        if (path.isEmpty()) {
            warnings.append(QStringLiteral("resources/%1 not found: %2 has no district boundaries and no "
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
    setZone(profile);
    profile.anchorsFile = findResource(QStringLiteral("anchors/%1.csv").arg(code));
    return profile;
}

QString regionCodeOf(const Notice& notice) {
    Q_UNUSED(notice);
    // Until the notice reader determines each notice's region, every notice is read as 济南's.
    return QStringLiteral("370100");
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
