#include "statements/StatementBatches.h"

#include <QTest>

using namespace m3ter;

namespace {

QList<StatementRequestItem> items(int n) {
    QList<StatementRequestItem> out;
    for (int i = 0; i < n; ++i)
        out.append({QStringLiteral("bill-%1").arg(i), QStringLiteral("ACC"), QDate(2024, 1, 31)});
    return out;
}

} // namespace

class TestStatementBatches : public QObject {
    Q_OBJECT

private slots:
    void split_data() {
        QTest::addColumn<int>("bills");
        QTest::addColumn<QList<int>>("sizes");
        QTest::newRow("none") << 0 << QList<int>{};
        QTest::newRow("one") << 1 << QList<int>{1};
        QTest::newRow("ten") << 10 << QList<int>{10};
        QTest::newRow("eleven") << 11 << QList<int>{10, 1};
        QTest::newRow("twenty-five") << 25 << QList<int>{10, 10, 5};
        QList<int> fifty(50, 10);
        QTest::newRow("five hundred") << 500 << fifty;
    }

    void split() {
        QFETCH(int, bills);
        QFETCH(QList<int>, sizes);
        const QList<StatementRequestItem> all = items(bills);
        const auto batches = StatementBatches::split(all);
        QList<int> actual;
        QList<StatementRequestItem> joined;
        for (const auto &batch : batches) {
            actual.append(int(batch.size()));
            joined += batch;
        }
        QCOMPARE(actual, sizes);
        QCOMPARE(joined, all); // order kept, nothing lost
    }

    void splitClampsTheBatchSize() {
        QCOMPARE(StatementBatches::split(items(25), 50).size(), 3); // never above m3ter's 10
        QCOMPARE(StatementBatches::split(items(3), 0).size(), 3);   // at least 1
        QCOMPARE(StatementBatches::split(items(7), 4).size(), 2);
    }

    void uniqueDropsRepeatsAndEmptyIds() {
        QList<StatementRequestItem> in = items(3);
        in.append(in.at(1));
        in.append({QString(), QStringLiteral("ACC"), {}});
        in.prepend(in.at(2));
        const QList<StatementRequestItem> out = StatementBatches::unique(in);
        QCOMPARE(out.size(), 3);
        QCOMPARE(out.at(0).billId, QStringLiteral("bill-2"));
        QCOMPARE(out.at(1).billId, QStringLiteral("bill-0"));
        QCOMPARE(out.at(2).billId, QStringLiteral("bill-1"));
    }
};

QTEST_GUILESS_MAIN(TestStatementBatches)
#include "tst_statementbatches.moc"
