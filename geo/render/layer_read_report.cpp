#include "render/layer_read_report.h"

#include <QCoreApplication>
#include <QStringList>
#include <algorithm>

namespace luming {

bool LayerReadReport::complete() const {
    const std::int64_t expected = featuresInLayer >= 0 ? featuresInLayer : featuresReturned;
    return !preview && !cancelled && featuresRead == expected && gdalErrors == 0;
}

QString LayerReadReport::summary() const {
    const std::int64_t of = std::max(featuresInLayer, featuresReturned);
    QStringList parts;
    const QString read =
        QCoreApplication::translate("luming::Geo", "%1 of %2 features read").arg(featuresRead).arg(of);
    if (cancelled)
        parts << read + QStringLiteral(", cancelled");
    else if (preview)
        parts << read + QCoreApplication::translate("luming::Geo", " so far (the view first)");
    else
        parts << read;
    if (unreadableGeometry > 0)
        parts << QCoreApplication::translate("luming::Geo", "%1 had unreadable geometry")
                     .arg(unreadableGeometry);
    if (noGeometry > 0)
        parts << QCoreApplication::translate("luming::Geo", "%1 had no geometry").arg(noGeometry);
    const bool partRead = cancelled || preview; // the rest was never asked for: not missing
    if (!partRead && featuresMissing() > 0)
        parts << QCoreApplication::translate("luming::Geo", "%1 could not be read at all")
                     .arg(featuresMissing());
    if (featuresInLayer < 0)
        parts << QCoreApplication::translate("luming::Geo", "the layer does not say how many it holds");
    if (gdalErrors > 0 && (partRead || featuresMissing() == 0) && unreadableGeometry == 0)
        parts << QCoreApplication::translate("luming::Geo", "GDAL reported %1 error(s)").arg(gdalErrors);
    return parts.join(QStringLiteral("; "));
}

} // namespace luming
