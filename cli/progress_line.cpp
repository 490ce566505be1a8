#include "progress_line.h"

#include <csignal>

namespace luming::cli {

namespace {
Feedback* g_active = nullptr;

extern "C" void cancelActive(int /*signal*/) {
    if (g_active)
        g_active->cancel(); // lock-free: allowed in a signal handler
}
} // namespace

ProgressLine::ProgressLine(QTextStream& err, QString what)
    : err_(err), what_(std::move(what)), feedback_([this](double percent) {
          const int tenth = static_cast<int>(percent) / 10;
          // Work that finished before its first tenth (a cached index) prints nothing.
          if (tenth != lastTenth_ && (printed_ || percent < 100)) {
              lastTenth_ = tenth;
              printed_ = true;
              err_ << "\r" << what_ << "… " << static_cast<int>(percent) << "%" << Qt::flush;
          }
      }) {
    g_active = &feedback_;
    std::signal(SIGINT, cancelActive);
}

ProgressLine::~ProgressLine() {
    std::signal(SIGINT, SIG_DFL);
    g_active = nullptr;
    if (printed_)
        err_ << "\r" << Qt::flush;
}

} // namespace luming::cli
