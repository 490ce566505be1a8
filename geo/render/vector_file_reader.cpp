#include "render/vector_file_reader.h"

#include "crs/gauss_kruger_zone.h"
#include "gdal/cpl_error_collector_p.h"
#include "gdal/gdal_dataset_p.h"
#include "gdal/name_field_p.h"
#include "render/archive_guard.h"
#include "render/road_width_table.h"
#include "render/scene_layer_builder.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <algorithm>
#include <cmath>
#include <optional>
#include <vector>

namespace luming {

namespace {

// Reads one OGR geometry into builder parts, flattening multi-geometries and collections; curves are
// linearised. The feature's kind is that of its first usable member; members of other kinds are left out.
class GeometryReader {
public:
    GeometryReader(SceneLayerBuilder& builder, OGRCoordinateTransformation* ct, bool swapAxes,
                   WebDatum fromDatum)
        : builder_(builder), ct_(ct), swapAxes_(swapAxes), fromDatum_(fromDatum) {}

    // Returns false when the geometry has nothing drawable.
    bool read(const OGRGeometry& geometry, const QString& label, double widthM) {
        kind_.reset();
        parts_.clear();
        xs_.clear();
        ys_.clear();
        collect(geometry);
        if (!kind_ || parts_.empty())
            return false;
        if (swapAxes_)
            xs_.swap(ys_);
        if (fromDatum_ != WebDatum::None)
            for (std::size_t i = 0; i < xs_.size(); ++i) {
                const QPointF wgs = fromWebDatum(fromDatum_, QPointF(xs_[i], ys_[i]));
                xs_[i] = wgs.x();
                ys_[i] = wgs.y();
            }
        if (ct_ && !xs_.empty()) {
            success_.assign(xs_.size(), TRUE);
            ct_->Transform(static_cast<int>(xs_.size()), xs_.data(), ys_.data(), nullptr, success_.data());
            for (std::size_t i = 0; i < xs_.size(); ++i)
                if (!success_[i])
                    xs_[i] = ys_[i] = std::nan(""); // the builder skips non-finite vertices
        }
        builder_.beginFeature(*kind_, label, widthM);
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
    bool swapAxes_;
    WebDatum fromDatum_;
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
            warnings.append(QCoreApplication::translate(
                                "luming::Geo", "%1: layer %2 has no field %3; features are not labelled")
                                .arg(file, QString::fromUtf8(layer.GetName()), requested));
        return index;
    }
    return gdal::nameFieldIndex(*defn);
}

// The field that sets line widths (road_width_table.h): the one asked for, else the one detected.
std::optional<WidthField> widthFieldOf(OGRLayer& layer, const QString& requested, QStringList& warnings,
                                       const QString& file) {
    OGRFeatureDefn* defn = layer.GetLayerDefn();
    if (requested == QLatin1String("-"))
        return std::nullopt;
    if (!requested.isEmpty()) {
        const int index = defn->GetFieldIndex(requested.toUtf8().constData());
        if (index >= 0)
            return WidthField{index, widthFieldKindOf(requested)};
        warnings.append(
            QCoreApplication::translate("luming::Geo", "%1: layer %2 has no field %3; lines keep one width")
                .arg(file, QString::fromUtf8(layer.GetName()), requested));
        return std::nullopt;
    }
    QStringList names;
    for (int i = 0; i < defn->GetFieldCount(); ++i)
        names << QString::fromUtf8(defn->GetFieldDefn(i)->GetNameRef());
    return detectWidthField(names);
}

// The CGCS2000 3° Gauss–Krüger zone (EPSG code) of the centre of a layer's extent; 0 when unknown.
int zoneOfLayer(OGRLayer& layer, const OGRSpatialReference& srs, bool swapAxes) {
    OGREnvelope e;
    const std::optional<OGRSpatialReference> geographic = gdal::epsgTraditional(4490);
    if (layer.GetExtent(&e, TRUE) != OGRERR_NONE || !geographic)
        return 0;
    double x = (e.MinX + e.MaxX) / 2;
    double y = (e.MinY + e.MaxY) / 2;
    if (swapAxes) // read as (y, x), as the features will be
        std::swap(x, y);
    const gdal::CoordinateTransformationPtr ct = gdal::transformation(srs, *geographic);
    if (!ct || !ct->Transform(1, &x, &y))
        return 0;
    const auto zone = gaussKrugerZoneOf(x);
    return zone ? zone->epsg : 0;
}

// The layer's CRS with lon/lat order, or the fallback (and a warning) when the file declares none.
std::optional<OGRSpatialReference> sourceCrs(OGRLayer& layer, const LayerLoadOptions& options, int targetEpsg,
                                             QStringList& warnings, const QString& file) {
    const QString& fallback = options.fallbackCrs;
    OGRSpatialReference srs;
    if (!options.crsOverride.isEmpty()) {
        if (srs.SetFromUserInput(options.crsOverride.toUtf8().constData()) != OGRERR_NONE)
            return std::nullopt;
    } else if (const OGRSpatialReference* declared = layer.GetSpatialRef()) {
        srs = *declared;
    } else {
        QString assumed = fallback;
        if (assumed.isEmpty()) {
            OGREnvelope e;
            const bool geographic = layer.GetExtent(&e, TRUE) == OGRERR_NONE && e.MinX >= -180 &&
                                    e.MaxX <= 180 && e.MinY >= -90 && e.MaxY <= 90;
            if (!geographic && targetEpsg == 0)
                return std::nullopt; // metres, but in which zone: nothing to go by
            assumed = geographic ? QStringLiteral("EPSG:4490") : QStringLiteral("EPSG:%1").arg(targetEpsg);
        }
        warnings.append(QCoreApplication::translate("luming::Geo",
                                                    "%1: layer %2 declares no coordinate system; assumed %3")
                            .arg(file, QString::fromUtf8(layer.GetName()), assumed));
        if (srs.SetFromUserInput(assumed.toUtf8().constData()) != OGRERR_NONE)
            return std::nullopt;
    }
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    return srs;
}

bool isShapefilePath(const QString& path) {
    return path.endsWith(QLatin1String(".shp"), Qt::CaseInsensitive) ||
           path.endsWith(QLatin1String(".dbf"), Qt::CaseInsensitive);
}

QStringList encodingOption(const std::optional<EncodingGuess>& guess) {
    if (!guess)
        return {};
    return {QStringLiteral("ENCODING=") + recodeName(guess->encoding)};
}

// The .dbf of one layer of a shapefile folder or archive (GDAL names the layer after the file).
QString dbfOfLayer(GDALDataset& ds, const QString& layer) {
    const CPLStringList files(ds.GetFileList());
    for (int i = 0; i < files.size(); ++i) {
        QString f = QString::fromUtf8(files[i]);
        const QFileInfo info(f);
        if (info.suffix().compare(QLatin1String("dbf"), Qt::CaseInsensitive) == 0 &&
            info.completeBaseName().compare(layer, Qt::CaseInsensitive) == 0)
            return f;
    }
    return {};
}

int epsgOf(const OGRSpatialReference& srs) {
    const char* authority = srs.GetAuthorityName(nullptr);
    const char* code = srs.GetAuthorityCode(nullptr);
    return authority && code && EQUAL(authority, "EPSG") ? atoi(code) : 0;
}

// The layer's CRS against its coordinate range (crs_sanity.h).
// Names that may tell where a layer was digitised (a web map's datum): file, layer, fields, description.
QStringList layerHints(OGRLayer& layer, const QString& file) {
    QStringList hints{QFileInfo(file).fileName(), QString::fromUtf8(layer.GetName())};
    if (const char* description = layer.GetMetadataItem("DESCRIPTION"))
        hints << QString::fromUtf8(description);
    const OGRFeatureDefn* defn = layer.GetLayerDefn();
    for (int i = 0; i < defn->GetFieldCount(); ++i)
        hints << QString::fromUtf8(defn->GetFieldDefn(i)->GetNameRef());
    return hints;
}

CrsDiagnosis checkCrs(OGRLayer& layer, const OGRSpatialReference& srs, bool swapAxes, const QString& file) {
    OGREnvelope e;
    if (layer.GetExtent(&e, TRUE) != OGRERR_NONE)
        return {};
    CrsFacts facts;
    facts.hints = layerHints(layer, file);
    facts.epsg = epsgOf(srs);
    facts.geographic = srs.IsGeographic();
    facts.extent = swapAxes ? CoordinateExtent{e.MinY, e.MinX, e.MaxY, e.MaxX}
                            : CoordinateExtent{e.MinX, e.MinY, e.MaxX, e.MaxY};
    if (const auto lonLat = gdal::epsgTraditional(4490)) {
        if (const auto ct = gdal::transformation(srs, *lonLat)) {
            double xs[] = {facts.extent.minX, facts.extent.maxX, facts.extent.minX, facts.extent.maxX};
            double ys[] = {facts.extent.minY, facts.extent.minY, facts.extent.maxY, facts.extent.maxY};
            int ok[] = {FALSE, FALSE, FALSE, FALSE};
            if (ct->Transform(4, xs, ys, nullptr, ok) && ok[0] && ok[1] && ok[2] && ok[3])
                facts.lonLat = CoordinateExtent{*std::min_element(xs, xs + 4), *std::min_element(ys, ys + 4),
                                                *std::max_element(xs, xs + 4), *std::max_element(ys, ys + 4)};
        }
    }
    return diagnoseCrs(facts);
}

// GDAL's own words for the load result: the first few of each layer, then how many more.
constexpr int kGdalMessagesKept = 10;

void appendGdalMessages(QList<gdal::CplMessage> messages, const QString& where, QStringList& warnings) {
    for (int i = 0; i < messages.size() && i < kGdalMessagesKept; ++i)
        warnings.append(QStringLiteral("%1: GDAL: %2").arg(where, messages[i].text));
    if (messages.size() > kGdalMessagesKept)
        warnings.append(QCoreApplication::translate("luming::Geo", "%1: GDAL: %2 more messages")
                            .arg(where)
                            .arg(messages.size() - kGdalMessagesKept));
}

// The preview window (target metres) in the layer's own coordinates, padded for a web datum's shift.
// Empty when the window is empty or cannot be placed (then the layer is read from its start).
QRectF windowInSource(const QRectF& windowM, const OGRSpatialReference& target,
                      const OGRSpatialReference& srs, bool swapAxes) {
    if (windowM.isEmpty())
        return {};
    const QRectF padded = windowM.adjusted(-1000, -1000, 1000, 1000);
    double x0 = padded.left(), y0 = padded.top(), x1 = padded.right(), y1 = padded.bottom();
    if (!srs.IsSame(&target)) {
        const gdal::CoordinateTransformationPtr back = gdal::transformation(target, srs);
        double bx0 = 0, by0 = 0, bx1 = 0, by1 = 0;
        if (!back || !back->TransformBounds(x0, y0, x1, y1, &bx0, &by0, &bx1, &by1, 21))
            return {};
        x0 = bx0, y0 = by0, x1 = bx1, y1 = by1;
    }
    if (swapAxes) // the file holds (y, x)
        return QRectF(QPointF(y0, x0), QPointF(y1, x1));
    return QRectF(QPointF(x0, y0), QPointF(x1, y1));
}

// A whole read, or a preview: the window's features, at most `remaining` of them.
struct PreviewLimits {
    QRectF windowM;
    std::int64_t remaining = 0;
};

LayerLoadResult readVectorLayers(const LayerLoadOptions& options, std::optional<PreviewLimits> preview,
                                 Feedback* feedback);

} // namespace

LayerLoadResult loadVectorLayers(const LayerLoadOptions& options, Feedback* feedback) {
    return readVectorLayers(options, std::nullopt, feedback);
}

LayerLoadResult loadVectorPreview(const LayerLoadOptions& options, Feedback* feedback) {
    return readVectorLayers(
        options, PreviewLimits{options.previewWindow, std::max<std::int64_t>(0, options.previewBudget)},
        feedback);
}

bool LayerLoadResult::needsCrsDecision() const {
    for (const LayerReadReport& r : reports)
        if (!r.crs.ok())
            return true;
    return false;
}

namespace {

LayerLoadResult readVectorLayers(const LayerLoadOptions& options, std::optional<PreviewLimits> preview,
                                 Feedback* feedback) {
    LayerLoadResult result;
    result.preview = preview.has_value();
    if (isCanceled(feedback)) {
        result.cancelled = true;
        return result;
    }
    const QString file = QFileInfo(options.path).fileName();
    // A bomb is refused before GDAL unpacks a byte of it.
    if (const QString refused = checkArchive(options.path); !refused.isEmpty()) {
        result.error = refused;
        return result;
    }
    gdal::CplErrorCollector errors;

    // A shapefile named directly: its encoding is settled before opening (GDAL's ENCODING option).
    const std::optional<EncodingGuess> pathEncoding =
        isShapefilePath(options.path) ? guessDbfEncoding(options.path, options.encoding) : std::nullopt;
    const gdal::DatasetPtr ds =
        gdal::openVector(options.path, gdal::OpenMode::ReadOnly, {}, encodingOption(pathEncoding));
    if (!ds) {
        const QString why = errors.describe();
        result.error = QCoreApplication::translate("luming::Geo", "Cannot open %1 as a vector file%2")
                           .arg(options.path, why.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(why));
        return result;
    }
    appendGdalMessages(errors.popErrors(), file, result.warnings);
    // A folder or archive of shapefiles: each layer is reopened alone with its own .dbf's encoding.
    const bool shapefiles =
        !pathEncoding && ds->GetDriver() && EQUAL(ds->GetDriver()->GetDescription(), "ESRI Shapefile");

    std::optional<OGRSpatialReference> target;
    int targetEpsg = options.targetEpsg;
    if (targetEpsg != 0 && !(target = gdal::epsgTraditional(targetEpsg))) {
        result.error = QCoreApplication::translate("luming::Geo", "PROJ does not know EPSG:%1 (%2)")
                           .arg(targetEpsg)
                           .arg(errors.describe());
        return result;
    }

    std::vector<OGRLayer*> layers;
    for (OGRLayer* layer : ds->GetLayers()) {
        if (!options.layerName.isEmpty() && QString::fromUtf8(layer->GetName()) != options.layerName)
            continue;
        if (layer->GetGeomType() == wkbNone)
            continue;
        layers.push_back(layer);
    }
    if (layers.empty()) {
        result.error =
            options.layerName.isEmpty()
                ? QCoreApplication::translate("luming::Geo", "%1 has no layer with geometry")
                      .arg(options.path)
                : QCoreApplication::translate("luming::Geo", "%1 has no layer named %2 with geometry")
                      .arg(options.path, options.layerName);
        return result;
    }

    std::int64_t total = 0;
    if (!preview) // a preview sets no progress
        for (OGRLayer* layer : layers)
            total += std::max<GIntBig>(0, layer->GetFeatureCount(TRUE));
    std::int64_t done = 0;

    for (OGRLayer* declaredLayer : layers) {
        LayerReadReport report;
        report.file = file;
        report.layer = QString::fromUtf8(declaredLayer->GetName());
        const QString where =
            QCoreApplication::translate("luming::Geo", "%1: layer %2").arg(file, report.layer);
        OGRLayer* layer = declaredLayer;
        gdal::DatasetPtr own; // the layer's own dataset when reopened with its encoding
        report.encoding = pathEncoding;
        if (shapefiles) {
            if (const QString dbf = dbfOfLayer(*ds, report.layer); !dbf.isEmpty()) {
                report.encoding = guessDbfEncoding(dbf, options.encoding);
                own = gdal::openVector(dbf, gdal::OpenMode::ReadOnly, {QStringLiteral("ESRI Shapefile")},
                                       encodingOption(report.encoding));
                if (own && own->GetLayerCount() == 1)
                    layer = own->GetLayer(0);
            }
        }
        if (report.encoding && report.encoding->deservesWarning())
            result.warnings.append(QStringLiteral("%1: %2").arg(where, report.encoding->describe()));

        report.featuresInLayer = layer->GetFeatureCount(TRUE);
        const auto srs = sourceCrs(*layer, options, targetEpsg, result.warnings, file);
        if (srs && !target) {
            targetEpsg = zoneOfLayer(*layer, *srs, options.swapAxes);
            // A layer no zone fits is one the CRS check below will question (swapped axes, metres in
            // degrees): it is built as declared in the zone of China's central meridian, 105°E, so that
            // "draw anyway" needs no reload; answering the question reloads it in its own zone.
            if (targetEpsg == 0)
                targetEpsg = 4544;
            target = gdal::epsgTraditional(targetEpsg);
            if (!target) {
                result.error =
                    QCoreApplication::translate(
                        "luming::Geo", "%1: no Gauss–Krüger zone of China fits the layer's position; "
                                       "nothing to draw it in")
                        .arg(where);
                return result;
            }
        }
        if (!srs) {
            result.warnings.append(
                QCoreApplication::translate("luming::Geo", "%1: unknown coordinate system %2; layer skipped")
                    .arg(where, options.crsOverride.isEmpty() ? options.fallbackCrs : options.crsOverride));
            result.reports.append(report);
            continue;
        }
        report.crs = checkCrs(*layer, *srs, options.swapAxes, file);
        if (!report.crs.ok())
            result.warnings.append(QStringLiteral("%1: %2").arg(where, report.crs.message));
        gdal::CoordinateTransformationPtr ct;
        if (!srs->IsSame(&*target)) {
            ct = gdal::transformation(*srs, *target);
            if (!ct) {
                result.warnings.append(QCoreApplication::translate(
                                           "luming::Geo", "%1 cannot be reprojected to EPSG:%3 (%2); skipped")
                                           .arg(where, errors.describe())
                                           .arg(targetEpsg));
                result.reports.append(report);
                continue;
            }
        }
        appendGdalMessages(errors.popErrors(), where, result.warnings);
        if (preview) {
            // Without an index a window costs a scan of the whole file: the whole read draws it.
            if (!layer->TestCapability(OLCFastSpatialFilter)) {
                result.warnings.append(
                    QCoreApplication::translate("luming::Geo", "%1: no spatial index; drawn once read whole")
                        .arg(where));
                result.reports.append(report);
                continue;
            }
            report.preview = true;
            if (const QRectF w = windowInSource(preview->windowM, *target, *srs, options.swapAxes);
                !w.isEmpty())
                layer->SetSpatialFilterRect(w.left(), w.top(), w.right(), w.bottom());
        }
        const int labelField = labelFieldIndex(*layer, options.labelField, result.warnings, file);
        const std::optional<WidthField> widthField =
            widthFieldOf(*layer, options.widthField, result.warnings, file);
        const OGRFeatureDefn* defn = layer->GetLayerDefn();
        for (int i = 0; i < defn->GetFieldCount(); ++i)
            report.fields << QString::fromUtf8(defn->GetFieldDefn(i)->GetNameRef());
        report.labelField = report.fields.value(labelField);
        report.widthField = widthField ? report.fields.value(widthField->index) : QString();
        SceneLayerBuilder builder(layers.size() == 1 ? file : file + QStringLiteral(" — ") + report.layer,
                                  options.path);
        // The web datum's shift is in lon/lat: only a geographic layer can be shifted back.
        GeometryReader reader(builder, ct.get(), options.swapAxes,
                              srs->IsGeographic() ? options.fromWebDatum : WebDatum::None);
        QList<gdal::CplMessage> layerMessages;
        layer->ResetReading();
        for (;;) {
            if (preview && report.featuresReturned >= preview->remaining)
                break;
            if ((++done & 4095) == 0) {
                if (isCanceled(feedback)) {
                    result.cancelled = true;
                    result.layers.clear();
                    return result;
                }
                if (total > 0 && !preview)
                    setProgress(feedback, std::min(99.0, 100.0 * static_cast<double>(done) / total));
            }
            const gdal::FeaturePtr feature(layer->GetNextFeature());
            // Whatever GDAL raised while handing out this feature (a corrupt record, a bad geometry).
            const QList<gdal::CplMessage> raised = errors.popErrors();
            bool failed = false;
            for (const gdal::CplMessage& m : raised) {
                failed = failed || m.isFailure();
                report.gdalErrors += m.isFailure() ? 1 : 0;
            }
            layerMessages += raised;
            if (!feature)
                break;
            ++report.featuresReturned;
            const OGRGeometry* geometry = feature->GetGeometryRef();
            const QString label = labelField >= 0 && feature->IsFieldSetAndNotNull(labelField)
                                      ? QString::fromUtf8(feature->GetFieldAsString(labelField))
                                      : QString();
            if (!geometry || geometry->IsEmpty()) {
                ++(failed ? report.unreadableGeometry : report.noGeometry);
                continue;
            }
            const double widthM =
                widthField && feature->IsFieldSetAndNotNull(widthField->index)
                    ? widthFromValue(widthField->kind,
                                     QString::fromUtf8(feature->GetFieldAsString(widthField->index)))
                    : 0.0;
            const std::int64_t begun = builder.featureCount();
            const bool drawable = reader.read(*geometry, label, widthM);
            if (builder.featureCount() > begun)
                builder.setSourceFid(feature->GetFID()); // identify and the table find it by this
            if (!drawable) {
                ++report.unreadableGeometry;
                continue;
            }
            ++report.featuresRead;
        }
        appendGdalMessages(layerMessages, where, result.warnings);
        if (preview)
            preview->remaining -= report.featuresReturned;
        else if (!report.complete())
            result.warnings.append(QStringLiteral("%1: %2").arg(where, report.summary()));
        result.featuresRead += report.featuresRead;
        result.featuresSkipped += report.featuresReturned - report.featuresRead;
        std::shared_ptr<const SceneLayer> built = builder.build();
        report.sceneLayerId = built->id();
        result.reports.append(report);
        result.layers.append(std::move(built));
    }
    if (isCanceled(feedback)) { // asked after the last poll: still nothing reported as read
        result.cancelled = true;
        result.layers.clear();
        return result;
    }
    if (preview) // the whole read that follows tells the rest
        return result;
    if (feedback) {
        for (const QString& w : result.warnings)
            feedback->pushWarning(w);
        feedback->setProgress(100);
    }
    if (result.layers.isEmpty() && result.error.isEmpty())
        result.error = QCoreApplication::translate("luming::Geo", "Nothing could be read from %1: %2")
                           .arg(options.path, result.warnings.join(QStringLiteral("; ")));
    return result;
}

} // namespace

} // namespace luming
