// `luming export SRC -f shp|gpkg|geojson|kml|csv [--crs EPSG:…] [--encoding UTF-8|GBK] -o PATH`
#pragma once

#include <QStringList>

namespace luming::cli {

int runExport(const QStringList& args);

} // namespace luming::cli
