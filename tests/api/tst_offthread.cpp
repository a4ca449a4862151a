// OffThread::run: work runs on a worker, its result comes back on the receiver's thread, and a
// receiver destroyed meanwhile gets nothing (and nothing touches it: ASan watches the CI run).
#include "api/OffThread.h"

#include <QAtomicInt>
#include <QSemaphore>
#include <QTest>
#include <QThread>
#include <QThreadPool>

using namespace m3ter;

class TestOffThread : public QObject {
    Q_OBJECT

private slots:
    void cleanup() { QThreadPool::globalInstance()->waitForDone(); }

    void deliversTheResultOnTheReceiversThread() {
        QObject receiver;
        QThread *workedOn = nullptr;
        QThread *deliveredOn = nullptr;
        int result = 0;
        OffThread::run(
            &receiver,
            [&workedOn] {
                workedOn = QThread::currentThread();
                return 6 * 7;
            },
            [&](int value) {
                deliveredOn = QThread::currentThread();
                result = value;
            });
        QTRY_COMPARE(result, 42);
        QVERIFY(workedOn != QThread::currentThread());
        QCOMPARE(deliveredOn, QThread::currentThread());
    }

    void everyResultArrivesOnceAndNothingPilesUpOnTheReceiver() {
        QObject receiver;
        QList<int> delivered;
        for (int i = 0; i < 50; ++i)
            OffThread::run(
                &receiver, [i] { return i; }, [&delivered](int value) { delivered.append(value); });
        QTRY_COMPARE(delivered.size(), 50);
        QTest::qWait(20); // nothing more arrives
        QCOMPARE(delivered.size(), 50);
        std::sort(delivered.begin(), delivered.end());
        for (int i = 0; i < 50; ++i)
            QCOMPARE(delivered.at(i), i);
        // One mailbox for the receiver, not an object per call.
        QCOMPARE(receiver.children().size(), 1);
    }

    void aReceiverDestroyedDuringTheWorkGetsNothing() {
        QSemaphore workStarted;
        QSemaphore mayFinish;
        QAtomicInt deliveries;
        auto *receiver = new QObject;
        OffThread::run(
            receiver,
            [&] {
                workStarted.release();
                mayFinish.acquire();
                return QByteArray(1024, 'x');
            },
            [&deliveries](const QByteArray &) { deliveries.fetchAndAddRelaxed(1); });
        workStarted.acquire();
        delete receiver;
        mayFinish.release();
        QThreadPool::globalInstance()->waitForDone();
        QTest::qWait(20);
        QCOMPARE(deliveries.loadRelaxed(), 0);
    }

    void aReceiverDestroyedAfterTheResultWasPostedGetsNothing() {
        QAtomicInt deliveries;
        auto *receiver = new QObject;
        OffThread::run(
            receiver, [] { return 1; }, [&deliveries](int) { deliveries.fetchAndAddRelaxed(1); });
        QThreadPool::globalInstance()->waitForDone(); // posted, not yet delivered
        delete receiver;
        QTest::qWait(20);
        QCOMPARE(deliveries.loadRelaxed(), 0);
    }
};

QTEST_GUILESS_MAIN(TestOffThread)
#include "tst_offthread.moc"
