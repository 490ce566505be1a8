#include "districts/district_loader.h"

#include "gdal/cpl_error_collector_p.h"
#include "gdal/gdal_dataset_p.h"
#include "gdal/ogr_conversion_p.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace luming {

namespace {} // namespace

DistrictLoadResult loadDistricts(const QString& path) {
    gdal::CplErrorCollector errors;
    DistrictLoadResult result;
    const QString shown = QDir::toNativeSeparators(path);
    gdal::DatasetPtr dataset = gdal::openVector(path, gdal::OpenMode::ReadOnly);
    if (!dataset) {
        result.error =
            QCoreApplication::translate("luming::Geo", "cannot open district boundaries %1: %2")
                .arg(shown,
                     errors.describe(QCoreApplication::translate("luming::Geo", "GDAL cannot read it")));
        return result;
    }
    OGRLayer* layer = dataset->GetLayerCount() > 0 ? dataset->GetLayer(0) : nullptr;
    if (!layer) {
        result.error = QCoreApplication::translate("luming::Geo", "%1 has no layer").arg(shown);
        return result;
    }

    const std::optional<OGRSpatialReference> cgcs2000 = gdal::epsgTraditional(4490);
    if (!cgcs2000) {
        result.error = QCoreApplication::translate("luming::Geo", "PROJ does not know EPSG:4490 (%1)")
                           .arg(errors.describe());
        return result;
    }
    gdal::CoordinateTransformationPtr toCgcs2000;
    if (const OGRSpatialReference* srs = layer->GetSpatialRef(); srs && !srs->IsSame(&*cgcs2000)) {
        OGRSpatialReference source(*srs);
        source.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        toCgcs2000 = gdal::transformation(source, *cgcs2000);
        if (!toCgcs2000) {
            result.error = QCoreApplication::translate(
                               "luming::Geo", "%1: no PROJ transformation from its CRS to EPSG:4490: %2")
                               .arg(shown, errors.describe());
            return result;
        }
    }

    const QString defaultSource = QFileInfo(path).fileName();
    for (const auto& feature : *layer) {
        DistrictPolygon district;
        district.name = gdal::text(*feature, "name");
        district.adcode = gdal::text(*feature, "adcode");
        district.source = gdal::text(*feature, "source");
        if (district.source.isEmpty())
            district.source = defaultSource;
        if (district.name.isEmpty()) {
            result.error = QCoreApplication::translate("luming::Geo", "%1: feature %2 has no name")
                               .arg(shown)
                               .arg(feature->GetFID());
            return result;
        }
        const OGRGeometry* geometry = feature->GetGeometryRef();
        if (!geometry || geometry->IsEmpty())
            continue; // listed without a polygon is not a boundary; nothing to draw or test against
        std::unique_ptr<OGRGeometry> g(geometry->clone());
        if (toCgcs2000 && g->transform(toCgcs2000.get()) != OGRERR_NONE) {
            result.error =
                QCoreApplication::translate("luming::Geo", "%1: %2 cannot be transformed to EPSG:4490")
                    .arg(shown, district.name);
            return result;
        }
        if (!gdal::appendPolygonParts(*g, district.parts)) {
            result.error = QCoreApplication::translate("luming::Geo", "%1: %2 is a %3, not a polygon")
                               .arg(shown, district.name, QString::fromUtf8(g->getGeometryName()));
            return result;
        }
        result.districts.append(district);
    }
    if (result.districts.isEmpty())
        result.error = QCoreApplication::translate("luming::Geo", "%1 holds no district polygons").arg(shown);
    return result;
}

} // namespace luming
