#include "api/RequestPacer.h"

#include <QElapsedTimer>
#include <QTest>

using namespace m3ter;

class TestRequestPacer : public QObject {
    Q_OBJECT

private slots:
    void startsImmediatelyWhileThereIsRoom() {
        RequestPacer pacer;
        pacer.setMaxPerWindow(3);
        int started = 0;
        for (int i = 0; i < 3; ++i)
            pacer.enqueue(this, [&] { ++started; });
        QCOMPARE(started, 3);
        QCOMPARE(pacer.queued(), 0);
    }

    void paceKeepsOrderAndRate() {
        // N = 7 starts with L = 3 per 500 ms window must take >= floor((N-1)/L) windows.
        RequestPacer pacer;
        pacer.setMaxPerWindow(3);
        pacer.setWindow(std::chrono::milliseconds(500));
        QElapsedTimer clock;
        clock.start();
        QList<int> order;
        QList<qint64> times;
        for (int i = 0; i < 7; ++i)
            pacer.enqueue(this, [&, i] {
                order.append(i);
                times.append(clock.elapsed());
            });
        QCOMPARE(order.size(), 3);
        QTRY_COMPARE_WITH_TIMEOUT(order.size(), 7, 5000);
        QCOMPARE(order, (QList<int>{0, 1, 2, 3, 4, 5, 6}));
        QVERIFY2(times.at(3) >= 495, qPrintable(QString::number(times.at(3))));
        QVERIFY2(times.at(6) >= 995, qPrintable(QString::number(times.at(6))));
        // Never more than L starts in any window.
        for (int i = 3; i < times.size(); ++i)
            QVERIFY(times.at(i) - times.at(i - 3) >= 495);
    }

    void cancelAndDestroyedContextsAreSkipped() {
        RequestPacer pacer;
        pacer.setMaxPerWindow(1);
        pacer.setWindow(std::chrono::milliseconds(100));
        QObject keep;
        QObject cancelled;
        auto *destroyed = new QObject;
        QStringList ran;
        pacer.enqueue(&keep, [&] { ran << QStringLiteral("first"); });
        pacer.enqueue(&cancelled, [&] { ran << QStringLiteral("cancelled"); });
        pacer.enqueue(destroyed, [&] { ran << QStringLiteral("destroyed"); });
        pacer.enqueue(&keep, [&] { ran << QStringLiteral("last"); });
        pacer.cancel(&cancelled);
        delete destroyed;
        QTRY_COMPARE(ran.size(), 2);
        QTest::qWait(150); // fixed: nothing more runs in the next window (100 ms)
        QCOMPARE(ran, (QStringList{QStringLiteral("first"), QStringLiteral("last")}));
    }

    void unlimited() {
        RequestPacer pacer;
        pacer.setMaxPerWindow(0);
        int started = 0;
        for (int i = 0; i < 1000; ++i)
            pacer.enqueue(this, [&] { ++started; });
        QCOMPARE(started, 1000);
    }
};

QTEST_GUILESS_MAIN(TestRequestPacer)
#include "tst_requestpacer.moc"
