// Does a layer's declared CRS fit its coordinates? A layer in China whose numbers only make sense
// with lat/lon swapped, or with the Gauss-Krüger zone number added or removed, is drawn as a speck or
// not at all; this says so, and what would fix it, before anything is drawn.
#pragma once

#include "crs/web_datum.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace luming {

enum class CrsProblem {
    None,
    AxesSwapped,          // x holds latitudes / northings and y longitudes / eastings
    NotGeographic,        // a geographic CRS, but the numbers are metres
    ZonePrefixMissing,    // a CRS with the zone number in the easting (4527), eastings without it (4548)
    ZonePrefixUnexpected, // a CRS without the zone number (4548), eastings with it (4527)
    WrongZone,            // eastings of another Gauss-Krüger zone than the CRS's
    OutsideChina,         // none of the above, but the layer lands outside China
    WebDatumSuspected,    // lon/lat in mainland China from a web map (GCJ-02/BD-09), 100–700 m off
};

struct CoordinateExtent {
    double minX = 0;
    double minY = 0;
    double maxX = 0;
    double maxY = 0;
    double midX() const { return (minX + maxX) / 2; }
    double midY() const { return (minY + maxY) / 2; }
};

// What the reader knows about one layer.
struct CrsFacts {
    int epsg = 0;            // the layer's EPSG code, 0 when it has none
    bool geographic = false; // lon/lat degrees
    CoordinateExtent extent; // in the layer's CRS, (x, y) as stored: lon/easting first
    // The extent in CGCS2000 lon/lat as the declared CRS puts it; nullopt when PROJ cannot transform it.
    std::optional<CoordinateExtent> lonLat;
    // Names around the layer (file, layer, fields, metadata) that may say which web map it came from.
    QStringList hints;
};

struct CrsDiagnosis {
    CrsProblem problem = CrsProblem::None;
    QString message;                    // what looks wrong, in words (without file or layer name)
    int suggestedEpsg = 0;              // the CRS that fits the numbers, when one can be named; 0 otherwise
    WebDatum webDatum = WebDatum::None; // WebDatumSuspected: the datum the hints name
    double webDatumOffsetM = 0;         // and how far it moves the layer's centre
    bool ok() const { return problem == CrsProblem::None; }
};

// China's extent in lon/lat with a margin, for "does this land in China".
bool insideChina(const CoordinateExtent& lonLat);

[[nodiscard]] CrsDiagnosis diagnoseCrs(const CrsFacts& facts);

} // namespace luming
