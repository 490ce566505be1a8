#include "export/dbf_text_check.h"
#include "export/dbf_value.h"
#include "export/layer_copy_p.h"
#include "gdal/cpl_error_collector_p.h"
#include "gdal/esri_prj_p.h"
#include "gdal/gdal_dataset_p.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <algorithm>

namespace luming {

namespace {

// Cancel is polled and progress reported once per this many features: often enough for a prompt
// Ctrl-C (a few milliseconds), rarely enough to cost nothing.
constexpr qint64 kPollEvery = 4096;
// Values kept for the read-back check: spread over the whole layer.
constexpr qint64 kSamples = 200;

double share(qint64 done, qint64 expected, double from, double to) {
    return expected > 0 ? from + (to - from) * std::min(1.0, double(done) / double(expected)) : from;
}

using Status = LayerCopyOutcome::Status;

LayerCopyOutcome failed(const QString& error, const gdal::CplErrorCollector& errors) {
    LayerCopyOutcome out;
    out.error = error;
    if (const QString gdal = errors.describe(); !gdal.isEmpty())
        out.error += QStringLiteral(" (%1)").arg(gdal);
    out.warnings = errors.warnings();
    return out;
}

// The dBase end-of-file mark (0x1A) after the last record, as shapelib writes it when left to.
bool appendDbfEndOfFile(const QString& shapefile) {
    const QFileInfo info(shapefile);
    QFile dbf(info.dir().filePath(info.completeBaseName() + QStringLiteral(".dbf")));
    return dbf.open(QIODevice::Append) && dbf.write("\x1a", 1) == 1 && dbf.flush();
}

} // namespace

DbfTextScan scanDbfText(OGRLayer& layer, const QString& layerLabel, const QStringList& codes,
                        ShapefileEncoding encoding, qint64 expected, Feedback* feedback) {
    DbfTextScan scan;
    OGRFeatureDefn* defn = layer.GetLayerDefn();
    const int fieldCount = defn->GetFieldCount();
    QList<int> textFields;
    for (int i = 0; i < fieldCount; ++i) {
        const OGRFieldDefn* field = defn->GetFieldDefn(i);
        const bool text = field->GetType() == OFTString;
        // A declared width is room the source keeps for editing: kept, as the roads' field table does.
        scan.widths.append(text ? std::clamp(field->GetWidth(), 1, kDbfMaxFieldBytes) : 0);
        if (text)
            textFields.append(i);
    }
    // Only the text is needed: GDAL then skips decoding geometries and the other fields.
    CPLStringList ignored;
    ignored.AddString("OGR_GEOMETRY");
    for (int i = 0; i < fieldCount; ++i)
        if (!textFields.contains(i))
            ignored.AddString(defn->GetFieldDefn(i)->GetNameRef());
    layer.SetIgnoredFields(const_cast<const char**>(ignored.List()));
    DbfTextFit fit(encoding);
    qint64 done = 0;
    layer.ResetReading();
    for (const auto& feature : layer) {
        if (done % kPollEvery == 0) {
            if (isCanceled(feedback)) {
                scan.cancelled = true;
                break;
            }
            setProgress(feedback, share(done, expected, 0, kLayerScanShare));
        }
        ++done;
        for (const int i : textFields) {
            if (!feature->IsFieldSetAndNotNull(i))
                continue;
            int bytes = 0;
            if (const QString problem = fit.problemUtf8(feature->GetFieldAsString(i), &bytes);
                !problem.isEmpty()) {
                scan.error =
                    QCoreApplication::translate("luming::Geo", "%1 feature %2: %3 (%4) %5")
                        .arg(layerLabel)
                        .arg(feature->GetFID())
                        .arg(QString::fromUtf8(defn->GetFieldDefn(i)->GetNameRef()), codes.at(i), problem);
                break;
            }
            scan.widths[i] = std::max(scan.widths[i], bytes);
        }
        if (!scan.error.isEmpty())
            break;
    }
    layer.SetIgnoredFields(nullptr);
    layer.ResetReading();
    return scan;
}

LayerCopyOutcome copyLayer(const LayerCopyRequest& request) {
    gdal::registerDrivers();
    gdal::CplErrorCollector errors;
    const QString shown = QDir::toNativeSeparators(request.shownPath);
    const ExportFormatProfile& profile = request.profile;
    OGRLayer& source = *request.source;
    OGRFeatureDefn* sourceDefn = source.GetLayerDefn();

    gdal::DatasetPtr dataset = gdal::createVector(profile.driver, request.file, profile.datasetOptions);
    if (!dataset || errors.hasFailure())
        return failed(QCoreApplication::translate("luming::Geo", "cannot create %1").arg(shown), errors);
    const bool shapefile = !profile.dbfCodec.isEmpty();
    CPLStringList layerOptions = gdal::toCpl(profile.layerOptions);
    // Shapelib writes the DBF's end-of-file mark after every record and seeks back over it for the next,
    // and each such seek makes the C library re-read a block: three system calls per feature. The mark
    // is written once, after the last record (appendDbfEndOfFile).
    if (shapefile)
        layerOptions.SetNameValue("DBF_EOF_CHAR", "NO");
    OGRSpatialReference* srs = request.targetSrs ? request.targetSrs->Clone() : nullptr;
    OGRLayer* layer =
        dataset->CreateLayer(request.layerName.toUtf8().constData(), srs,
                             wkbFlatten(source.GetGeomType()) == wkbNone ? wkbNone : source.GetGeomType(),
                             const_cast<char**>(layerOptions.List()));
    if (srs)
        srs->Release();
    if (!layer || errors.hasFailure())
        return failed(QCoreApplication::translate("luming::Geo", "cannot create layer %1 in %2")
                          .arg(request.layerName, shown),
                      errors);

    std::vector<int> fieldMap(static_cast<size_t>(sourceDefn->GetFieldCount()), -1);
    for (int i = 0; i < sourceDefn->GetFieldCount(); ++i) {
        OGRFieldDefn defn(sourceDefn->GetFieldDefn(i));
        const QByteArray name = request.fieldNames.at(i).toUtf8();
        defn.SetName(name.constData());
        if (shapefile && defn.GetType() == OFTString)
            defn.SetWidth(request.stringWidths.value(i, 1));
        // approxOK: a type the format lacks (a date-time in a DBF) is written as GDAL's nearest one.
        if (layer->CreateField(&defn, TRUE) != OGRERR_NONE)
            return failed(QCoreApplication::translate("luming::Geo", "cannot create field %1 in %2")
                              .arg(QString::fromUtf8(name), shown),
                          errors);
        fieldMap[static_cast<size_t>(i)] = layer->GetLayerDefn()->GetFieldIndex(name.constData());
        if (fieldMap[static_cast<size_t>(i)] < 0)
            return failed(QCoreApplication::translate("luming::Geo", "field %1 was renamed by GDAL in %2")
                              .arg(QString::fromUtf8(name), shown),
                          errors);
    }

    LayerCopyOutcome out;
    for (const int index : fieldMap) {
        const OGRFieldDefn* written = layer->GetLayerDefn()->GetFieldDefn(index);
        out.fields.append({written->GetType(), written->GetWidth(), written->GetPrecision()});
    }

    // One transaction for the whole layer where the format has them (a GeoPackage): one commit instead
    // of one per feature.
    const bool transaction =
        dataset->TestCapability(ODsCTransactions) && dataset->StartTransaction(FALSE) == OGRERR_NONE;
    if (errors.hasFailure())
        return failed(QCoreApplication::translate("luming::Geo", "cannot start writing %1").arg(shown),
                      errors);
    const qint64 sampleEvery = std::max<qint64>(1, request.expected / kSamples);
    const double from = shapefile ? kLayerScanShare : 0;
    const OGRFeatureUniquePtr written(OGRFeature::CreateFeature(layer->GetLayerDefn()));
    source.ResetReading();
    for (OGRFeatureUniquePtr feature(source.GetNextFeature()); feature;
         feature.reset(source.GetNextFeature())) {
        if (out.written % kPollEvery == 0) {
            if (isCanceled(request.feedback)) {
                out.status = Status::Cancelled;
                return out; // the dataset is discarded with the staging folder
            }
            setProgress(request.feedback, share(out.written, request.expected, from, kLayerWriteEnd));
        }
        written->Reset(); // one feature reused: no allocation per feature
        if (written->SetFieldsFrom(feature.get(), fieldMap.data(), TRUE) != OGRERR_NONE)
            return failed(
                QCoreApplication::translate("luming::Geo", "feature %1: its attributes do not fit %2")
                    .arg(feature->GetFID())
                    .arg(shown),
                errors);
        if (gdal::GeometryPtr g(feature->StealGeometry()); g) {
            if (request.transform && g->transform(request.transform) != OGRERR_NONE)
                return failed(
                    QCoreApplication::translate(
                        "luming::Geo", "feature %1: its geometry cannot be transformed to the target CRS")
                        .arg(feature->GetFID()),
                    errors);
            written->SetGeometryDirectly(g.release());
        } else {
            ++out.withoutGeometry;
        }
        if (layer->CreateFeature(written.get()) != OGRERR_NONE || errors.hasFailure())
            return failed(QCoreApplication::translate("luming::Geo", "cannot write feature %1 to %2")
                              .arg(feature->GetFID())
                              .arg(shown),
                          errors);
        if (request.sampleField >= 0 && out.written % sampleEvery == 0 && out.samples.size() < 2 * kSamples)
            out.samples.append({out.written, written->GetFID(), gdal::text(*feature, request.sampleField)});
        ++out.written;
    }
    if (errors.hasFailure())
        return failed(QCoreApplication::translate("luming::Geo", "cannot read the source layer"), errors);
    if (transaction && dataset->CommitTransaction() != OGRERR_NONE)
        return failed(
            QCoreApplication::translate("luming::Geo", "cannot commit the features to %1").arg(shown),
            errors);
    if (!gdal::closeAndCheck(dataset) || errors.hasFailure())
        return failed(
            QCoreApplication::translate("luming::Geo", "GDAL reported an error while closing %1").arg(shown),
            errors);
    if (shapefile && !appendDbfEndOfFile(request.file))
        return failed(QCoreApplication::translate("luming::Geo", "cannot finish the DBF of %1").arg(shown),
                      errors);
    if (profile.writesPrj && request.targetSrs) {
        const QFileInfo info(request.file);
        const QString prjPath = info.dir().filePath(info.completeBaseName() + QStringLiteral(".prj"));
        if (!gdal::writeEsriPrj(*request.targetSrs, prjPath))
            return failed(QCoreApplication::translate("luming::Geo", "cannot write %1")
                              .arg(QDir::toNativeSeparators(prjPath)),
                          errors);
    }
    setProgress(request.feedback, kLayerWriteEnd);
    out.status = Status::Written;
    out.warnings = errors.warnings();
    return out;
}

} // namespace luming
