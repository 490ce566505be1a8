// Progress, cancel and warnings of one long operation (export, rendering, layer loading, parsing), shared
// between the thread doing the work and the front end watching it. Shaped like QGIS's QgsFeedback.
//
// Thread contract:
//  - cancel(), isCanceled(), progress() and warnings(): any thread, at any time.
//  - setProgress(): only the thread doing the work. The progress callback runs on that thread, inside
//    setProgress(), once per whole percent gained; a viewer posts it on to its GUI thread
//    (QMetaObject::invokeMethod, queued). Set the callback before the work starts.
//  - pushWarning(): any thread (a mutex guards the list); read the list once the work has ended.
//  - The work polls isCanceled() (every feature, every N lines) and stops with "cancelled", leaving
//    nothing half-done; a cancelled operation never reaches 100.
//  - Progress never goes down: a smaller value is ignored. 100 means done.
// One Feedback serves one operation; share it by std::shared_ptr when the worker may outlive the caller.
// A part of an operation run on another thread (core/background.h's parallelFor) gets a child: cancelled
// whenever its parent is, its progress its own (the parent's worker reports the whole).
//
// Not a QObject: geo/core links Qt Core only and its users include the CLI with no event loop, so signals
// would add thread-affinity rules (which thread owns the object, queued vs direct) for no gain; a callback
// plus atomics keep the contract above true without an event loop.
#pragma once

#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>
#include <mutex>

namespace luming {

class Feedback {
public:
    using ProgressCallback = std::function<void(double percent)>;

    Feedback() = default;
    explicit Feedback(ProgressCallback onProgress) : onProgress_(std::move(onProgress)) {}
    // A child of `parent` (may be null), which must outlive it.
    explicit Feedback(const Feedback* parent) : parent_(parent) {}
    Feedback(const Feedback&) = delete;
    Feedback& operator=(const Feedback&) = delete;

    // Lock-free: safe from a signal handler (Ctrl-C in the CLI).
    void cancel() noexcept { canceled_.store(true, std::memory_order_relaxed); }
    [[nodiscard]] bool isCanceled() const noexcept {
        return canceled_.load(std::memory_order_relaxed) || (parent_ && parent_->isCanceled());
    }

    // percent in [0, 100]; clamped, and ignored when below the current value.
    void setProgress(double percent);
    [[nodiscard]] double progress() const noexcept { return progress_.load(std::memory_order_relaxed); }

    void pushWarning(const QString& message);
    [[nodiscard]] QStringList warnings() const;

private:
    const Feedback* parent_ = nullptr;
    std::atomic<bool> canceled_{false};
    std::atomic<double> progress_{0};
    int lastReported_ = -1; // whole percent last given to the callback (worker thread only)
    ProgressCallback onProgress_;
    mutable std::mutex mutex_;
    QStringList warnings_;
};

// `feedback` may be null everywhere it is taken: these spare each call site the test.
inline bool isCanceled(const Feedback* feedback) {
    return feedback && feedback->isCanceled();
}
inline void setProgress(Feedback* feedback, double percent) {
    if (feedback)
        feedback->setProgress(percent);
}

} // namespace luming
