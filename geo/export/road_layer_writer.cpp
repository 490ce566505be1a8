#include "export/road_layer_writer.h"

#include "export/field_dictionary.h"
#include "gdal/cpl_error_collector_p.h"
#include "gdal/esri_prj_p.h"
#include "gdal/gdal_dataset_p.h"
#include "gdal/ogr_conversion_p.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace luming {

using gdal::CplErrorCollector;

namespace {

OGRFieldType ogrType(ExportFieldType type) {
    switch (type) {
    case ExportFieldType::String:
        return OFTString;
    case ExportFieldType::Integer:
        return OFTInteger;
    case ExportFieldType::Real:
        return OFTReal;
    }
    return OFTString;
}

void setValue(OGRFeature& feature, int index, ExportFieldType type, const QVariant& value) {
    if (value.isNull()) {
        feature.SetFieldNull(index);
        return;
    }
    switch (type) {
    case ExportFieldType::String:
        feature.SetField(index, value.toString().toUtf8().constData());
        break;
    case ExportFieldType::Integer:
        feature.SetField(index, value.toInt());
        break;
    case ExportFieldType::Real:
        feature.SetField(index, value.toDouble());
        break;
    }
}

using Status = RoadLayerWriteOutcome::Status;

RoadLayerWriteOutcome failed(const QString& error, const CplErrorCollector& errors) {
    RoadLayerWriteOutcome out;
    out.status = Status::Failed;
    out.error = error;
    const QString gdal = errors.describe();
    if (!gdal.isEmpty())
        out.error += QStringLiteral(" (%1)").arg(gdal);
    out.warnings = errors.warnings();
    return out;
}

} // namespace

RoadLayerWriteOutcome writeRoadLayer(const RoadLayerWrite& request, const QList<RoadRow>& rows) {
    gdal::registerDrivers();
    CplErrorCollector errors;
    const QString file =
        QDir::toNativeSeparators(request.shownPath.isEmpty() ? request.file : request.shownPath);
    const ExportFormatProfile& profile = request.profile;

    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName(profile.driver.toUtf8().constData());
    if (!driver)
        return failed(QCoreApplication::translate("luming::Geo", "GDAL has no %1 driver").arg(profile.driver),
                      errors);

    OGRSpatialReference source;
    OGRSpatialReference target;
    const int targetEpsg = exportCrsEpsg(request.crs, request.regionEpsg);
    if (!gdal::setEpsgTraditional(source, 4490) || !gdal::setEpsgTraditional(target, targetEpsg))
        return failed(
            QCoreApplication::translate("luming::Geo", "PROJ does not know EPSG:%1").arg(targetEpsg), errors);
    gdal::CoordinateTransformationPtr transform;
    if (targetEpsg != 4490) {
        transform = gdal::transformation(source, target);
        if (!transform)
            return failed(
                QCoreApplication::translate("luming::Geo", "no PROJ transformation from EPSG:4490 to EPSG:%1")
                    .arg(targetEpsg),
                errors);
    }

    gdal::DatasetPtr dataset = gdal::createVector(profile.driver, request.file, profile.datasetOptions);
    if (!dataset || errors.hasFailure())
        return failed(QCoreApplication::translate("luming::Geo", "cannot create %1").arg(file), errors);

    CPLStringList layerOptions = gdal::toCpl(profile.layerOptions);
    OGRLayer* layer = dataset->CreateLayer(request.layerName.toUtf8().constData(), &target, wkbLineString,
                                           layerOptions.List());
    if (!layer || errors.hasFailure())
        return failed(QCoreApplication::translate("luming::Geo", "cannot create layer %1 in %2")
                          .arg(request.layerName, file),
                      errors);

    const bool shapefile = profile.asciiFieldNames;
    QList<const ExportField*> fields;
    for (const ExportField& field : roadExportFields())
        if (profile.writes(field))
            fields.append(&field);
    QList<int> fieldIndex;
    for (const ExportField* written : fields) {
        const ExportField& field = *written;
        const QByteArray name = profile.fieldName(field).toUtf8();
        OGRFieldDefn defn(name.constData(), ogrType(field.type));
        if (shapefile) {
            defn.SetWidth(field.type == ExportFieldType::String ? request.stringWidths.value(field.code, 1)
                                                                : field.width);
            defn.SetPrecision(field.precision);
        }
        // approxOK = false: a driver that would launder the name must fail instead.
        if (layer->CreateField(&defn, FALSE) != OGRERR_NONE)
            return failed(QCoreApplication::translate("luming::Geo", "cannot create field %1 in %2")
                              .arg(QString::fromUtf8(name), file),
                          errors);
        const int index = layer->GetLayerDefn()->GetFieldIndex(name.constData());
        if (index < 0)
            return failed(QCoreApplication::translate("luming::Geo", "field %1 was renamed by GDAL in %2")
                              .arg(QString::fromUtf8(name), file),
                          errors);
        fieldIndex.append(index);
    }
    if (errors.hasFailure())
        return failed(QCoreApplication::translate("luming::Geo", "cannot create the fields of %1").arg(file),
                      errors);

    const bool transaction =
        dataset->TestCapability(ODsCTransactions) && dataset->StartTransaction(FALSE) == OGRERR_NONE;
    if (errors.hasFailure())
        return failed(QCoreApplication::translate("luming::Geo", "cannot start writing %1").arg(file),
                      errors);
    const int total = static_cast<int>(rows.size());
    for (int i = 0; i < total; ++i) {
        if (isCanceled(request.feedback)) {
            RoadLayerWriteOutcome out;
            out.status = Status::Cancelled;
            return out; // the dataset is discarded with the staging folder
        }
        const RoadRow& row = rows.at(i);
        OGRFeatureUniquePtr feature(OGRFeature::CreateFeature(layer->GetLayerDefn()));
        for (int f = 0; f < fields.size(); ++f)
            setValue(*feature, fieldIndex.at(f), fields.at(f)->type, profile.value(*fields.at(f), row));
        if (row.hasLine()) {
            std::unique_ptr<OGRLineString> line = gdal::toOgrLine(row.geometry->points);
            if (transform && line->transform(transform.get()) != OGRERR_NONE)
                return failed(QCoreApplication::translate("luming::Geo",
                                                          "%1: its line cannot be transformed to EPSG:%2")
                                  .arg(row.label())
                                  .arg(targetEpsg),
                              errors);
            if (feature->SetGeometryDirectly(line.release()) != OGRERR_NONE)
                return failed(QCoreApplication::translate("luming::Geo", "%1: its line does not fit layer %2")
                                  .arg(row.label(), request.layerName),
                              errors);
        }
        if (layer->CreateFeature(feature.get()) != OGRERR_NONE || errors.hasFailure())
            return failed(
                QCoreApplication::translate("luming::Geo", "cannot write %1 to %2").arg(row.label(), file),
                errors);
        setProgress(request.feedback, kWritingShare * (i + 1) / total);
    }
    if (transaction && dataset->CommitTransaction() != OGRERR_NONE)
        return failed(
            QCoreApplication::translate("luming::Geo", "cannot commit the features to %1").arg(file), errors);

    if (!gdal::closeAndCheck(dataset) || errors.hasFailure())
        return failed(
            QCoreApplication::translate("luming::Geo", "GDAL reported an error while closing %1").arg(file),
            errors);

    if (profile.writesPrj) {
        const QString prjPath =
            QFileInfo(request.file)
                .dir()
                .filePath(QFileInfo(request.file).completeBaseName() + QStringLiteral(".prj"));
        if (!gdal::writeEsriPrj(target, prjPath))
            return failed(QCoreApplication::translate("luming::Geo", "cannot write %1")
                              .arg(QDir::toNativeSeparators(prjPath)),
                          errors);
    }

    RoadLayerWriteOutcome out;
    out.status = Status::Written;
    out.warnings = errors.warnings();
    return out;
}

} // namespace luming
