#include "StatementSandbox.h"
#include "statements/StatementJobModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace m3ter;
using namespace m3ter::test;

class TestStatementJobModel : public QObject {
    Q_OBJECT

private slots:
    void followsTheQueueUnderTheModelTester() {
        StatementSandbox sb;
        QVERIFY(sb.start());
        auto queue = sb.makeQueue();
        StatementJobModel model(queue.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(StatementJobModel::ColumnCount));
        const auto items = sb.items(5);
        queue->submit(items, true);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(inserted.size(), 5);
        QCOMPARE(model.index(0, StatementJobModel::StatusColumn).data().toString(),
                 StatementEntry::stageLabel(StatementEntry::Stage::Submitting));
        QCOMPARE(model.index(2, StatementJobModel::BillIdColumn).data().toString(),
                 items[2].billId);
        QCOMPARE(model.index(2, StatementJobModel::AccountCodeColumn).data().toString(),
                 items[2].accountCode);

        QVERIFY(waitIdle(*queue));
        QVERIFY(changed.size() > 0);
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex files = model.index(row, StatementJobModel::FilesColumn);
            QVERIFY(files.data().toString().contains(QLatin1String(".json")));
            QVERIFY(files.data().toString().contains(QLatin1String(".csv")));
            QVERIFY(files.data(Qt::ToolTipRole).toString().contains(sb.orgId()));
            QCOMPARE(model.index(row, 0).data(StatementJobModel::FinishedRole).toBool(), true);
            QCOMPARE(model.index(row, 0).data(StatementJobModel::EntryIdRole).toInt(),
                     queue->at(row).id);
            QVERIFY(
                !model.index(row, StatementJobModel::JsonStatusColumn).data().toString().isEmpty());
        }
        QVERIFY(
            !model.headerData(StatementJobModel::FilesColumn, Qt::Horizontal).toString().isEmpty());
    }

    void loadedEntriesAppearAsRows() {
        StatementSandbox sb;
        QVERIFY(sb.start(StatementSandbox::config(30)));
        {
            auto queue = sb.makeQueue();
            queue->submit(sb.items(3), false);
            QVERIFY(QTest::qWaitFor(
                [&] { return queue->at(2).stage == StatementEntry::Stage::Generating; }, 5000));
        }
        auto queue = sb.makeQueue();
        StatementJobModel model(queue.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(queue->load());
        QCOMPARE(model.rowCount(), 3);
        queue->cancelAll();
        QVERIFY(waitIdle(*queue));
        QCOMPARE(model.index(0, StatementJobModel::StatusColumn).data().toString(),
                 StatementEntry::stageLabel(StatementEntry::Stage::Cancelled));
        queue.reset(); // the model empties instead of dangling
        QCOMPARE(model.rowCount(), 0);
    }

    // Clearing finished entries removes exactly their rows (under the model tester); the
    // remaining rows show the remaining entries.
    void removedEntriesLeaveAsRows() {
        StatementSandbox sb;
        QVERIFY(sb.start(StatementSandbox::config(30)));
        auto queue = sb.makeQueue();
        StatementJobModel model(queue.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto items = sb.items(5);
        queue->submit(items, false);
        QVERIFY(QTest::qWaitFor(
            [&] { return queue->at(4).stage == StatementEntry::Stage::Generating; }, 10000));
        queue->cancel(QList<int>{queue->at(1).id, queue->at(2).id, queue->at(4).id});
        QVERIFY(QTest::qWaitFor([&] { return queue->finishedCount() == 3; }, 10000));
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QCOMPARE(queue->removeFinished(), 3);
        QCOMPARE(removed.size(), 2);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, StatementJobModel::BillIdColumn).data().toString(),
                 items[0].billId);
        QCOMPARE(model.index(1, StatementJobModel::BillIdColumn).data().toString(),
                 items[3].billId);
        queue->cancelAll();
        QVERIFY(waitIdle(*queue));
        QCOMPARE(queue->removeFinished(), 2);
        QCOMPARE(model.rowCount(), 0);
    }

    void formatsElapsedTime() {
        QCOMPARE(StatementJobModel::formatElapsed(0), QStringLiteral("0:00"));
        QCOMPARE(StatementJobModel::formatElapsed(65500), QStringLiteral("1:05"));
        QCOMPARE(StatementJobModel::formatElapsed(3723000), QStringLiteral("1:02:03"));
    }
};

QTEST_GUILESS_MAIN(TestStatementJobModel)
#include "tst_statementjobmodel.moc"
