#include "export/road_layer_verifier.h"

#include "export/field_dictionary.h"
#include "export/read_back_p.h"
#include "gdal/gdal_dataset_p.h"

#include <QCoreApplication>
#include <QDir>

namespace luming {

QString verifyRoadLayer(const QString& file, const QString& shownPath, const ExportFormatProfile& profile,
                        const QList<RoadRow>& rows) {
    const ReadBack back = readBackCount(file, shownPath, profile, rows.size());
    if (!back.layer)
        return back.error;
    OGRLayer* layer = back.layer;
    const QString shown = QDir::toNativeSeparators(shownPath);

    // Text fields GDAL can read back, by their read-back index; the road name must be among them.
    struct Check {
        const ExportField* field;
        int index;
    };
    QList<Check> checks;
    OGRFeatureDefn* defn = layer->GetLayerDefn();
    for (const ExportField& field : roadExportFields()) {
        if (field.type != ExportFieldType::String || !profile.writes(field))
            continue;
        const int index = defn->GetFieldIndex(profile.rereadFieldName(field).toUtf8().constData());
        if (index >= 0)
            checks.append({&field, index});
        else if (&field == &roadNameField())
            return QCoreApplication::translate("luming::Geo", "%1 has no %2 field when read back")
                .arg(shown, profile.rereadFieldName(field));
    }

    layer->ResetReading();
    int i = 0;
    for (const auto& feature : *layer) {
        const RoadRow& row = rows.at(i++);
        const OGRGeometry* g = feature->GetGeometryRef();
        const bool hasGeometry = g && !g->IsEmpty();
        if (hasGeometry != row.hasLine())
            return (hasGeometry
                        ? QCoreApplication::translate("luming::Geo",
                                                      "%1: %2 reads back with a line it was written without")
                        : QCoreApplication::translate(
                              "luming::Geo", "%1: %2 reads back without the line it was written with"))
                .arg(shown, row.label());
        for (const Check& c : checks) {
            const QVariant expected = profile.value(*c.field, row);
            const QString actual = feature->IsFieldSetAndNotNull(c.index)
                                       ? QString::fromUtf8(feature->GetFieldAsString(c.index))
                                       : QString();
            if (actual != expected.toString())
                return QCoreApplication::translate("luming::Geo",
                                                   "%1: %2 %3 reads back as “%4”, expected “%5”")
                    .arg(shown, row.label(), profile.rereadFieldName(*c.field), actual, expected.toString());
        }
    }
    if (i != rows.size())
        return QCoreApplication::translate("luming::Geo", "%1: only %2 of %3 features could be read back")
            .arg(shown)
            .arg(i)
            .arg(rows.size());
    return {};
}

} // namespace luming
