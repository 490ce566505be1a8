#include "export/layer_copy_p.h"
#include "export/read_back_p.h"
#include "gdal/gdal_dataset_p.h"

#include <QCoreApplication>
#include <QDir>

namespace luming {

namespace {

// Drivers whose FID after CreateFeature is the FID GetFeature finds on reading back.
bool fidsSurvive(const QString& driver) {
    return driver == QLatin1String("ESRI Shapefile") || driver == QLatin1String("GPKG");
}

} // namespace

QString verifyLayerCopy(const QString& file, const QString& shownPath, const ExportFormatProfile& profile,
                        const OGRSpatialReference* targetSrs, qint64 written, const QString& readBackField,
                        const QList<LayerSample>& samples) {
    const ReadBack back = readBackCount(file, shownPath, profile, written);
    if (!back.layer)
        return back.error;
    OGRLayer* layer = back.layer;
    const QString shown = QDir::toNativeSeparators(shownPath);
    const OGRSpatialReference* srs = layer->GetSpatialRef();
    const char* const sameness[] = {"IGNORE_DATA_AXIS_TO_SRS_AXIS_MAPPING=YES", nullptr};
    if (targetSrs && (!srs || !srs->IsSame(targetSrs, sameness)))
        return QCoreApplication::translate("luming::Geo",
                                           "%1 reads back in another CRS (%2) than it was written in (%3)")
            .arg(shown,
                 srs ? QString::fromUtf8(srs->GetName()) : QCoreApplication::translate("luming::Geo", "none"),
                 QString::fromUtf8(targetSrs->GetName()));
    if (samples.isEmpty())
        return {};

    const int index = layer->GetLayerDefn()->GetFieldIndex(readBackField.toUtf8().constData());
    if (index < 0)
        return QCoreApplication::translate("luming::Geo", "%1 has no %2 field when read back")
            .arg(shown, readBackField);
    const auto mismatch = [&](const LayerSample& s, const QString& actual) {
        return QCoreApplication::translate("luming::Geo",
                                           "%1: feature %2 %3 reads back as “%4”, expected “%5”")
            .arg(shown)
            .arg(s.ordinal + 1)
            .arg(readBackField, actual, s.value);
    };
    if (fidsSurvive(profile.rereadDriver)) {
        for (const LayerSample& s : samples) {
            const gdal::FeaturePtr feature(layer->GetFeature(s.fid));
            const QString actual = feature ? gdal::text(*feature, index) : QStringLiteral("(missing)");
            if (actual != s.value)
                return mismatch(s, actual);
        }
        return {};
    }
    // Text formats: one pass in written order (they are read whole into memory by their drivers anyway).
    qsizetype next = 0;
    qint64 ordinal = 0;
    for (const auto& feature : *layer) {
        if (next == samples.size())
            break;
        if (ordinal++ != samples.at(next).ordinal)
            continue;
        if (const QString actual = gdal::text(*feature, index); actual != samples.at(next).value)
            return mismatch(samples.at(next), actual);
        ++next;
    }
    if (next != samples.size())
        return QCoreApplication::translate("luming::Geo", "%1: only %2 features could be read back")
            .arg(shown)
            .arg(ordinal);
    return {};
}

} // namespace luming
