#include "export/read_back_p.h"
#include "gdal/cpl_error_collector_p.h"

#include <QCoreApplication>
#include <QDir>

namespace luming {

ReadBack openReadBack(const QString& file, const QString& shownPath, const ExportFormatProfile& profile) {
    ReadBack r;
    r.quiet = std::make_unique<gdal::CplErrorCollector>();
    gdal::CplErrorCollector errors; // this open's own words, for the message
    const QString shown = QDir::toNativeSeparators(shownPath);
    gdal::registerDrivers();
    if (!GetGDALDriverManager()->GetDriverByName(profile.rereadDriver.toUtf8().constData())) {
        r.error = QCoreApplication::translate("luming::Geo", "GDAL has no %1 driver to read %2 back")
                      .arg(profile.rereadDriver, shown);
        return r;
    }
    r.dataset =
        gdal::openVector(file, gdal::OpenMode::ReadOnly, {profile.rereadDriver}, profile.rereadOpenOptions);
    if (!r.dataset) {
        r.error = QCoreApplication::translate("luming::Geo", "%1 cannot be re-opened: %2")
                      .arg(shown, errors.describe());
        return r;
    }
    if (r.dataset->GetLayerCount() != 1) {
        r.error = QCoreApplication::translate("luming::Geo", "%1 holds %2 layers instead of 1")
                      .arg(shown)
                      .arg(r.dataset->GetLayerCount());
        return r;
    }
    r.layer = r.dataset->GetLayer(0);
    return r;
}

ReadBack readBackCount(const QString& file, const QString& shownPath, const ExportFormatProfile& profile,
                       qint64 written) {
    ReadBack r = openReadBack(file, shownPath, profile);
    if (!r.layer)
        return r;
    if (const GIntBig count = r.layer->GetFeatureCount(TRUE); count != written) {
        r.error = QCoreApplication::translate("luming::Geo", "%1 holds %2 features after writing %3")
                      .arg(QDir::toNativeSeparators(shownPath))
                      .arg(count)
                      .arg(written);
        r.layer = nullptr;
    }
    return r;
}

} // namespace luming
