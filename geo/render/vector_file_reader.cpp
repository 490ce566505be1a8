#include "render/vector_file_reader.h"

#include "render/gdal_raii_p.h"
#include "render/scene_layer_builder.h"

#include <QFileInfo>
#include <cmath>
#include <optional>
#include <vector>

namespace luming {

namespace {

// Reads one OGR geometry into builder parts, flattening multi-geometries and collections; curves are
// linearised. The feature's kind is that of its first usable member; members of other kinds are left out.
class GeometryReader {
public:
    GeometryReader(SceneLayerBuilder& builder, OGRCoordinateTransformation* ct)
        : builder_(builder), ct_(ct) {}

    // Returns false when the geometry has nothing drawable.
    bool read(const OGRGeometry& geometry, const QString& label) {
        kind_.reset();
        parts_.clear();
        xs_.clear();
        ys_.clear();
        collect(geometry);
        if (!kind_ || parts_.empty())
            return false;
        if (ct_ && !xs_.empty()) {
            success_.assign(xs_.size(), TRUE);
            ct_->Transform(static_cast<int>(xs_.size()), xs_.data(), ys_.data(), nullptr, success_.data());
            for (std::size_t i = 0; i < xs_.size(); ++i)
                if (!success_[i])
                    xs_[i] = ys_[i] = std::nan(""); // the builder skips non-finite vertices
        }
        builder_.beginFeature(*kind_, label);
        std::vector<QPointF> pts;
        bool any = false;
        for (std::size_t p = 0; p < parts_.size(); ++p) {
            const std::size_t end = p + 1 < parts_.size() ? parts_[p + 1] : xs_.size();
            pts.clear();
            for (std::size_t i = parts_[p]; i < end; ++i)
                pts.emplace_back(xs_[i], ys_[i]);
            any = builder_.addPart(pts) || any;
        }
        return any;
    }

private:
    bool accept(FeatureKind kind) {
        if (!kind_)
            kind_ = kind;
        return *kind_ == kind;
    }
    void addCurve(const OGRSimpleCurve& curve) {
        parts_.push_back(xs_.size());
        for (int i = 0; i < curve.getNumPoints(); ++i) {
            xs_.push_back(curve.getX(i));
            ys_.push_back(curve.getY(i));
        }
    }
    void collect(const OGRGeometry& g) {
        if (g.IsEmpty())
            return;
        if (g.hasCurveGeometry()) {
            const OGRGeometryUniquePtr linear(g.getLinearGeometry());
            if (linear && !linear->hasCurveGeometry())
                collect(*linear);
            return;
        }
        switch (wkbFlatten(g.getGeometryType())) {
        case wkbPoint:
            if (accept(FeatureKind::Point)) {
                const auto& p = *g.toPoint();
                parts_.push_back(xs_.size());
                xs_.push_back(p.getX());
                ys_.push_back(p.getY());
            }
            break;
        case wkbLineString:
        case wkbLinearRing:
            if (accept(FeatureKind::Line))
                addCurve(*g.toLineString());
            break;
        case wkbPolygon:
            if (accept(FeatureKind::Polygon))
                for (const OGRLinearRing* ring : *g.toPolygon())
                    addCurve(*ring);
            break;
        case wkbTriangle:
        case wkbTIN:
        case wkbPolyhedralSurface:
            break; // not drawn on a road map
        default:
            if (OGR_GT_IsSubClassOf(g.getGeometryType(), wkbGeometryCollection))
                for (const OGRGeometry* member : *g.toGeometryCollection())
                    if (member)
                        collect(*member);
            break;
        }
    }

    SceneLayerBuilder& builder_;
    OGRCoordinateTransformation* ct_;
    std::optional<FeatureKind> kind_;
    std::vector<std::size_t> parts_;
    std::vector<double> xs_, ys_;
    std::vector<int> success_;
};

int labelFieldIndex(OGRLayer& layer, const QString& requested, QStringList& warnings, const QString& file) {
    OGRFeatureDefn* defn = layer.GetLayerDefn();
    if (requested == QLatin1String("-"))
        return -1;
    if (!requested.isEmpty()) {
        const int index = defn->GetFieldIndex(requested.toUtf8().constData());
        if (index < 0)
            warnings.append(QStringLiteral("%1: layer %2 has no field %3; features are not labelled")
                                .arg(file, QString::fromUtf8(layer.GetName()), requested));
        return index;
    }
    for (const char* name : {"name", "NAME", "Name", "名称", "路名"}) {
        // GetFieldIndex is case-insensitive for most drivers; try each spelling anyway for the others.
        const int index = defn->GetFieldIndex(name);
        if (index >= 0)
            return index;
    }
    return -1;
}

// The layer's CRS with lon/lat order, or the fallback (and a warning) when the file declares none.
std::optional<OGRSpatialReference> sourceCrs(OGRLayer& layer, const QString& fallback, QStringList& warnings,
                                             const QString& file) {
    OGRSpatialReference srs;
    if (const OGRSpatialReference* declared = layer.GetSpatialRef()) {
        srs = *declared;
    } else {
        QString assumed = fallback;
        if (assumed.isEmpty()) {
            OGREnvelope e;
            const bool geographic = layer.GetExtent(&e, TRUE) == OGRERR_NONE && e.MinX >= -180 &&
                                    e.MaxX <= 180 && e.MinY >= -90 && e.MaxY <= 90;
            assumed = geographic ? QStringLiteral("EPSG:4490") : QStringLiteral("EPSG:4548");
        }
        warnings.append(QStringLiteral("%1: layer %2 declares no coordinate system; assumed %3")
                            .arg(file, QString::fromUtf8(layer.GetName()), assumed));
        if (srs.SetFromUserInput(assumed.toUtf8().constData()) != OGRERR_NONE)
            return std::nullopt;
    }
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    return srs;
}

} // namespace

LayerLoadResult loadVectorLayers(const LayerLoadOptions& options, Feedback* feedback) {
    LayerLoadResult result;
    if (isCanceled(feedback)) {
        result.cancelled = true;
        return result;
    }
    const QString file = QFileInfo(options.path).fileName();
    detail::registerGdalOnce();
    detail::ScopedCplErrors errors;

    GDALDatasetUniquePtr ds(
        GDALDataset::Open(options.path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    if (!ds) {
        result.error = QStringLiteral("Cannot open %1 as a vector file%2")
                           .arg(options.path,
                                errors.last().isEmpty() ? QString() : QStringLiteral(": ") + errors.last());
        return result;
    }

    OGRSpatialReference target;
    target.importFromEPSG(4548);
    target.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);

    std::vector<OGRLayer*> layers;
    for (OGRLayer* layer : ds->GetLayers()) {
        if (!options.layerName.isEmpty() && QString::fromUtf8(layer->GetName()) != options.layerName)
            continue;
        if (layer->GetGeomType() == wkbNone)
            continue;
        layers.push_back(layer);
    }
    if (layers.empty()) {
        result.error = options.layerName.isEmpty()
                           ? QStringLiteral("%1 has no layer with geometry").arg(options.path)
                           : QStringLiteral("%1 has no layer named %2 with geometry")
                                 .arg(options.path, options.layerName);
        return result;
    }

    std::int64_t total = 0;
    for (OGRLayer* layer : layers)
        total += std::max<GIntBig>(0, layer->GetFeatureCount(TRUE));
    std::int64_t done = 0;

    for (OGRLayer* layer : layers) {
        const QString layerName = QString::fromUtf8(layer->GetName());
        const auto srs = sourceCrs(*layer, options.fallbackCrs, result.warnings, file);
        if (!srs) {
            result.warnings.append(QStringLiteral("%1: layer %2: unknown coordinate system %3; layer skipped")
                                       .arg(file, layerName, options.fallbackCrs));
            continue;
        }
        detail::CoordinateTransformationPtr ct;
        if (!srs->IsSame(&target)) {
            ct.reset(OGRCreateCoordinateTransformation(&*srs, &target));
            if (!ct) {
                result.warnings.append(
                    QStringLiteral("%1: layer %2 cannot be reprojected to EPSG:4548 (%3); skipped")
                        .arg(file, layerName, errors.last()));
                continue;
            }
        }
        const int labelField = labelFieldIndex(*layer, options.labelField, result.warnings, file);
        SceneLayerBuilder builder(layers.size() == 1 ? file : file + QStringLiteral(" — ") + layerName,
                                  options.path);
        GeometryReader reader(builder, ct.get());
        std::int64_t skipped = 0;
        layer->ResetReading();
        for (const OGRFeatureUniquePtr& feature : *layer) {
            if ((++done & 4095) == 0) {
                if (isCanceled(feedback)) {
                    result.cancelled = true;
                    result.layers.clear();
                    return result;
                }
                if (total > 0)
                    setProgress(feedback, std::min(99.0, 100.0 * static_cast<double>(done) / total));
            }
            const OGRGeometry* geometry = feature->GetGeometryRef();
            const QString label = labelField >= 0 && feature->IsFieldSetAndNotNull(labelField)
                                      ? QString::fromUtf8(feature->GetFieldAsString(labelField))
                                      : QString();
            if (!geometry || !reader.read(*geometry, label)) {
                ++skipped;
                continue;
            }
            ++result.featuresRead;
        }
        if (skipped > 0)
            result.warnings.append(
                QStringLiteral("%1: layer %2: %3 features without drawable geometry left out")
                    .arg(file, layerName)
                    .arg(skipped));
        result.featuresSkipped += skipped;
        result.layers.append(builder.build());
    }
    if (isCanceled(feedback)) { // asked after the last poll: still nothing reported as read
        result.cancelled = true;
        result.layers.clear();
        return result;
    }
    if (feedback) {
        for (const QString& w : result.warnings)
            feedback->pushWarning(w);
        feedback->setProgress(100);
    }
    if (result.layers.isEmpty() && result.error.isEmpty())
        result.error = QStringLiteral("Nothing could be read from %1: %2")
                           .arg(options.path, result.warnings.join(QStringLiteral("; ")));
    return result;
}

} // namespace luming
