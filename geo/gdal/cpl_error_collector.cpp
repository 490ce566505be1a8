#include "gdal/cpl_error_collector_p.h"

namespace luming::gdal {

CplErrorCollector::CplErrorCollector() {
    CPLPushErrorHandlerEx(&CplErrorCollector::handle, this);
    // Catch debug messages too (the default), so that handle() can drop them: letting them through to
    // GDAL's default handler would print them on stderr whenever CPL_DEBUG is set.
    CPLSetCurrentErrorHandlerCatchDebug(TRUE);
    CPLErrorReset();
}

CplErrorCollector::~CplErrorCollector() {
    CPLPopErrorHandler();
}

void CPL_STDCALL CplErrorCollector::handle(CPLErr level, CPLErrorNum number, const char* message) {
    auto* self = static_cast<CplErrorCollector*>(CPLGetErrorHandlerUserData());
    if (!self || level == CE_Debug || level == CE_None)
        return;
    self->messages_.append({level, number, QString::fromUtf8(message ? message : "").trimmed()});
}

QList<CplMessage> CplErrorCollector::popErrors() {
    return std::exchange(messages_, {});
}

bool CplErrorCollector::hasFailure() const {
    for (const CplMessage& m : messages_)
        if (m.isFailure())
            return true;
    return false;
}

QStringList CplErrorCollector::failures() const {
    QStringList out;
    for (const CplMessage& m : messages_)
        if (m.isFailure())
            out.append(m.text);
    return out;
}

QStringList CplErrorCollector::warnings() const {
    QStringList out;
    for (const CplMessage& m : messages_)
        if (m.level == CE_Warning)
            out.append(m.text);
    return out;
}

QString CplErrorCollector::describe(const QString& fallback) const {
    QStringList unique;
    for (const QString& f : failures())
        if (!unique.contains(f))
            unique.append(f);
    if (unique.isEmpty())
        return fallback;
    return QStringLiteral("GDAL: ") + unique.join(QStringLiteral("; "));
}

void CplErrorCollector::clear() {
    messages_.clear();
    CPLErrorReset();
}

} // namespace luming::gdal
