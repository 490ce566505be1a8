#include "render/crs_sanity.h"

#include <QCoreApplication>
#include <cmath>

namespace luming {

namespace {

// CGCS2000 Gauss-Krüger families (EPSG registry): zone numbers and central meridians.
struct GkFamily {
    int firstEpsg;
    int lastEpsg;
    int firstZone; // the zone of firstEpsg (the easting prefix when prefixed)
    bool prefixed; // eastings carry the zone number (zone × 1e6 + 500 000)
    int widthDeg;  // 3 or 6
};
constexpr GkFamily kGkFamilies[] = {
    {4491, 4501, 13, true, 6},  // 6-degree zones 13–23, prefixed
    {4502, 4512, 13, false, 6}, // 6-degree, CM 75E–135E, no prefix
    {4513, 4533, 25, true, 3},  // 3-degree zones 25–45, prefixed (4527: zone 39, CM 117E)
    {4534, 4554, 25, false, 3}, // 3-degree, CM 75E–135E, no prefix (4548: CM 117E)
};

const GkFamily* familyOf(int epsg) {
    for (const GkFamily& f : kGkFamilies)
        if (epsg >= f.firstEpsg && epsg <= f.lastEpsg)
            return &f;
    return nullptr;
}

// The EPSG code of `zone` in the family with this width and prefixing, 0 when there is none.
int epsgOf(int widthDeg, bool prefixed, int zone) {
    for (const GkFamily& f : kGkFamilies)
        if (f.widthDeg == widthDeg && f.prefixed == prefixed && zone >= f.firstZone &&
            zone <= f.firstZone + (f.lastEpsg - f.firstEpsg))
            return f.firstEpsg + (zone - f.firstZone);
    return 0;
}

// A prefixed easting: zone × 1e6 + 500 000 ± 400 000 at most within a zone.
std::optional<int> prefixOf(double easting) {
    if (easting < 1e7 || easting >= 1e8)
        return std::nullopt;
    return int(std::floor(easting / 1e6));
}

bool within(const CoordinateExtent& e, double minX, double maxX, double minY, double maxY) {
    return e.minX >= minX && e.maxX <= maxX && e.minY >= minY && e.maxY <= maxY;
}

// China lies in 73–136E, 3–54N: latitudes never exceed 54, longitudes never fall below 73.
constexpr double kMinLon = 73, kMaxLon = 136, kMinLat = 3, kMaxLat = 54;
// Northings in China (equator to 54N) run 0.3e6–6.0e6 m; unprefixed eastings stay within 0–1e6 m.
constexpr double kMinNorthing = 3e5, kMaxNorthing = 6.1e6;

CrsDiagnosis diagnosis(CrsProblem problem, QString message, int suggested = 0) {
    return {problem, std::move(message), suggested};
}

// A lon/lat layer in mainland China that its names tie to a web map: drawn as WGS 84 it sits a few
// hundred metres off every other layer, which looks like an error in the data rather than the datum.
CrsDiagnosis webDatum(const CrsFacts& f) {
    const CoordinateExtent& e = f.extent;
    const WebDatum datum = webDatumNamedIn(f.hints);
    if (datum == WebDatum::None || !insideWebDatumArea(e.midX(), e.midY()))
        return {};
    const double offset = webDatumOffsetMetres(datum, QPointF(e.midX(), e.midY()));
    CrsDiagnosis d =
        diagnosis(CrsProblem::WebDatumSuspected,
                  QCoreApplication::translate("luming::Geo",
                                              "the layer's names point to a web map in %1, whose coordinates "
                                              "are shifted about %2 m from WGS 84 here")
                      .arg(webDatumName(datum))
                      .arg(offset, 0, 'f', 0));
    d.webDatum = datum;
    d.webDatumOffsetM = offset;
    return d;
}

CrsDiagnosis geographic(const CrsFacts& f) {
    const CoordinateExtent& e = f.extent;
    if (insideChina(e))
        return webDatum(f);
    if (within(e, kMinLat, kMaxLat, kMinLon, kMaxLon))
        return diagnosis(CrsProblem::AxesSwapped,
                         QCoreApplication::translate(
                             "luming::Geo", "x runs %1–%2 and y %3–%4: latitudes and longitudes look swapped")
                             .arg(e.minX, 0, 'f', 3)
                             .arg(e.maxX, 0, 'f', 3)
                             .arg(e.minY, 0, 'f', 3)
                             .arg(e.maxY, 0, 'f', 3));
    if (std::abs(e.minX) > 180 || std::abs(e.maxX) > 180 || std::abs(e.minY) > 90 || std::abs(e.maxY) > 90) {
        const std::optional<int> zone = prefixOf(e.midX());
        const int suggested = zone ? epsgOf(3, true, *zone) : 0;
        return diagnosis(
            CrsProblem::NotGeographic,
            QCoreApplication::translate("luming::Geo",
                                        "the CRS is in degrees but the coordinates (x %1, y %2) are metres")
                .arg(e.midX(), 0, 'f', 0)
                .arg(e.midY(), 0, 'f', 0),
            suggested);
    }
    return diagnosis(
        CrsProblem::OutsideChina,
        QCoreApplication::translate("luming::Geo", "the layer lies outside China (lon %1, lat %2)")
            .arg(e.midX(), 0, 'f', 3)
            .arg(e.midY(), 0, 'f', 3));
}

CrsDiagnosis projected(const CrsFacts& f) {
    const CoordinateExtent& e = f.extent;
    if (const GkFamily* family = familyOf(f.epsg)) {
        const int zone = family->firstZone + (f.epsg - family->firstEpsg);
        // A northing in x and an easting in y: x never holds 1e6–6.1e6 in a Gauss-Krüger CRS.
        const bool xLooksNorthing = e.minX >= kMinNorthing && e.maxX <= kMaxNorthing && e.minX >= 1e6;
        const bool yLooksEasting = e.maxY < 1e6 || prefixOf(e.midY()).has_value();
        if (xLooksNorthing && yLooksEasting)
            return diagnosis(
                CrsProblem::AxesSwapped,
                QCoreApplication::translate(
                    "luming::Geo", "x runs %1–%2 m and y %3–%4 m: northings and eastings look swapped")
                    .arg(e.minX, 0, 'f', 0)
                    .arg(e.maxX, 0, 'f', 0)
                    .arg(e.minY, 0, 'f', 0)
                    .arg(e.maxY, 0, 'f', 0));
        const std::optional<int> prefix = prefixOf(e.midX());
        if (family->prefixed && !prefix && e.maxX < 1e6)
            return diagnosis(CrsProblem::ZonePrefixMissing,
                             QCoreApplication::translate(
                                 "luming::Geo",
                                 "EPSG:%1 expects eastings with the zone number %2 in front (%2xxxxxx), "
                                 "but they run %3–%4 m without it")
                                 .arg(f.epsg)
                                 .arg(zone)
                                 .arg(e.minX, 0, 'f', 0)
                                 .arg(e.maxX, 0, 'f', 0),
                             epsgOf(family->widthDeg, false, zone));
        if (!family->prefixed && prefix)
            return diagnosis(
                CrsProblem::ZonePrefixUnexpected,
                QCoreApplication::translate("luming::Geo",
                                            "EPSG:%1 expects eastings without a zone number, but they start "
                                            "with %2 (zone %2)")
                    .arg(f.epsg)
                    .arg(*prefix),
                epsgOf(family->widthDeg, true, *prefix));
        if (family->prefixed && prefix && *prefix != zone)
            return diagnosis(
                CrsProblem::WrongZone,
                QCoreApplication::translate("luming::Geo",
                                            "EPSG:%1 is zone %2, but the eastings start with %3 (zone %3)")
                    .arg(f.epsg)
                    .arg(zone)
                    .arg(*prefix),
                epsgOf(family->widthDeg, true, *prefix));
    }
    if (f.lonLat && insideChina(*f.lonLat))
        return {};
    if (!f.lonLat)
        return diagnosis(CrsProblem::OutsideChina,
                         QCoreApplication::translate(
                             "luming::Geo", "the coordinates cannot be placed on the earth with EPSG:%1")
                             .arg(f.epsg));
    return diagnosis(
        CrsProblem::OutsideChina,
        QCoreApplication::translate("luming::Geo", "the layer lands outside China (lon %1, lat %2)")
            .arg(f.lonLat->midX(), 0, 'f', 3)
            .arg(f.lonLat->midY(), 0, 'f', 3));
}

} // namespace

bool insideChina(const CoordinateExtent& lonLat) {
    return within(lonLat, kMinLon, kMaxLon, kMinLat, kMaxLat);
}

CrsDiagnosis diagnoseCrs(const CrsFacts& facts) {
    return facts.geographic ? geographic(facts) : projected(facts);
}

} // namespace luming
