// The one way Luming runs work off the calling thread: QtConcurrent::run on Qt's global thread pool,
// watched through the QFuture it returns (a QFutureWatcher in the viewer, waitForFinished() in a
// destructor). Not std::thread, not a bare QThreadPool::start: one pool bounds the threads, and every
// piece of work has a future that can be waited on. Progress and cancel travel in a Feedback
// (core/feedback.h), not through QFuture's own progress, so the same work runs unchanged on the caller's
// thread (CLI, tests).
//
// At exit: QCoreApplication's destructor waits for the global pool, so work whose future was dropped
// (a cache write) still finishes; give such work no pointer to objects that die before that.
#pragma once

#include <QFuture>
#include <QtConcurrent/QtConcurrentRun>
#include <utility>

namespace luming {

template <typename Fn> [[nodiscard]] auto runInBackground(Fn&& work) {
    return QtConcurrent::run(std::forward<Fn>(work));
}

} // namespace luming
