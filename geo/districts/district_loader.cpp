#include "districts/district_loader.h"

#include "districts/gdal_raii_p.h"

#include <QDir>
#include <QFileInfo>

namespace luming {

using namespace districts_detail;

namespace {

LonLatRing toRing(const OGRLinearRing& ring) {
    LonLatRing out;
    out.reserve(ring.getNumPoints());
    for (int i = 0; i < ring.getNumPoints(); ++i)
        out.append({ring.getX(i), ring.getY(i)});
    return out;
}

QList<LonLatRing> toRings(const OGRPolygon& polygon) {
    QList<LonLatRing> rings;
    if (const OGRLinearRing* outer = polygon.getExteriorRing())
        rings.append(toRing(*outer));
    for (int i = 0; i < polygon.getNumInteriorRings(); ++i)
        rings.append(toRing(*polygon.getInteriorRing(i)));
    return rings;
}

QString fieldText(const OGRFeature& feature, const char* name) {
    const int index = feature.GetFieldIndex(name);
    return index >= 0 && feature.IsFieldSetAndNotNull(index)
               ? QString::fromUtf8(feature.GetFieldAsString(index))
               : QString();
}

} // namespace

DistrictLoadResult loadDistricts(const QString& path) {
    registerGdalOnce();
    const QuietCplErrors quiet;
    DistrictLoadResult result;
    const QString shown = QDir::toNativeSeparators(path);
    GDALDatasetUniquePtr dataset(GDALDataset::Open(
        path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
    if (!dataset) {
        result.error = QStringLiteral("cannot open district boundaries %1: %2")
                           .arg(shown, QString::fromUtf8(CPLGetLastErrorMsg()));
        return result;
    }
    OGRLayer* layer = dataset->GetLayerCount() > 0 ? dataset->GetLayer(0) : nullptr;
    if (!layer) {
        result.error = QStringLiteral("%1 has no layer").arg(shown);
        return result;
    }

    OGRSpatialReference cgcs2000;
    setEpsgTraditional(cgcs2000, 4490);
    CoordinateTransformationPtr toCgcs2000;
    if (const OGRSpatialReference* srs = layer->GetSpatialRef(); srs && !srs->IsSame(&cgcs2000)) {
        OGRSpatialReference source(*srs);
        source.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        toCgcs2000.reset(OGRCreateCoordinateTransformation(&source, &cgcs2000));
        if (!toCgcs2000) {
            result.error = QStringLiteral("%1: no PROJ transformation from its CRS to EPSG:4490: %2")
                               .arg(shown, QString::fromUtf8(CPLGetLastErrorMsg()));
            return result;
        }
    }

    const QString defaultSource = QFileInfo(path).fileName();
    for (const auto& feature : *layer) {
        DistrictPolygon district;
        district.name = fieldText(*feature, "name");
        district.adcode = fieldText(*feature, "adcode");
        district.source = fieldText(*feature, "source");
        if (district.source.isEmpty())
            district.source = defaultSource;
        if (district.name.isEmpty()) {
            result.error = QStringLiteral("%1: feature %2 has no name").arg(shown).arg(feature->GetFID());
            return result;
        }
        const OGRGeometry* geometry = feature->GetGeometryRef();
        if (!geometry || geometry->IsEmpty())
            continue; // listed without a polygon is not a boundary; nothing to draw or test against
        std::unique_ptr<OGRGeometry> g(geometry->clone());
        if (toCgcs2000 && g->transform(toCgcs2000.get()) != OGRERR_NONE) {
            result.error =
                QStringLiteral("%1: %2 cannot be transformed to EPSG:4490").arg(shown, district.name);
            return result;
        }
        switch (wkbFlatten(g->getGeometryType())) {
        case wkbPolygon:
            district.parts.append(toRings(*g->toPolygon()));
            break;
        case wkbMultiPolygon:
            for (const OGRPolygon* polygon : *g->toMultiPolygon())
                district.parts.append(toRings(*polygon));
            break;
        default:
            result.error = QStringLiteral("%1: %2 is a %3, not a polygon")
                               .arg(shown, district.name, QString::fromUtf8(g->getGeometryName()));
            return result;
        }
        result.districts.append(district);
    }
    if (result.districts.isEmpty())
        result.error = QStringLiteral("%1 holds no district polygons").arg(shown);
    return result;
}

} // namespace luming
