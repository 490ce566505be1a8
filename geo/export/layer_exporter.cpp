#include "export/layer_exporter.h"

#include "crs/gauss_kruger_zone.h"
#include "export/export_format_profile.h"
#include "export/export_target.h"
#include "export/field_dictionary.h"
#include "export/layer_copy_p.h"
#include "export/layer_field_codes.h"
#include "gdal/cpl_error_collector_p.h"
#include "gdal/gdal_dataset_p.h"
#include "gdal/name_field_p.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace luming {

namespace {

struct OpenedLayer {
    gdal::DatasetPtr dataset;
    OGRLayer* layer = nullptr;
    QString label; // "roads.gpkg layer roads", for messages
    QString error;
};

// Opens the source and applies the filters; `error` says why not, naming the file.
OpenedLayer openLayer(const LayerExportSource& source) {
    gdal::CplErrorCollector errors;
    OpenedLayer opened;
    const QString shown = QDir::toNativeSeparators(source.file);
    opened.dataset = gdal::openVector(source.file, gdal::OpenMode::ReadOnly);
    if (!opened.dataset) {
        opened.error =
            QCoreApplication::translate("luming::Geo", "%1 cannot be read as a vector layer%2")
                .arg(shown, errors.hasFailure() ? QStringLiteral(": ") + errors.describe() : QString());
        return opened;
    }
    GDALDataset& ds = *opened.dataset;
    if (!source.layer.isEmpty()) {
        opened.layer = ds.GetLayerByName(source.layer.toUtf8().constData());
        if (!opened.layer) {
            opened.error =
                QCoreApplication::translate("luming::Geo", "%1 has no layer %2").arg(shown, source.layer);
            return opened;
        }
    } else if (ds.GetLayerCount() == 1) {
        opened.layer = ds.GetLayer(0);
    } else {
        QStringList names;
        for (int i = 0; i < ds.GetLayerCount(); ++i)
            names.append(QString::fromUtf8(ds.GetLayer(i)->GetName()));
        opened.error = ds.GetLayerCount() == 0
                           ? QCoreApplication::translate("luming::Geo", "%1 holds no vector layer").arg(shown)
                           : QCoreApplication::translate("luming::Geo",
                                                         "%1 holds %2 layers (%3): name the one to export")
                                 .arg(shown)
                                 .arg(ds.GetLayerCount())
                                 .arg(names.join(QStringLiteral(", ")));
        return opened;
    }
    opened.label = QCoreApplication::translate("luming::Geo", "%1 layer %2")
                       .arg(shown, QString::fromUtf8(opened.layer->GetName()));
    if (!source.where.isEmpty() &&
        opened.layer->SetAttributeFilter(source.where.toUtf8().constData()) != OGRERR_NONE) {
        opened.error = QCoreApplication::translate("luming::Geo", "the filter “%1” does not apply to %2: %3")
                           .arg(source.where, opened.label, errors.describe());
        return opened;
    }
    if (source.bbox)
        opened.layer->SetSpatialFilterRect(source.bbox->left(), source.bbox->top(), source.bbox->right(),
                                           source.bbox->bottom());
    return opened;
}

// The layer's centre in CGCS2000 longitude, through PROJ when the layer is projected.
std::optional<double> centreLongitude(OGRLayer& layer) {
    const OGRSpatialReference* srs = layer.GetSpatialRef();
    OGREnvelope extent;
    if (!srs || layer.GetExtent(&extent, TRUE) != OGRERR_NONE)
        return std::nullopt;
    double x = (extent.MinX + extent.MaxX) / 2;
    double y = (extent.MinY + extent.MaxY) / 2;
    OGRSpatialReference from(*srs);
    from.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    const auto cgcs = gdal::epsgTraditional(4490);
    const gdal::CoordinateTransformationPtr toCgcs = cgcs ? gdal::transformation(from, *cgcs) : nullptr;
    if (!toCgcs || !toCgcs->Transform(1, &x, &y))
        return std::nullopt;
    return x;
}

int zoneOf(OGRLayer& layer) {
    const std::optional<double> lon = centreLongitude(layer);
    const auto zone = lon ? gaussKrugerZoneOf(*lon) : std::nullopt;
    return zone ? zone->epsg : 0;
}

QString crsCode(const OGRSpatialReference* srs) {
    if (!srs)
        return QCoreApplication::translate("luming::Geo", "no CRS");
    const char* authority = srs->GetAuthorityName(nullptr);
    const char* code = srs->GetAuthorityCode(nullptr);
    if (authority && code)
        return QStringLiteral("%1:%2").arg(QString::fromUtf8(authority), QString::fromUtf8(code));
    return QString::fromUtf8(srs->GetName());
}

ExportFieldType dictionaryFieldType(OGRFieldType type) {
    switch (type) {
    case OFTInteger:
    case OFTInteger64:
        return ExportFieldType::Integer;
    case OFTReal:
        return ExportFieldType::Real;
    default:
        return ExportFieldType::String;
    }
}

QByteArray layerDictionary(const OGRFeatureDefn& defn, const QStringList& codes,
                           const QList<WrittenField>& written, const QString& encodingName,
                           const QString& label) {
    QList<DictionaryEntry> entries;
    for (int i = 0; i < defn.GetFieldCount(); ++i) {
        const OGRFieldDefn* field = defn.GetFieldDefn(i);
        const WrittenField& w = written.at(i);
        entries.append({codes.at(i), QString::fromUtf8(field->GetNameRef()),
                        dictionaryType(dictionaryFieldType(w.type), w.width, w.precision, encodingName),
                        QStringLiteral("%1 的字段 %2").arg(label, QString::fromUtf8(field->GetNameRef()))});
    }
    return dictionaryCsv(entries);
}

} // namespace

bool opensAsVectorLayer(const QString& file) {
    const gdal::CplErrorCollector quiet;
    const gdal::DatasetPtr dataset = gdal::openVector(file, gdal::OpenMode::ReadOnly);
    return dataset && dataset->GetLayerCount() > 0;
}

int layerGaussKrugerEpsg(const LayerExportSource& source) {
    OpenedLayer opened = openLayer(source);
    return opened.layer && opened.error.isEmpty() ? zoneOf(*opened.layer) : 0;
}

ExportResult exportLayer(const LayerExportSource& source, const ExportOptions& options) {
    if (options.encoding == ShapefileEncoding::Gbk && options.format != ExportFormat::Shapefile)
        return exportFailure(QCoreApplication::translate(
                                 "luming::Geo", "the GBK encoding is for shapefiles only; %1 is always UTF-8")
                                 .arg(exportFormatProfile(options.format, options.encoding).description));
    OpenedLayer opened = openLayer(source);
    if (!opened.error.isEmpty())
        return exportFailure(opened.error);
    OGRLayer& layer = *opened.layer;
    OGRFeatureDefn& defn = *layer.GetLayerDefn();

    QStringList sourceNames;
    for (int i = 0; i < defn.GetFieldCount(); ++i)
        sourceNames.append(QString::fromUtf8(defn.GetFieldDefn(i)->GetNameRef()));
    const bool shapefile = options.format == ExportFormat::Shapefile;
    const QStringList fieldNames = shapefile ? dbfFieldCodes(sourceNames) : sourceNames;
    const int nameField = gdal::nameFieldIndex(defn);
    const ExportFormatProfile profile = layerExportFormatProfile(
        options.format, options.encoding, nameField >= 0 ? fieldNames.at(nameField) : QString());

    // The target CRS: asked for, or the layer's own (WGS 84 where the format allows only that).
    gdal::CplErrorCollector errors;
    const OGRSpatialReference* sourceSrs = layer.GetSpatialRef();
    std::optional<ExportCrs> asked = options.crs;
    if (!asked && profile.onlyCrs)
        asked = profile.onlyCrs;
    if (asked && profile.onlyCrs && *asked != *profile.onlyCrs)
        return exportFailure(QCoreApplication::translate(
                                 "luming::Geo", "%1 coordinates are WGS 84 longitude/latitude (EPSG:4326) by "
                                                "definition; leave --crs out or give EPSG:4326")
                                 .arg(profile.description));
    std::optional<OGRSpatialReference> targetSrs;
    if (sourceSrs) {
        targetSrs = *sourceSrs;
        targetSrs->SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    }
    gdal::CoordinateTransformationPtr transform;
    if (asked) {
        if (!sourceSrs)
            return exportFailure(
                QCoreApplication::translate("luming::Geo",
                                            "nothing written: %1 has no CRS, so its coordinates cannot be "
                                            "transformed to %2; export without --crs")
                    .arg(opened.label, exportCrsCode(*asked, 0)));
        const int zone = *asked == ExportCrs::Cgcs2000GaussKruger ? zoneOf(layer) : 0;
        const int epsg = exportCrsEpsg(*asked, zone);
        if (epsg == 0)
            return exportFailure(
                QCoreApplication::translate("luming::Geo", "nothing written: %1 lies outside the CGCS2000 3° "
                                                           "Gauss-Krüger zones (73.5°E–136.5°E)")
                    .arg(opened.label));
        targetSrs = gdal::epsgTraditional(epsg);
        if (!targetSrs)
            return exportFailure(QCoreApplication::translate("luming::Geo", "PROJ does not know EPSG:%1 (%2)")
                                     .arg(epsg)
                                     .arg(errors.describe()));
        OGRSpatialReference from(*sourceSrs);
        from.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        const char* const sameness[] = {"IGNORE_DATA_AXIS_TO_SRS_AXIS_MAPPING=YES", nullptr};
        if (!from.IsSame(&*targetSrs, sameness)) {
            transform = gdal::transformation(from, *targetSrs);
            if (!transform)
                return exportFailure(QCoreApplication::translate(
                                         "luming::Geo", "no PROJ transformation from %1 to EPSG:%2 (%3)")
                                         .arg(crsCode(sourceSrs))
                                         .arg(epsg)
                                         .arg(errors.describe()));
        }
    }

    QStringList sourceFiles;
    const CPLStringList sourceList(opened.dataset->GetFileList());
    for (int i = 0; i < sourceList.Count(); ++i)
        sourceFiles.append(QString::fromUtf8(sourceList[i]));
    ExportTarget target;
    if (auto refused = resolveExportTarget(
            options, profile,
            ExportSource{sourceFiles, QCoreApplication::translate("luming::Geo", "the layer is")}, &target))
        return *refused;

    const qint64 expected = layer.GetFeatureCount(TRUE);
    if (expected == 0)
        return exportFailure(
            QCoreApplication::translate("luming::Geo", "nothing to export: %1 has no feature%2")
                .arg(opened.label,
                     source.where.isEmpty() && !source.bbox
                         ? QString()
                         : QCoreApplication::translate("luming::Geo", " that the filter lets through")));

    // A DBF's text must fit its code page and 254 bytes, checked before anything is written: GDAL would
    // write '?' for a character GBK lacks, or cut a long value.
    QList<int> widths;
    if (shapefile) {
        const DbfTextScan scan =
            scanDbfText(layer, opened.label, fieldNames, options.encoding, expected, options.feedback);
        if (scan.cancelled)
            return exportCancelled(target.dir);
        if (!scan.error.isEmpty())
            return exportFailure(
                QCoreApplication::translate("luming::Geo", "nothing written: %1").arg(scan.error));
        widths = scan.widths;
    }

    ExportWorkspace workspace;
    if (auto failed = openExportWorkspace(target, options, &workspace))
        return *failed;

    LayerCopyRequest request;
    request.source = &layer;
    request.file = workspace.staging->path(target.fileName);
    request.shownPath = target.mainFile();
    request.layerName =
        options.format == ExportFormat::GeoPackage ? QString::fromUtf8(layer.GetName()) : target.base;
    request.profile = profile;
    request.targetSrs = targetSrs ? &*targetSrs : nullptr;
    request.transform = transform.get();
    request.fieldNames = fieldNames;
    request.stringWidths = widths;
    request.expected = expected;
    request.sampleField = nameField >= 0 ? nameField : [&defn] {
        for (int i = 0; i < defn.GetFieldCount(); ++i)
            if (defn.GetFieldDefn(i)->GetType() == OFTString)
                return i;
        return -1;
    }();
    request.feedback = options.feedback;
    const LayerCopyOutcome copied = copyLayer(request);
    if (copied.status == LayerCopyOutcome::Status::Cancelled)
        return exportCancelled(target.dir);
    if (copied.status != LayerCopyOutcome::Status::Written)
        return exportWriteFailure(
            QCoreApplication::translate("luming::Geo", "nothing written: %1").arg(copied.error), target.dir);

    const QString readBackField = request.sampleField < 0
                                      ? QString()
                                      : profile.rereadNames.value(fieldNames.at(request.sampleField),
                                                                  fieldNames.at(request.sampleField));
    QStringList files;
    if (auto unfinished = finishExport(
            *workspace.staging, target, options, profile,
            layerDictionary(defn, fieldNames, copied.fields, shapefileEncodingCode(options.encoding),
                            QFileInfo(source.file).fileName()),
            [&] {
                return verifyLayerCopy(request.file, request.shownPath, profile, request.targetSrs,
                                       copied.written, readBackField, copied.samples);
            },
            &files))
        return *unfinished;

    ExportResult r;
    r.status = ExportStatus::Written;
    r.crs = crsCode(request.targetSrs);
    r.featureCount = static_cast<int>(copied.written);
    r.withoutGeometry = static_cast<int>(copied.withoutGeometry);
    r.warnings = workspace.cleaned + copied.warnings;
    r.files = files;
    r.message =
        QCoreApplication::translate("luming::Geo", "wrote %1 features of %2 to %3 (%4, %5)")
            .arg(copied.written)
            .arg(opened.label, QDir::toNativeSeparators(target.mainFile()), profile.description, r.crs);
    if (shapefile)
        r.message +=
            QCoreApplication::translate("luming::Geo", "; field codes in %1_dictionary.csv").arg(target.base);
    return reportWritten(r, options);
}

} // namespace luming
