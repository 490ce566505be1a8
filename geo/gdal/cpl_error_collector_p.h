// The one scoped CPL error handler of geo/ (after QGIS's QgsCPLErrorHandler): while alive, every CPL
// warning and failure raised on this thread is collected here instead of going to stderr, so one
// operation can report GDAL's (and, through GDAL, PROJ's) own words as values. CPLDebug chatter is
// caught and dropped: neither collected nor printed, even with CPL_DEBUG=ON.
// GDAL's handler stack is per thread: make one on the thread that calls GDAL. Nested collectors are
// fine; the innermost one hears everything while it lives.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <cpl_error.h>
#include <utility>

namespace luming::gdal {

struct CplMessage {
    CPLErr level = CE_None; // CE_Warning, CE_Failure or CE_Fatal
    CPLErrorNum number = CPLE_None;
    QString text;

    bool isFailure() const { return level == CE_Failure || level == CE_Fatal; }
};

class CplErrorCollector {
public:
    CplErrorCollector();  // pushes the handler and resets the thread's last error
    ~CplErrorCollector(); // pops it
    CplErrorCollector(const CplErrorCollector&) = delete;
    CplErrorCollector& operator=(const CplErrorCollector&) = delete;

    // Every message since construction or the last popErrors()/clear(), in order; forgets them.
    [[nodiscard]] QList<CplMessage> popErrors();
    [[nodiscard]] const QList<CplMessage>& messages() const { return messages_; }

    // A CE_Failure or CE_Fatal was collected.
    [[nodiscard]] bool hasFailure() const;
    [[nodiscard]] QStringList failures() const;
    [[nodiscard]] QStringList warnings() const;
    // The failures as one clause, each once ("GDAL: a; b"), or `fallback` when GDAL raised none.
    [[nodiscard]] QString describe(const QString& fallback = {}) const;
    // Forgets the messages and resets the thread's last error.
    void clear();

private:
    static void CPL_STDCALL handle(CPLErr level, CPLErrorNum number, const char* message);

    QList<CplMessage> messages_;
};

} // namespace luming::gdal
