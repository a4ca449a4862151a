#include "StatementSandbox.h"
#include "statements/StatementJobModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTranslator>

using namespace m3ter;
using namespace m3ter::test;

namespace {

// A "language" in which every text of the application reads "DE: <English>".
class PrefixTranslator : public QTranslator {
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *, const char *sourceText, const char *, int) const override {
        return QStringLiteral("DE: ") + QString::fromUtf8(sourceText);
    }
};

QString filesText(const StatementJobModel &model, int row) {
    return model.index(row, StatementJobModel::FilesColumn).data().toString();
}

} // namespace

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
        // One insert for the submission, not one per bill (a view reacts to each insert).
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 0);
        QCOMPARE(inserted.first().at(2).toInt(), 4);
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

    // The error is kept as what happened, not as a sentence: after a change of language the
    // reloaded entry speaks the new one.
    void errorFollowsTheLanguageAfterReload() {
        auto config = StatementSandbox::config();
        config.jobFailureRate = 1;
        StatementSandbox sb;
        QVERIFY(sb.start(config));
        QString jobId;
        {
            auto queue = sb.makeQueue();
            queue->submit(sb.items(1), false);
            QVERIFY(waitIdle(*queue));
            QCOMPARE(queue->at(0).stage, StatementEntry::Stage::Failed);
            jobId = queue->at(0).jobId;
            const StatementJobModel model(queue.get());
            QVERIFY2(!filesText(model, 0).startsWith(QLatin1String("DE: ")),
                     qPrintable(filesText(model, 0)));
        }
        PrefixTranslator german;
        QVERIFY(QCoreApplication::installTranslator(&german));
        auto queue = sb.makeQueue();
        QVERIFY(queue->load());
        const StatementJobModel model(queue.get());
        const QString shown = filesText(model, 0);
        QCoreApplication::removeTranslator(&german);
        QVERIFY2(shown.startsWith(QLatin1String("DE: ")), qPrintable(shown));
        QVERIFY2(shown.contains(jobId), qPrintable(shown));
    }

    // A state file of an earlier version holds the error as text: it still loads and shows it.
    void oldStateFileShowsItsErrorText() {
        StatementSandbox sb;
        QVERIFY(sb.start());
        QVERIFY(QDir().mkpath(QFileInfo(sb.stateFile()).absolutePath()));
        QFile file(sb.stateFile());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format":"m3ter-bills/statement-queue/1","nextEntryId":2,
            "nextSubmissionId":2,"entries":[{"id":1,"submissionId":1,"billId":"b-1",
            "stage":"downloadFailed","jobId":"j-1","jobStatus":"COMPLETE",
            "error":"Die Platte ist voll."}]})");
        file.close();
        auto queue = sb.makeQueue();
        QVERIFY(queue->load());
        const StatementJobModel model(queue.get());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(filesText(model, 0), QStringLiteral("Die Platte ist voll."));
        QCOMPARE(model.index(0, 0).data(StatementJobModel::ErrorRole).toString(),
                 QStringLiteral("Die Platte ist voll."));
    }

    void formatsElapsedTime() {
        QCOMPARE(StatementJobModel::formatElapsed(0), QStringLiteral("0:00"));
        QCOMPARE(StatementJobModel::formatElapsed(65500), QStringLiteral("1:05"));
        QCOMPARE(StatementJobModel::formatElapsed(3723000), QStringLiteral("1:02:03"));
    }
};

QTEST_GUILESS_MAIN(TestStatementJobModel)
#include "tst_statementjobmodel.moc"
