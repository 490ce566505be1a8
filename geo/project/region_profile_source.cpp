#include "project/region_profile_source.h"

#include "crs/gauss_kruger_zone.h"
#include "districts/district_loader.h"
#include "districts/district_sites.h"
#include "project/resource_locator.h"
#include "region/gazetteer.h"

namespace luming {

namespace {

// The gazetteer, opened once per process (it reads every unit's names); null when it is not installed.
const Gazetteer* installedGazetteer(QString* why) {
    static const Result<Gazetteer> opened = Gazetteer::openDefault();
    if (!opened) {
        *why = opened.errorString();
        return nullptr;
    }
    return &*opened;
}

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
    QString why;
    if (const Gazetteer* gazetteer = installedGazetteer(&why)) {
        const std::optional<AdminUnit> unit = gazetteer->unit(code);
        if (!unit) {
            warnings.append(
                QStringLiteral("region %1 is not in the gazetteer (%2): its roads get no coordinates")
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
    if (!bundledHere)
        warnings.append(QStringLiteral("%1; region %2 is unknown without it, so its roads get no coordinates")
                            .arg(why, code));
    setZone(profile);
    return profile;
}

QString regionCodeOf(const Notice& notice) {
    if (notice.region.known())
        return notice.region.code;
    // TEMPORARY until region detection runs in the pipeline (helper "gazetteer"): a region nobody has
    // decided yet (no basis, no evidence) is read as the bundled 济南, as before the gazetteer.
    const bool undecided = notice.region.basis == RegionBasis::Unknown && notice.region.evidence.isEmpty();
    return undecided ? QStringLiteral("370100") : QString();
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
