// GDAL/OGR/OSR handles, each owned once, and the small conveniences every GDAL caller in geo/ needs.
// Private: include only from .cpp files, so gdal_priv.h never reaches a public header.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <cpl_string.h>
#include <gdal_priv.h>
#include <memory>
#include <ogr_feature.h>
#include <ogr_geometry.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>
#include <optional>

namespace luming::gdal {

using DatasetPtr = GDALDatasetUniquePtr;  // GDALClose on destruction
using FeaturePtr = OGRFeatureUniquePtr;   // OGRFeature::DestroyFeature
using GeometryPtr = OGRGeometryUniquePtr; // OGRGeometryFactory::destroyGeometry

// OGRSpatialReference is reference counted: Release, never delete.
struct SpatialReferenceReleaser {
    void operator()(OGRSpatialReference* srs) const {
        if (srs)
            srs->Release();
    }
};
using SpatialReferencePtr = std::unique_ptr<OGRSpatialReference, SpatialReferenceReleaser>;

struct CoordinateTransformationDeleter {
    void operator()(OGRCoordinateTransformation* ct) const { OGRCoordinateTransformation::DestroyCT(ct); }
};
using CoordinateTransformationPtr =
    std::unique_ptr<OGRCoordinateTransformation, CoordinateTransformationDeleter>;

// GDAL takes UTF-8 file names.
inline QByteArray path(const QString& p) {
    return p.toUtf8();
}

// GDAL's option lists ("KEY=VALUE" each).
inline CPLStringList toCpl(const QStringList& values) {
    CPLStringList list;
    for (const QString& v : values)
        list.AddString(v.toUtf8().constData());
    return list;
}

// An EPSG CRS in lon/lat (easting/northing) order, whatever the EPSG axis order says. False when PROJ
// does not know the code (its words go to the CplErrorCollector alive on this thread).
[[nodiscard]] inline bool setEpsgTraditional(OGRSpatialReference& srs, int epsg) {
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    return srs.importFromEPSG(epsg) == OGRERR_NONE;
}

[[nodiscard]] inline std::optional<OGRSpatialReference> epsgTraditional(int epsg) {
    OGRSpatialReference srs;
    if (!setEpsgTraditional(srs, epsg))
        return std::nullopt;
    return srs;
}

// nullptr when PROJ has no operation between the two (PROJ's words go to the collector).
[[nodiscard]] inline CoordinateTransformationPtr transformation(const OGRSpatialReference& from,
                                                                const OGRSpatialReference& to) {
    return CoordinateTransformationPtr(OGRCreateCoordinateTransformation(&from, &to));
}

// Field values; an unset or null field (or index -1) reads as empty / nullopt.
inline QString text(const OGRFeature& f, int index) {
    if (index < 0 || !f.IsFieldSetAndNotNull(index))
        return {};
    return QString::fromUtf8(f.GetFieldAsString(index));
}

inline QString text(const OGRFeature& f, const char* name) {
    return text(f, f.GetFieldIndex(name));
}

inline std::optional<double> real(const OGRFeature& f, int index) {
    if (index < 0 || !f.IsFieldSetAndNotNull(index))
        return std::nullopt;
    return f.GetFieldAsDouble(index);
}

inline std::optional<qint64> integer(const OGRFeature& f, int index) {
    if (index < 0 || !f.IsFieldSetAndNotNull(index))
        return std::nullopt;
    return qint64(f.GetFieldAsInteger64(index));
}

} // namespace luming::gdal
