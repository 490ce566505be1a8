#include "store/cpl_error_capture_p.h"

namespace luming {

CplErrorCapture::CplErrorCapture() {
    CPLPushErrorHandlerEx(&CplErrorCapture::handle, this);
    CPLErrorReset();
}

CplErrorCapture::~CplErrorCapture() {
    CPLPopErrorHandler();
}

void CPL_STDCALL CplErrorCapture::handle(CPLErr severity, CPLErrorNum, const char* message) {
    auto* self = static_cast<CplErrorCapture*>(CPLGetErrorHandlerUserData());
    if (!self)
        return;
    const QString text = QString::fromUtf8(message).trimmed();
    if (severity == CE_Failure || severity == CE_Fatal)
        self->errors_.append(text);
    else if (severity == CE_Warning)
        self->warnings_.append(text);
}

QString CplErrorCapture::describe(const QString& fallback) const {
    if (errors_.isEmpty())
        return fallback;
    QStringList unique;
    for (const QString& e : errors_)
        if (!unique.contains(e))
            unique << e;
    return QStringLiteral("GDAL: ") + unique.join(QStringLiteral("; "));
}

void CplErrorCapture::clear() {
    errors_.clear();
    warnings_.clear();
    CPLErrorReset();
}

} // namespace luming
