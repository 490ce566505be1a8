// Feedback (geo/core): cancel, monotonic progress, warnings, and its thread contract under a real
// background task (runInBackground).
// links: luming_core
#include "core/background.h"
#include "core/feedback.h"

#include <QTest>
#include <QThread>
#include <cmath>

using namespace luming;

class TstFeedback : public QObject {
    Q_OBJECT
private slots:
    void progress_data() {
        QTest::addColumn<QList<double>>("given");
        QTest::addColumn<double>("final");
        QTest::addColumn<QList<double>>("reported"); // what the callback saw
        QTest::newRow("rising") << QList<double>{10, 20.5, 100} << 100.0 << QList<double>{10, 20.5, 100};
        QTest::newRow("a step back is ignored") << QList<double>{40, 30, 50} << 50.0 << QList<double>{40, 50};
        QTest::newRow("clamped to 0..100") << QList<double>{-5, 150} << 100.0 << QList<double>{100};
        QTest::newRow("one callback per whole percent")
            << QList<double>{1.1, 1.5, 1.9, 2.0} << 2.0 << QList<double>{1.1, 2.0};
        QTest::newRow("NaN ignored") << QList<double>{std::nan(""), 5} << 5.0 << QList<double>{5};
    }
    void progress() {
        QFETCH(QList<double>, given);
        QFETCH(double, final);
        QFETCH(QList<double>, reported);
        QList<double> seen;
        Feedback f([&](double p) { seen.append(p); });
        for (double p : given)
            f.setProgress(p);
        QCOMPARE(f.progress(), final);
        QCOMPARE(seen, reported);
    }

    void cancelAndWarnings() {
        Feedback f;
        QVERIFY(!f.isCanceled());
        QVERIFY(!isCanceled(nullptr));
        setProgress(nullptr, 50); // a null feedback is allowed everywhere
        f.pushWarning(QStringLiteral("a"));
        f.pushWarning(QStringLiteral("b"));
        f.cancel();
        QVERIFY(f.isCanceled());
        QVERIFY(isCanceled(&f));
        QCOMPARE(f.warnings(), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    }

    // The contract in use: a worker sets progress and polls cancel; this thread cancels and reads.
    void workerStopsWhenCancelled() {
        auto feedback = std::make_shared<Feedback>();
        std::atomic<bool> started{false};
        QFuture<int> work = runInBackground([feedback, &started] {
            int steps = 0;
            while (!feedback->isCanceled()) {
                started = true;
                feedback->setProgress(std::min(99.0, ++steps / 1000.0));
                feedback->pushWarning(QStringLiteral("step"));
                QThread::usleep(100);
            }
            return steps;
        });
        QTRY_VERIFY(started.load());
        QTRY_VERIFY(feedback->progress() > 0);
        feedback->cancel();
        work.waitForFinished();
        QVERIFY(work.result() > 0);
        QVERIFY(feedback->progress() < 100); // a cancelled operation never reports done
        QCOMPARE(feedback->warnings().size(), work.result());
    }
};

QTEST_GUILESS_MAIN(TstFeedback)
#include "tst_feedback.moc"
