#include "demo/SelfTest.h"

#include <QtTest>

using namespace m3ter;

// SelfTest in-process: the same steps as `m3ter-bills --self-test` (which the ctest
// packaging_selftest runs), plus the failure path of the timeout.
class TestSelfTest : public QObject {
    Q_OBJECT

private slots:
    void passesAgainstTheDemoSandbox() {
        SelfTest test;
        const SelfTest::Result result = test.run();
        QVERIFY2(result.passed, qPrintable(result.failure));
        QVERIFY(result.failure.isEmpty());
        // Platform, sandbox, bill list, bill detail, verdict.
        QCOMPARE(result.lines.size(), 5);
        QVERIFY(result.lines.at(1).contains(QLatin1String("http://127.0.0.1:")));
        QVERIFY(result.lines.at(2).contains(QLatin1String("100")));
        QVERIFY(result.lines.at(3).contains(QLatin1String("line item")));
    }

    void failsWithTheStepWhenTimeRunsOut() {
        // The sandbox starts synchronously; the first page cannot arrive within a millisecond.
        SelfTest test(std::chrono::milliseconds(1));
        const SelfTest::Result result = test.run();
        QVERIFY(!result.passed);
        QVERIFY2(result.failure.contains(QLatin1String("No answer within")),
                 qPrintable(result.failure));
        QVERIFY2(result.failure.contains(QLatin1String("bills")), qPrintable(result.failure));
    }
};

QTEST_MAIN(TestSelfTest)
#include "tst_selftest.moc"
