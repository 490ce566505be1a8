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

#include "core/feedback.h"

#include <QFuture>
#include <QtConcurrent/QtConcurrentRun>
#include <functional>
#include <utility>

namespace luming {

template <typename Fn> [[nodiscard]] auto runInBackground(Fn&& work) {
    return QtConcurrent::run(std::forward<Fn>(work));
}

// Runs work(i, part) for every i in [0, count) on the calling thread and on up to
// as many helpers from the global pool as its thread count (the cores) allows, each taking the heaviest part
// left; for independent parts of one operation (the notices of one text), reading shared data only. `part` is
// a child of `feedback` (cancelled with it; its progress goes nowhere): `feedback` hears progress from the
// calling thread alone, as parts finish, weighted by weight(i), scaled into [progressFrom, progressTo].
// Returns when every part begun has ended: false if cancelled (later parts are not begun). An exception
// from a part is rethrown here. Because the caller works too, a pool with no free thread (work begun on
// a pool thread) makes it slower, never stuck.
bool parallelFor(qsizetype count, const std::function<double(qsizetype)>& weight,
                 const std::function<void(qsizetype, Feedback*)>& work, Feedback* feedback,
                 double progressFrom = 0, double progressTo = 100);

} // namespace luming
