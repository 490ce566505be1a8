// Private to geo/districts: owning handles for GDAL/OGR objects and the conversions between
// DistrictPolygon / LonLatLine and OGR geometries. gdal_priv.h never reaches a public header.
#pragma once

#include "core/geometry_types.h"

#include <cpl_error.h>
#include <gdal_priv.h>
#include <memory>
#include <mutex>
#include <ogr_geometry.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

namespace luming::districts_detail {

struct CoordinateTransformationDeleter {
    void operator()(OGRCoordinateTransformation* ct) const { OGRCoordinateTransformation::DestroyCT(ct); }
};
using CoordinateTransformationPtr =
    std::unique_ptr<OGRCoordinateTransformation, CoordinateTransformationDeleter>;

// Keeps GDAL's messages off stderr for one operation; the caller reads CPLGetLastErrorMsg() into its
// own error value.
class QuietCplErrors {
public:
    QuietCplErrors() {
        CPLPushErrorHandler(CPLQuietErrorHandler);
        CPLErrorReset();
    }
    ~QuietCplErrors() { CPLPopErrorHandler(); }
    QuietCplErrors(const QuietCplErrors&) = delete;
    QuietCplErrors& operator=(const QuietCplErrors&) = delete;
};

inline void registerGdalOnce() {
    static std::once_flag once;
    std::call_once(once, [] { GDALAllRegister(); });
}

// An EPSG CRS in lon/lat (easting/northing) order, whatever the EPSG axis order says.
inline bool setEpsgTraditional(OGRSpatialReference& srs, int epsg) {
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    return srs.importFromEPSG(epsg) == OGRERR_NONE;
}

inline std::unique_ptr<OGRMultiPolygon> toOgr(const DistrictPolygon& district) {
    auto multi = std::make_unique<OGRMultiPolygon>();
    for (const QList<LonLatRing>& part : district.parts) {
        auto polygon = std::make_unique<OGRPolygon>();
        for (const LonLatRing& ring : part) {
            auto r = std::make_unique<OGRLinearRing>();
            for (const LonLat& p : ring)
                r->addPoint(p.lon, p.lat);
            r->closeRings();
            polygon->addRingDirectly(r.release());
        }
        multi->addGeometryDirectly(polygon.release());
    }
    return multi;
}

inline std::unique_ptr<OGRLineString> toOgr(const LonLatLine& points) {
    auto line = std::make_unique<OGRLineString>();
    for (const LonLat& p : points)
        line->addPoint(p.lon, p.lat);
    return line;
}

} // namespace luming::districts_detail
