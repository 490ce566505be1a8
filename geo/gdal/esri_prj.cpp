#include "gdal/esri_prj_p.h"

#include <QByteArray>
#include <QFile>
#include <cpl_conv.h>

namespace luming::gdal {

bool writeEsriPrj(const OGRSpatialReference& srs, const QString& path) {
    char* wkt = nullptr;
    const char* const options[] = {"FORMAT=WKT1_ESRI", nullptr};
    if (srs.exportToWkt(&wkt, options) != OGRERR_NONE || !wkt) {
        CPLFree(wkt);
        return false;
    }
    const QByteArray bytes(wkt);
    CPLFree(wkt);
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size() && f.flush();
}

} // namespace luming::gdal
