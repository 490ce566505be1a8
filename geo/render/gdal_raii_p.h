// Private to geo/render: GDAL handles owned once, and GDAL's global error state turned into values.
// Never included from a public header.
#pragma once

#include <QString>
#include <QStringList>
#include <cpl_error.h>
#include <gdal_priv.h>
#include <memory>
#include <mutex>
#include <ogr_feature.h>
#include <ogr_geometry.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

namespace luming::detail {

struct CoordinateTransformationDeleter {
    void operator()(OGRCoordinateTransformation* ct) const { OGRCoordinateTransformation::DestroyCT(ct); }
};
using CoordinateTransformationPtr =
    std::unique_ptr<OGRCoordinateTransformation, CoordinateTransformationDeleter>;

inline void registerGdalOnce() {
    static std::once_flag once;
    std::call_once(once, [] { GDALAllRegister(); });
}

// Collects every CPL message raised on this thread while alive (GDAL's handler stack is per thread).
class ScopedCplErrors {
public:
    ScopedCplErrors() { CPLPushErrorHandlerEx(&ScopedCplErrors::handle, this); }
    ~ScopedCplErrors() { CPLPopErrorHandler(); }
    ScopedCplErrors(const ScopedCplErrors&) = delete;
    ScopedCplErrors& operator=(const ScopedCplErrors&) = delete;

    const QStringList& messages() const { return messages_; }
    QString last() const { return messages_.isEmpty() ? QString() : messages_.last(); }

private:
    static void CPL_STDCALL handle(CPLErr level, CPLErrorNum, const char* message) {
        auto* self = static_cast<ScopedCplErrors*>(CPLGetErrorHandlerUserData());
        if (self && level >= CE_Warning)
            self->messages_.append(QString::fromUtf8(message));
    }
    QStringList messages_;
};

} // namespace luming::detail
