#include "export/cpl_error_collector_p.h"

#include <cpl_error.h>

namespace luming::export_detail {

namespace {
void CPL_STDCALL collectorHandler(CPLErr errorClass, CPLErrorNum errorNumber, const char* message) {
    auto* self = static_cast<CplErrorCollector*>(CPLGetErrorHandlerUserData());
    if (self)
        self->record(static_cast<int>(errorClass), static_cast<int>(errorNumber), message);
}
} // namespace

CplErrorCollector::CplErrorCollector() {
    CPLPushErrorHandlerEx(collectorHandler, this);
    CPLSetCurrentErrorHandlerCatchDebug(FALSE); // debug chatter stays with GDAL's default handler
    CPLErrorReset();
}

CplErrorCollector::~CplErrorCollector() {
    CPLPopErrorHandler();
}

void CplErrorCollector::record(int errorClass, int /*errorNumber*/, const char* message) {
    const QString text = QString::fromUtf8(message ? message : "").trimmed();
    if (errorClass >= CE_Failure)
        m_failures.append(text);
    else if (errorClass == CE_Warning)
        m_warnings.append(text);
}

bool CplErrorCollector::hasFailure() const {
    return !m_failures.isEmpty() || CPLGetLastErrorType() >= CE_Failure;
}

QString CplErrorCollector::failureText() const {
    // The first failure is the cause; the rest are usually its echoes (SQLite after a failed COMMIT).
    if (m_failures.size() == 1)
        return m_failures.first();
    if (m_failures.size() > 1)
        return QStringLiteral("%1 (and %2 more)").arg(m_failures.first()).arg(m_failures.size() - 1);
    if (CPLGetLastErrorType() >= CE_Failure)
        return QString::fromUtf8(CPLGetLastErrorMsg());
    return {};
}

QStringList CplErrorCollector::warnings() const {
    return m_warnings;
}

void CplErrorCollector::clear() {
    m_failures.clear();
    m_warnings.clear();
    CPLErrorReset();
}

} // namespace luming::export_detail
