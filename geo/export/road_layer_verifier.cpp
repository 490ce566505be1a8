#include "export/road_layer_verifier.h"

#include "export/field_dictionary.h"
#include "export/read_back_p.h"
#include "gdal/cpl_error_collector_p.h"
#include "gdal/gdal_dataset_p.h"

#include <QDir>

namespace luming {

QString verifyRoadLayer(const QString& file, const QString& shownPath, const ExportFormatProfile& profile,
                        const QList<RoadRow>& rows) {
    const gdal::CplErrorCollector quiet; // GDAL's words while reading back stay off stderr
    const QString shown = QDir::toNativeSeparators(shownPath);
    const ReadBack back = openReadBack(file, shownPath, profile);
    if (!back.layer)
        return back.error;
    OGRLayer* layer = back.layer;

    const GIntBig count = layer->GetFeatureCount(TRUE);
    if (count != rows.size())
        return QStringLiteral("%1 holds %2 features after writing %3").arg(shown).arg(count).arg(rows.size());

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
            return QStringLiteral("%1 has no %2 field when read back")
                .arg(shown, profile.rereadFieldName(field));
    }

    layer->ResetReading();
    int i = 0;
    for (const auto& feature : *layer) {
        const RoadRow& row = rows.at(i++);
        const OGRGeometry* g = feature->GetGeometryRef();
        const bool hasGeometry = g && !g->IsEmpty();
        if (hasGeometry != row.hasLine())
            return QStringLiteral("%1: %2 reads back %3 geometry")
                .arg(shown, row.label(), hasGeometry ? "with" : "without");
        for (const Check& c : checks) {
            const QVariant expected = profile.value(*c.field, row);
            const QString actual = feature->IsFieldSetAndNotNull(c.index)
                                       ? QString::fromUtf8(feature->GetFieldAsString(c.index))
                                       : QString();
            if (actual != expected.toString())
                return QStringLiteral("%1: %2 %3 reads back as “%4”, expected “%5”")
                    .arg(shown, row.label(), profile.rereadFieldName(*c.field), actual, expected.toString());
        }
    }
    if (i != rows.size())
        return QStringLiteral("%1: only %2 of %3 features could be read back")
            .arg(shown)
            .arg(i)
            .arg(rows.size());
    return {};
}

} // namespace luming
