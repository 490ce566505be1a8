// Private to geo/export: collects every CPL message raised while it is alive (one operation), so GDAL's
// global error state becomes a value the caller can report. Thread-local, like GDAL's handler stack.
#pragma once

#include <QString>
#include <QStringList>

namespace luming::export_detail {

class CplErrorCollector {
public:
    CplErrorCollector();  // pushes the handler and resets the last error
    ~CplErrorCollector(); // pops it
    CplErrorCollector(const CplErrorCollector&) = delete;
    CplErrorCollector& operator=(const CplErrorCollector&) = delete;

    // A CE_Failure/CE_Fatal was raised since construction or the last clear(), or GDAL's last error is one.
    [[nodiscard]] bool hasFailure() const;
    QString failureText() const; // the first failure message, and how many followed
    QStringList warnings() const;
    void clear();

    // Called by the pushed CPL handler; not for general use.
    void record(int errorClass, int errorNumber, const char* message);

private:
    QStringList m_failures;
    QStringList m_warnings;
};

} // namespace luming::export_detail
