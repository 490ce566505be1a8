// Opening, creating and closing datasets, after GDAL's drivers are registered (once per process).
// Private: include only from .cpp files.
#pragma once

#include "gdal/gdal_raii_p.h"

#include <QStringList>

namespace luming::gdal {

// GDALAllRegister, exactly once however many threads ask.
void registerDrivers();

enum class OpenMode { ReadOnly, Update };

// Opens a vector dataset. `allowedDrivers` empty: any driver; else only those (a file another driver
// would read is refused). `openOptions` as "KEY=VALUE". Registers the drivers first.
[[nodiscard]] DatasetPtr openVector(const QString& file, OpenMode mode,
                                    const QStringList& allowedDrivers = {},
                                    const QStringList& openOptions = {});

// A GeoPackage and nothing else.
[[nodiscard]] DatasetPtr openGpkg(const QString& file, OpenMode mode);

// A new vector dataset with `driver` ("GPKG", "ESRI Shapefile", ...); nullptr when the driver is missing
// or creation fails (GDAL's words go to the collector).
[[nodiscard]] DatasetPtr createVector(const QString& driver, const QString& file,
                                      const QStringList& creationOptions = {});

// GDAL 3.6's GDALClose returns nothing: close explicitly, then ask whether closing failed (a writer
// flushes on close). Call with a CplErrorCollector alive; false when closing raised a failure.
[[nodiscard]] bool closeAndCheck(DatasetPtr& dataset);

} // namespace luming::gdal
