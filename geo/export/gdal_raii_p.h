// Private to geo/export: owning handles for GDAL/OGR objects and SRS helpers. Only .cpp files of this
// folder include it, so gdal_priv.h never reaches a public header.
#pragma once

#include <gdal_priv.h>
#include <memory>
#include <ogr_feature.h>
#include <ogr_geometry.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

namespace luming::export_detail {

// GDALDatasetUniquePtr, OGRFeatureUniquePtr and OGRGeometryUniquePtr come from GDAL itself.
struct CoordinateTransformationDeleter {
    void operator()(OGRCoordinateTransformation* ct) const { OGRCoordinateTransformation::DestroyCT(ct); }
};
using CoordinateTransformationPtr =
    std::unique_ptr<OGRCoordinateTransformation, CoordinateTransformationDeleter>;

// An EPSG CRS in lon/lat (easting/northing) order, whatever the EPSG axis order says.
inline bool setEpsgTraditional(OGRSpatialReference& srs, int epsg) {
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    return srs.importFromEPSG(epsg) == OGRERR_NONE;
}

// Closes a dataset that was written to. GDAL 3.6's GDALClose returns nothing: the caller checks the
// error collector (or CPLGetLastErrorType) afterwards.
inline void closeDataset(GDALDatasetUniquePtr& dataset) {
    if (dataset)
        GDALClose(GDALDataset::ToHandle(dataset.release()));
}

} // namespace luming::export_detail
