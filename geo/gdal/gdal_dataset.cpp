#include "gdal/gdal_dataset_p.h"

#include <mutex>

namespace luming::gdal {

void registerDrivers() {
    static std::once_flag once;
    std::call_once(once, [] { GDALAllRegister(); });
}

DatasetPtr openVector(const QString& file, OpenMode mode, const QStringList& allowedDrivers,
                      const QStringList& openOptions) {
    registerDrivers();
    const CPLStringList drivers = toCpl(allowedDrivers);
    const CPLStringList options = toCpl(openOptions);
    const unsigned flags = GDAL_OF_VECTOR | (mode == OpenMode::Update ? GDAL_OF_UPDATE : GDAL_OF_READONLY);
    return DatasetPtr(GDALDataset::Open(path(file).constData(), flags,
                                        allowedDrivers.isEmpty() ? nullptr : drivers.List(),
                                        openOptions.isEmpty() ? nullptr : options.List(), nullptr));
}

DatasetPtr openGpkg(const QString& file, OpenMode mode) {
    return openVector(file, mode, {QStringLiteral("GPKG")});
}

DatasetPtr createVector(const QString& driverName, const QString& file, const QStringList& creationOptions) {
    registerDrivers();
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName(driverName.toUtf8().constData());
    if (!driver)
        return nullptr;
    const CPLStringList options = toCpl(creationOptions);
    return DatasetPtr(driver->Create(path(file).constData(), 0, 0, 0, GDT_Unknown,
                                     creationOptions.isEmpty() ? nullptr : options.List()));
}

bool closeAndCheck(DatasetPtr& dataset) {
    CPLErrorReset();
    dataset.reset();
    return CPLGetLastErrorType() != CE_Failure && CPLGetLastErrorType() != CE_Fatal;
}

} // namespace luming::gdal
