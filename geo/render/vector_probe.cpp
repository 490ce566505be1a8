#include "render/vector_probe.h"

#include "gdal/cpl_error_collector_p.h"
#include "gdal/gdal_dataset_p.h"
#include "render/archive_guard.h"

namespace luming {

VectorProbe probeVectorFile(const QString& gdalPath) {
    VectorProbe probe;
    probe.refused = checkArchive(gdalPath);
    if (!probe.refused.isEmpty())
        return probe;
    const gdal::CplErrorCollector quiet; // a file GDAL cannot read is an answer here, not a warning
    const gdal::DatasetPtr ds = gdal::openVector(gdalPath, gdal::OpenMode::ReadOnly);
    if (!ds)
        return probe;
    probe.opened = true;
    if (GDALDriver* driver = ds->GetDriver())
        probe.driver = QString::fromUtf8(driver->GetDescription());
    for (OGRLayer* layer : ds->GetLayers())
        if (layer->GetGeomType() != wkbNone) {
            probe.hasGeometry = true;
            break;
        }
    return probe;
}

} // namespace luming
