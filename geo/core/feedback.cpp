#include "core/feedback.h"

#include <algorithm>
#include <cmath>

namespace luming {

void Feedback::setProgress(double percent) {
    if (std::isnan(percent))
        return;
    percent = std::clamp(percent, 0.0, 100.0);
    if (percent <= progress_.load(std::memory_order_relaxed))
        return;
    progress_.store(percent, std::memory_order_relaxed);
    const int whole = static_cast<int>(std::floor(percent));
    if (onProgress_ && whole != lastReported_) {
        lastReported_ = whole;
        onProgress_(percent);
    }
}

void Feedback::pushWarning(const QString& message) {
    const std::lock_guard lock(mutex_);
    warnings_.append(message);
}

QStringList Feedback::warnings() const {
    const std::lock_guard lock(mutex_);
    return warnings_;
}

} // namespace luming
