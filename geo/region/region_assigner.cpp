#include "region/region_assigner.h"

#include "region/gazetteer.h"
#include "region/place_check.h"
#include "region/region_detector.h"

#include <QCoreApplication>
#include <mutex>

namespace luming {

namespace {

bool isRegionFinding(const Finding& f) {
    return f.code == FindingCode::RegionUnknown || f.code == FindingCode::RegionAmbiguous ||
           f.code == FindingCode::PlaceUnknown || f.code == FindingCode::PlaceInOtherDistrict;
}

const RegionDetector* defaultDetector() {
    static std::once_flag once;
    static std::optional<RegionDetector> detector;
    std::call_once(once, [] {
        if (const Result<Gazetteer>& g = defaultGazetteer())
            detector.emplace(*g);
    });
    return detector ? &*detector : nullptr;
}

} // namespace

const Result<Gazetteer>& defaultGazetteer() {
    // Reading 44k units takes a second or two: once per process, for the CLI, the viewer and the tests.
    static const Result<Gazetteer> gazetteer = Gazetteer::openDefault();
    return gazetteer;
}

QStringList assignRegions(QList<Notice>& notices, const NoticeRegion& chosen) {
    QStringList warnings;
    const RegionDetector* detector = defaultDetector();
    if (!detector)
        warnings.append(
            QCoreApplication::translate("luming::Geo", "regions are unknown, so no road gets coordinates: %1")
                .arg(defaultGazetteer().errorString()));
    for (Notice& n : notices) {
        n.findings.removeIf(isRegionFinding);
        if (chosen.known()) {
            n.region = chosen;
        } else if (n.region.basis != RegionBasis::Chosen) {
            n.region = {};
            if (detector) {
                const RegionDetection d = detector->detect(n);
                n.region = d.region;
                if (d.finding)
                    n.findings.append(*d.finding);
            }
        }
        if (detector)
            n.findings += checkPlaces(n, detector->gazetteer());
    }
    return warnings;
}

Result<NoticeRegion> chooseRegion(const QString& codeOrName) {
    const RegionDetector* detector = defaultDetector();
    if (!detector)
        return defaultGazetteer().error();
    return detector->choose(codeOrName);
}

} // namespace luming
