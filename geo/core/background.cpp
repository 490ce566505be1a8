#include "core/background.h"

#include <QThreadPool>
#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <exception>
#include <memory>
#include <mutex>
#include <vector>

namespace luming {

namespace {

// What the caller and its helpers share. Helpers hold it by shared_ptr: one the pool starts only after
// the caller has returned finds nothing left to take and touches nothing of the caller's (`work` and
// `parent` are read only while a part is left, and the caller does not return before that).
struct Shared {
    const std::function<void(qsizetype, Feedback*)>* work = nullptr;
    const Feedback* parent = nullptr;
    std::vector<double> weights;
    std::vector<qsizetype> order; // heaviest first: the last parts to end are small ones
    std::mutex mutex;
    std::condition_variable ended;
    // Guarded by mutex:
    qsizetype next = 0;
    qsizetype running = 0;
    double doneWeight = 0;
    bool stop = false;
    std::exception_ptr error;
};

// The next part to run, or -1 when none is left or the operation stopped.
qsizetype take(Shared& s) {
    const std::lock_guard lock(s.mutex);
    if (s.stop || s.next >= qsizetype(s.weights.size()))
        return -1;
    if (s.parent && s.parent->isCanceled()) {
        s.stop = true;
        return -1;
    }
    ++s.running;
    return s.order[std::size_t(s.next++)];
}

void runPart(Shared& s, qsizetype i) {
    Feedback part(s.parent);
    std::exception_ptr error;
    try {
        (*s.work)(i, &part);
    } catch (...) {
        error = std::current_exception();
    }
    const std::lock_guard lock(s.mutex);
    if (error && !s.error) {
        s.error = error;
        s.stop = true;
    }
    --s.running;
    s.doneWeight += s.weights[std::size_t(i)];
    s.ended.notify_all();
}

} // namespace

bool parallelFor(qsizetype count, const std::function<double(qsizetype)>& weight,
                 const std::function<void(qsizetype, Feedback*)>& work, Feedback* feedback,
                 double progressFrom, double progressTo) {
    const int threads = std::min<qsizetype>(QThreadPool::globalInstance()->maxThreadCount(), count);
    if (threads <= 1) {
        // One part or one core: the parts run in order here and report their own progress.
        for (qsizetype i = 0; i < count; ++i) {
            if (isCanceled(feedback))
                return false;
            work(i, feedback);
        }
        return !isCanceled(feedback);
    }

    auto shared = std::make_shared<Shared>();
    shared->work = &work;
    shared->parent = feedback;
    shared->weights.reserve(std::size_t(count));
    double total = 0;
    for (qsizetype i = 0; i < count; ++i) {
        shared->weights.push_back(std::max(0.0, weight(i)));
        total += shared->weights.back();
        shared->order.push_back(i);
    }
    std::stable_sort(shared->order.begin(), shared->order.end(), [&](qsizetype a, qsizetype b) {
        return shared->weights[std::size_t(a)] > shared->weights[std::size_t(b)];
    });
    const auto report = [&] {
        double done = 0;
        {
            const std::lock_guard lock(shared->mutex);
            done = shared->doneWeight;
        }
        if (total > 0)
            setProgress(feedback, progressFrom + (progressTo - progressFrom) * done / total);
    };

    for (int h = 1; h < threads; ++h) {
        (void)runInBackground([shared] {
            for (qsizetype i = take(*shared); i >= 0; i = take(*shared))
                runPart(*shared, i);
        });
    }
    for (qsizetype i = take(*shared); i >= 0; i = take(*shared)) {
        runPart(*shared, i);
        report();
    }
    // The parts the helpers still run; progress meanwhile (a cancel reaches them through their parent).
    for (;;) {
        {
            std::unique_lock lock(shared->mutex);
            // Nothing running, nothing left to begin (the caller took the rest, or the operation stopped).
            const auto over = [&] {
                return shared->running == 0 && (shared->stop || shared->next >= count);
            };
            if (shared->ended.wait_for(lock, std::chrono::milliseconds(50), over))
                break;
        }
        report();
    }
    report(); // the parts the helpers ended last
    if (shared->error)
        std::rethrow_exception(shared->error);
    return !isCanceled(feedback);
}

} // namespace luming
