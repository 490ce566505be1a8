// Scoped GDAL error handler: while alive, every CPL message of this thread is collected here instead
// of going to stderr, so an operation can report GDAL's own words as a value.
#pragma once

#include <QString>
#include <QStringList>
#include <cpl_error.h>

namespace luming {

class CplErrorCapture {
public:
    CplErrorCapture();  // pushes the handler and resets the thread's last error
    ~CplErrorCapture(); // pops it
    CplErrorCapture(const CplErrorCapture&) = delete;
    CplErrorCapture& operator=(const CplErrorCapture&) = delete;

    [[nodiscard]] bool hasErrors() const { return !errors_.isEmpty(); }
    [[nodiscard]] const QStringList& errors() const { return errors_; }     // CE_Failure, CE_Fatal
    [[nodiscard]] const QStringList& warnings() const { return warnings_; } // CE_Warning
    // The collected errors as one clause ("GDAL: a; b"), or `fallback` when GDAL said nothing.
    [[nodiscard]] QString describe(const QString& fallback) const;
    void clear();

private:
    static void CPL_STDCALL handle(CPLErr severity, CPLErrorNum number, const char* message);

    QStringList errors_;
    QStringList warnings_;
};

} // namespace luming
