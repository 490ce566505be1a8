#include "export/read_back_p.h"
#include "gdal/cpl_error_collector_p.h"

#include <QDir>

namespace luming {

ReadBack openReadBack(const QString& file, const QString& shownPath, const ExportFormatProfile& profile) {
    gdal::CplErrorCollector errors;
    const QString shown = QDir::toNativeSeparators(shownPath);
    ReadBack r;
    gdal::registerDrivers();
    if (!GetGDALDriverManager()->GetDriverByName(profile.rereadDriver.toUtf8().constData())) {
        r.error = QStringLiteral("GDAL has no %1 driver to read %2 back").arg(profile.rereadDriver, shown);
        return r;
    }
    r.dataset =
        gdal::openVector(file, gdal::OpenMode::ReadOnly, {profile.rereadDriver}, profile.rereadOpenOptions);
    if (!r.dataset) {
        r.error = QStringLiteral("%1 cannot be re-opened: %2").arg(shown, errors.describe());
        return r;
    }
    if (r.dataset->GetLayerCount() != 1) {
        r.error =
            QStringLiteral("%1 holds %2 layers instead of 1").arg(shown).arg(r.dataset->GetLayerCount());
        return r;
    }
    r.layer = r.dataset->GetLayer(0);
    return r;
}

} // namespace luming
