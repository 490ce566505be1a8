#include "render/layer_read_report.h"

#include <QStringList>
#include <algorithm>

namespace luming {

bool LayerReadReport::complete() const {
    const std::int64_t expected = featuresInLayer >= 0 ? featuresInLayer : featuresReturned;
    return featuresRead == expected && gdalErrors == 0;
}

QString LayerReadReport::summary() const {
    const std::int64_t of = std::max(featuresInLayer, featuresReturned);
    QStringList parts;
    parts << QStringLiteral("%1 of %2 features read").arg(featuresRead).arg(of);
    if (unreadableGeometry > 0)
        parts << QStringLiteral("%1 had unreadable geometry").arg(unreadableGeometry);
    if (noGeometry > 0)
        parts << QStringLiteral("%1 had no geometry").arg(noGeometry);
    if (featuresMissing() > 0)
        parts << QStringLiteral("%1 could not be read at all").arg(featuresMissing());
    if (featuresInLayer < 0)
        parts << QStringLiteral("the layer does not say how many it holds");
    if (gdalErrors > 0 && featuresMissing() == 0 && unreadableGeometry == 0)
        parts << QStringLiteral("GDAL reported %1 error(s)").arg(gdalErrors);
    return parts.join(QStringLiteral("; "));
}

} // namespace luming
