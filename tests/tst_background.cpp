// parallelFor (geo/core/background.h): every part runs once, on the caller and the pool; a cancel reaches
// the parts through their child feedback and begins no more; progress rises to the end of its range from
// the calling thread only; an exception comes back to the caller; a saturated pool cannot stall it.
// links: luming_core
#include "core/background.h"
#include "core/feedback.h"

#include <QTest>
#include <QThread>
#include <QThreadPool>
#include <atomic>
#include <stdexcept>
#include <vector>

using namespace luming;

class TstBackground : public QObject {
    Q_OBJECT
private slots:
    void everyPartOnce_data() {
        QTest::addColumn<int>("count");
        QTest::addColumn<bool>("withFeedback");
        QTest::newRow("none") << 0 << true;
        QTest::newRow("one") << 1 << true;
        QTest::newRow("two") << 2 << false;
        QTest::newRow("many, uneven") << 257 << true;
    }
    void everyPartOnce() {
        QFETCH(int, count);
        QFETCH(bool, withFeedback);
        std::vector<std::atomic<int>> runs(static_cast<std::size_t>(count));
        std::vector<qsizetype> results(static_cast<std::size_t>(count), -1);
        Feedback feedback;
        const bool complete = parallelFor(
            count, [](qsizetype i) { return double(i % 7 + 1); },
            [&](qsizetype i, Feedback* part) {
                QVERIFY(part != nullptr || !withFeedback);
                ++runs[std::size_t(i)];
                results[std::size_t(i)] = i * i; // each part writes its own slot only
            },
            withFeedback ? &feedback : nullptr);
        QVERIFY(complete);
        for (int i = 0; i < count; ++i) {
            QCOMPARE(runs[std::size_t(i)].load(), 1);
            QCOMPARE(results[std::size_t(i)], qsizetype(i) * i);
        }
    }

    // Progress only from the calling thread, never down, ending at the top of the range.
    void progressFromCaller() {
        const Qt::HANDLE caller = QThread::currentThreadId();
        std::atomic<bool> offThread{false};
        QList<double> seen;
        Feedback feedback([&](double p) {
            if (QThread::currentThreadId() != caller)
                offThread = true;
            seen.append(p);
        });
        QVERIFY(parallelFor(
            64, [](qsizetype) { return 1.0; },
            [](qsizetype, Feedback* part) {
                part->setProgress(100); // a part's own progress goes nowhere
                QThread::usleep(200);
            },
            &feedback, 10, 60));
        QVERIFY(!offThread);
        QVERIFY(!seen.isEmpty());
        for (qsizetype k = 1; k < seen.size(); ++k)
            QVERIFY(seen[k] >= seen[k - 1]);
        QCOMPARE(feedback.progress(), 60.0);
    }

    // A cancel from outside reaches the parts under way (their feedback is a child) and begins no more.
    void cancelStopsParts() {
        Feedback feedback;
        std::atomic<int> begun{0};
        std::atomic<int> sawCancel{0};
        const int count = 1000;
        const bool complete = parallelFor(
            count, [](qsizetype) { return 1.0; },
            [&](qsizetype, Feedback* part) {
                if (++begun == 3)
                    feedback.cancel();
                for (int k = 0; k < 200 && !part->isCanceled(); ++k)
                    QThread::usleep(100);
                if (part->isCanceled())
                    ++sawCancel;
            },
            &feedback);
        QVERIFY(!complete);
        QVERIFY(begun.load() < count);
        QVERIFY(sawCancel.load() >= 1);
    }

    void cancelledBefore() {
        Feedback feedback;
        feedback.cancel();
        std::atomic<int> begun{0};
        QVERIFY(!parallelFor(
            10, [](qsizetype) { return 1.0; }, [&](qsizetype, Feedback*) { ++begun; }, &feedback));
        QCOMPARE(begun.load(), 0);
    }

    void exceptionComesBack() {
        bool thrown = false;
        try {
            (void)parallelFor(
                50, [](qsizetype) { return 1.0; },
                [](qsizetype i, Feedback*) {
                    if (i == 17)
                        throw std::runtime_error("part 17");
                },
                nullptr);
        } catch (const std::runtime_error& e) {
            thrown = QByteArray(e.what()) == "part 17";
        }
        QVERIFY(thrown);
    }

    // Begun from every thread of the pool at once (the viewer parses on a pool thread): no helper can
    // start, and each call still ends because its caller works through the parts itself.
    void saturatedPool() {
        QThreadPool* pool = QThreadPool::globalInstance();
        const int threads = pool->maxThreadCount();
        std::atomic<int> done{0};
        std::vector<QFuture<void>> futures;
        for (int t = 0; t < threads; ++t) {
            futures.push_back(runInBackground([&] {
                std::atomic<int> parts{0};
                if (parallelFor(
                        20, [](qsizetype) { return 1.0; },
                        [&](qsizetype, Feedback*) {
                            QThread::usleep(500);
                            ++parts;
                        },
                        nullptr) &&
                    parts.load() == 20)
                    ++done;
            }));
        }
        for (auto& f : futures)
            f.waitForFinished();
        QCOMPARE(done.load(), threads);
    }

    void childFeedback() {
        Feedback parent;
        Feedback child(&parent);
        QVERIFY(!child.isCanceled());
        child.setProgress(50);
        QCOMPARE(parent.progress(), 0.0); // a child's progress is its own
        parent.cancel();
        QVERIFY(child.isCanceled());
        Feedback orphan(static_cast<const Feedback*>(nullptr));
        QVERIFY(!orphan.isCanceled());
    }
};

QTEST_GUILESS_MAIN(TstBackground)
#include "tst_background.moc"
