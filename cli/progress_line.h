// Long work on the command line: "\r<what>… N%" on stderr every tenth, and Ctrl-C cancels through the
// Feedback (the work stops cleanly and leaves nothing half-written) instead of killing the process.
// One at a time (SIGINT has one handler); the handler is restored when this ends.
#pragma once

#include "core/feedback.h"

#include <QString>
#include <QTextStream>

namespace luming::cli {

class ProgressLine {
public:
    ProgressLine(QTextStream& err, QString what);
    ~ProgressLine(); // clears the line, restores SIGINT
    ProgressLine(const ProgressLine&) = delete;
    ProgressLine& operator=(const ProgressLine&) = delete;

    [[nodiscard]] Feedback* feedback() { return &feedback_; }

private:
    QTextStream& err_;
    QString what_;
    int lastTenth_ = -1;
    bool printed_ = false;
    Feedback feedback_;
};

} // namespace luming::cli
