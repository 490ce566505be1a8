// The GDAL handles of the store, each owned once (GDAL's own unique_ptr types), and the few
// GDAL conveniences the store needs. Private: gdal.h never reaches a public header.
#pragma once

#include <QByteArray>
#include <QString>
#include <gdal_priv.h>
#include <memory>
#include <mutex>
#include <ogr_feature.h>
#include <ogr_geometry.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>
#include <optional>

namespace luming::gdal {

using DatasetPtr = GDALDatasetUniquePtr;  // GDALClose on destruction
using FeaturePtr = OGRFeatureUniquePtr;   // OGRFeature::DestroyFeature
using GeometryPtr = OGRGeometryUniquePtr; // OGRGeometryFactory::destroyGeometry

inline void registerDrivers() {
    static std::once_flag once;
    std::call_once(once, [] { GDALAllRegister(); });
}

inline QByteArray path(const QString& p) {
    return p.toUtf8();
} // GDAL takes UTF-8 file names

enum class OpenMode { ReadOnly, Update };

// Opens a GeoPackage (and nothing else: a file GDAL would read with another driver is refused).
inline DatasetPtr openGpkg(const QString& file, OpenMode mode) {
    registerDrivers();
    const char* const drivers[] = {"GPKG", nullptr};
    const unsigned flags = GDAL_OF_VECTOR | (mode == OpenMode::Update ? GDAL_OF_UPDATE : GDAL_OF_READONLY);
    return DatasetPtr(GDALDataset::Open(path(file).constData(), flags, drivers, nullptr, nullptr));
}

inline DatasetPtr createGpkg(const QString& file) {
    registerDrivers();
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
    if (!driver)
        return nullptr;
    return DatasetPtr(driver->Create(path(file).constData(), 0, 0, 0, GDT_Unknown, nullptr));
}

// GDAL 3.6's GDALClose returns nothing: close explicitly, then ask whether closing failed
// (a writer flushes on close). Call with a CplErrorCapture alive.
inline bool closeAndCheck(DatasetPtr& dataset) {
    CPLErrorReset();
    dataset.reset();
    return CPLGetLastErrorType() != CE_Failure && CPLGetLastErrorType() != CE_Fatal;
}

// EPSG:4490 (CGCS2000) in lon/lat order, as every coordinate in Luming is.
inline OGRSpatialReference cgcs2000() {
    OGRSpatialReference srs;
    srs.importFromEPSG(4490);
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    return srs;
}

inline QString text(const OGRFeature& f, int index) {
    if (index < 0 || !f.IsFieldSetAndNotNull(index))
        return {};
    return QString::fromUtf8(f.GetFieldAsString(index));
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
