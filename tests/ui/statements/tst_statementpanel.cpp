// The statements panel in the real main window, offscreen, against the sandbox over loopback
// HTTP: generate statements for a selection (JSON + CSV), watch them in the panel, the progress
// bar and the window title, view one, cancel a running batch, download existing statements
// without creating jobs, and resume after a restart.
#include "MainWindow.h"
#include "api/ApiClient.h"
#include "bills/BillDetailPane.h"
#include "connection/PreferencesDialog.h"
#include "domain/BillFilter.h"
#include "models/BillTableModel.h"
#include "models/CsvTableModel.h"
#include "models/JsonTreeModel.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxStore.h"
#include "session/AppSettings.h"
#include "statements/GenerateStatementsDialog.h"
#include "statements/StatementJobModel.h"
#include "statements/StatementPanel.h"
#include "statements/StatementQueue.h"
#include "statements/StatementViewer.h"
#include "support/SandboxMainWindow.h"
#include "support/TestSession.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <chrono>
#include <memory>

using namespace m3ter;
using namespace m3ter::sandbox;
using namespace std::chrono_literals;
using Stage = StatementEntry::Stage;

namespace {

SandboxConfig config(double jobSeconds) {
    SandboxConfig c;
    c.seed = 5;
    c.accounts = 8;
    c.bills = 80;
    c.jobSeconds = jobSeconds;
    c.rateLimitPerSecond = 0;
    return c;
}

bool allInStage(const StatementQueue &queue, Stage stage) {
    for (int i = 0; i < queue.count(); ++i) {
        if (queue.at(i).stage != stage)
            return false;
    }
    return queue.count() > 0;
}

// Runs the pending layout and paint requests, so that a grab shows the widget as it will look.
void settle() {
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
}

QString stages(const StatementQueue &queue) {
    QStringList out;
    for (int i = 0; i < queue.count(); ++i)
        out << StatementEntry::stageLabel(queue.at(i).stage) + QLatin1Char(':') +
                   queue.at(i).error.text();
    return out.join(QStringLiteral(", "));
}

} // namespace

class TestStatementPanel : public QObject, public test::SandboxMainWindow {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init() {
        QSettings().clear();
        removeQueueFiles();
        QVERIFY(target.isValid());
        QSettings().setValue(QStringLiteral("statements/folder"), target.path());
        // Every bill, so the first rows are there without paging.
        QSettings().setValue(QStringLiteral("billTable/filter"), BillFilter().toVariantMap());
    }

    void cleanup() {
        window.reset();
        session.reset();
        server.reset();
        removeQueueFiles();
    }

    void generateSelectionWithCsvAndView() {
        openSession(0.5);
        StatementPanel *panel = window->statementPanel();
        StatementQueue *queue = window->statementQueue();
        QVERIFY(panel->isHidden()); // nothing to show yet
        QCOMPARE(queue->count(), 0);
        const QString baseTitle = window->windowTitle();
        QStringList titles;
        connect(window.get(), &QWidget::windowTitleChanged, this,
                [&titles](const QString &title) { titles << title; });

        selectRows(0, 12);
        QVERIFY(window->generateStatementsAction()->isEnabled());
        window->generateStatementsAction()->trigger();
        GenerateStatementsDialog *dialog = openDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->bills().size(), 12);
        dialog->setIncludeCsv(true);
        dialog->accept();

        // Every job is in the panel at once, before any POST has been answered.
        QCOMPARE(panel->model()->rowCount(), 12);
        QVERIFY(panel->isVisible());
        QCOMPARE(panel->progressBar()->maximum(), 12);
        QCOMPARE(panel->model()->index(0, StatementJobModel::AccountCodeColumn).data().toString(),
                 window->billModel()->billAt(0).accountCode);
        QCOMPARE(panel->model()->index(11, StatementJobModel::BillIdColumn).data().toString(),
                 window->billModel()->billAt(11).id);

        QTRY_VERIFY2_WITH_TIMEOUT(allInStage(*queue, Stage::Downloaded), qPrintable(stages(*queue)),
                                  30000);
        for (int i = 0; i < queue->count(); ++i) {
            const StatementEntry &e = queue->at(i);
            QVERIFY(e.includeCsv);
            QVERIFY2(QFileInfo::exists(e.jsonFile), qPrintable(e.jsonFile));
            QVERIFY2(QFileInfo::exists(e.csvFile), qPrintable(e.csvFile));
            QVERIFY(e.jsonFile.startsWith(target.path() + QLatin1Char('/')));
            QVERIFY(
                e.jsonFile.endsWith(QLatin1Char('_') + e.item.billId + QStringLiteral(".json")));
            QCOMPARE(panel->model()->index(i, StatementJobModel::StatusColumn).data().toString(),
                     QStringLiteral("Downloaded"));
        }
        QCOMPARE(panel->progressBar()->value(), 12);
        QCOMPARE(panel->progressBar()->maximum(), 12);
        QCOMPARE(panel->progressBar()->text(), QStringLiteral("12 of 12 done"));
        QTRY_VERIFY(panel->summaryLabel()->text().contains(QLatin1String("12 downloaded")));
        // The title showed the progress while it ran and is back to normal now.
        bool sawProgress = false;
        for (const QString &title : std::as_const(titles))
            sawProgress = sawProgress || title.contains(QLatin1String("/12 statements"));
        QVERIFY2(sawProgress, qPrintable(titles.join(QLatin1Char('\n'))));
        QCOMPARE(window->windowTitle(), baseTitle);
        QTRY_VERIFY(window->lastStatementNotice().contains(QLatin1String("12 statement")));

        // View: the JSON as a tree, the CSV as a table.
        panel->selectEntries({queue->at(2).id});
        QVERIFY(panel->viewAction()->isEnabled());
        QVERIFY(panel->cancelSelectedAction()->isEnabled() == false);
        panel->viewAction()->trigger();
        StatementViewer *viewer = panel->viewer();
        QVERIFY(viewer);
        QVERIFY(QTest::qWaitForWindowExposed(viewer));
        QVERIFY(viewer->jsonModel()->rowCount() > 3);
        QVERIFY2(viewer->jsonError().isEmpty(), qPrintable(viewer->jsonError()));
        QVERIFY(viewer->jsonView()->isVisible());
        QVERIFY(viewer->csvModel()->rowCount() > 0);
        QVERIFY(viewer->windowTitle().contains(queue->at(2).item.billId));

        // Screenshots of the panel and the viewer, for a look by eye.
        panel->selectEntries({queue->at(2).id});
        settle();
        QVERIFY(panel->grab().save(QStringLiteral("/tmp/statement-panel.png")));
        QVERIFY(window->grab().save(QStringLiteral("/tmp/statement-window.png")));
        viewer->resize(900, 620);
        settle();
        QVERIFY(viewer->grab().save(QStringLiteral("/tmp/statement-viewer.png")));
        viewer->setCurrentTab(1);
        settle();
        QVERIFY(viewer->grab().save(QStringLiteral("/tmp/statement-viewer-csv.png")));
        viewer->close();
    }

    void cancelAllWhileJobsRun() {
        openSession(30);
        StatementQueue *queue = window->statementQueue();
        StatementPanel *panel = window->statementPanel();
        selectRows(10, 8);
        window->generateStatementsAction()->trigger();
        GenerateStatementsDialog *dialog = openDialog();
        QVERIFY(dialog);
        dialog->setIncludeCsv(false);
        dialog->accept();
        QCOMPARE(panel->model()->rowCount(), 8);
        // Wait until the jobs exist on the server, then cancel them all.
        QTRY_VERIFY_WITH_TIMEOUT(allInStage(*queue, Stage::Generating), 10000);
        QTRY_VERIFY(panel->cancelAllAction()->isEnabled()); // refreshed within 100 ms
        QVERIFY(window->windowTitle().contains(QLatin1String("0/8 statements")));
        panel->cancelAllAction()->trigger();
        QTRY_VERIFY2_WITH_TIMEOUT(allInStage(*queue, Stage::Cancelled), qPrintable(stages(*queue)),
                                  10000);
        for (int i = 0; i < 8; ++i)
            QCOMPARE(panel->model()->index(i, StatementJobModel::StatusColumn).data().toString(),
                     QStringLiteral("Cancelled"));
        QTRY_VERIFY(!panel->cancelAllAction()->isEnabled());
        QCOMPARE(panel->progressBar()->text(), QStringLiteral("8 of 8 done"));
        QTRY_VERIFY(window->lastStatementNotice().contains(QLatin1String("8 not")));
        // The server agrees: every job was cancelled.
        for (int i = 0; i < server->store().jobCount(); ++i)
            QVERIFY(server->store().job(i).cancelledMs > 0);
    }

    void downloadExistingCreatesNoJob() {
        openSession(0.5);
        BillTableModel *model = window->billModel();
        QList<int> withStatement;
        for (int r = 0; r < model->rowCount() && withStatement.size() < 5; ++r) {
            if (model->billAt(r).jsonStatementGenerated)
                withStatement << r;
        }
        QVERIFY(withStatement.size() >= 2);
        QItemSelection selection;
        for (int r : withStatement)
            selection.select(model->index(r, 0), model->index(r, 0));
        // One bill without a statement in the selection is skipped, not submitted.
        int without = -1;
        for (int r = 0; r < model->rowCount() && without < 0; ++r)
            without = model->billAt(r).jsonStatementGenerated ? -1 : r;
        QVERIFY(without >= 0);
        selection.select(model->index(without, 0), model->index(without, 0));
        window->billView()->selectionModel()->select(
            selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        const int jobsBefore = server->store().jobCount();
        QVERIFY(window->downloadExistingAction()->isEnabled());
        window->downloadExistingAction()->trigger();
        StatementQueue *queue = window->statementQueue();
        QCOMPARE(queue->count(), int(withStatement.size()));
        QTRY_VERIFY2_WITH_TIMEOUT(allInStage(*queue, Stage::Downloaded), qPrintable(stages(*queue)),
                                  20000);
        QCOMPARE(server->store().jobCount(), jobsBefore); // no job was created
        for (int i = 0; i < queue->count(); ++i) {
            const StatementEntry &e = queue->at(i);
            QVERIFY(e.existingStatement);
            QVERIFY(QFileInfo::exists(e.jsonFile));
            const int row = model->rowOfBill(e.item.billId);
            QCOMPARE(!e.csvFile.isEmpty(), bool(model->billAt(row).csvStatementGenerated));
        }
        // One notice for the whole request, even when it was split by format.
        QTRY_VERIFY(window->lastStatementNotice().startsWith(
            QStringLiteral("%1 statement").arg(withStatement.size())));
    }

    void detailPaneAndStaleBillsAskFirst() {
        openSession(0.5);
        BillTableModel *model = window->billModel();
        window->billView()->selectRow(4);
        BillDetailPane *detail = window->detailPane();
        QTRY_VERIFY_WITH_TIMEOUT(detail->bill().has_value(), 10000);
        QVERIFY(detail->generateStatementAction()->isEnabled());
        detail->generateStatementAction()->trigger();
        GenerateStatementsDialog *dialog = openDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->bills().size(), 1);
        QCOMPARE(dialog->bills().first().billId, model->billAt(4).id);
        dialog->reject();
        QCOMPARE(window->statementQueue()->count(), 0);

        int stale = 0;
        for (int r = 0; r < model->rowCount(); ++r)
            stale += model->billAt(r).statementStale ? 1 : 0;
        QVERIFY(stale > 0);
        QVERIFY(window->regenerateStaleAction()->isEnabled());
        QTRY_VERIFY(!window->findChild<GenerateStatementsDialog *>());
        window->regenerateStaleAction()->trigger();
        dialog = openDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->bills().size(), stale);
        dialog->accept();
        QCOMPARE(window->statementQueue()->count(), stale);
    }

    void resumesAfterRestart() {
        openSession(1.5);
        selectRows(0, 4);
        window->generateStatementsAction()->trigger();
        GenerateStatementsDialog *dialog = openDialog();
        QVERIFY(dialog);
        dialog->accept();
        StatementQueue *queue = window->statementQueue();
        QTRY_VERIFY_WITH_TIMEOUT(allInStage(*queue, Stage::Generating), 10000);
        const QString stateFile = queue->stateFile();
        QVERIFY(stateFile.startsWith(
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
        // Quits while the jobs run: the queue is saved.
        window.reset();
        restartSession();
        QVERIFY(QFileInfo::exists(stateFile));

        window = std::make_unique<MainWindow>(session.get());
        window->resize(1400, 800);
        window->show();
        window->start(); // loads the queue and resumes
        queue = window->statementQueue();
        QCOMPARE(queue->count(), 4);
        QVERIFY(window->statementPanel()->isVisible());
        queue->setPollIntervals(50ms, 300ms);
        QTRY_VERIFY2_WITH_TIMEOUT(allInStage(*queue, Stage::Downloaded), qPrintable(stages(*queue)),
                                  20000);
        QCOMPARE(server->store().jobCount(), 4); // followed, not submitted again
        QCOMPARE(window->statementPanel()->progressBar()->text(), QStringLiteral("4 of 4 done"));
    }

    // Statements downloaded before stay listed and can be viewed and opened when m3ter cannot
    // be reached: the panel shows the queue's own saved state, and the files are on disk.
    void downloadedStatementsStayOpenableOffline() {
        openSession(0.3);
        selectRows(0, 3);
        window->generateStatementsAction()->trigger();
        GenerateStatementsDialog *dialog = openDialog();
        QVERIFY(dialog);
        dialog->setIncludeCsv(true);
        dialog->accept();
        StatementQueue *queue = window->statementQueue();
        QTRY_VERIFY2_WITH_TIMEOUT(allInStage(*queue, Stage::Downloaded), qPrintable(stages(*queue)),
                                  20000);
        window.reset();
        server.reset(); // nothing answers at m3ter's address any more
        restartSession();
        RetryPolicy once;
        once.setMaxAttempts(1);
        client->setRetryPolicy(once);

        window = std::make_unique<MainWindow>(session.get());
        window->resize(1400, 800);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        window->start();
        QTRY_COMPARE_WITH_TIMEOUT(window->billModel()->loadState(),
                                  BillTableModel::LoadState::Error, 10000);
        StatementPanel *panel = window->statementPanel();
        queue = window->statementQueue();
        QCOMPARE(queue->count(), 3);
        QVERIFY(panel->isVisible());
        QVERIFY(allInStage(*queue, Stage::Downloaded));
        QCOMPARE(panel->model()->index(1, StatementJobModel::StatusColumn).data().toString(),
                 QStringLiteral("Downloaded"));
        panel->selectEntries({queue->at(1).id});
        QVERIFY(panel->openAction()->isEnabled());
        QVERIFY(panel->revealAction()->isEnabled());
        QVERIFY(panel->viewAction()->isEnabled());
        panel->viewAction()->trigger();
        StatementViewer *viewer = panel->viewer();
        QVERIFY(viewer);
        QVERIFY(QTest::qWaitForWindowExposed(viewer));
        QVERIFY2(viewer->jsonError().isEmpty(), qPrintable(viewer->jsonError()));
        QVERIFY(viewer->jsonModel()->rowCount() > 3);
        QVERIFY(viewer->csvModel()->rowCount() > 0);
        viewer->close();
    }

    // Clear finished: the finished entries leave the list (and the saved queue), the running
    // ones stay with their progress, and the files already saved stay on disk.
    void clearFinishedKeepsRunningJobs() {
        openSession(30);
        StatementQueue *queue = window->statementQueue();
        StatementPanel *panel = window->statementPanel();
        selectRows(0, 6);
        window->generateStatementsAction()->trigger();
        GenerateStatementsDialog *dialog = openDialog();
        QVERIFY(dialog);
        dialog->setIncludeCsv(false);
        dialog->accept();
        QTRY_VERIFY_WITH_TIMEOUT(allInStage(*queue, Stage::Generating), 10000);
        QTRY_VERIFY(panel->cancelAllAction()->isEnabled());
        QVERIFY(!panel->clearFinishedAction()->isEnabled()); // nothing finished yet
        const QStringList bills{queue->at(0).item.billId, queue->at(2).item.billId,
                                queue->at(4).item.billId, queue->at(5).item.billId};
        panel->selectEntries({queue->at(1).id, queue->at(3).id});
        panel->cancelSelectedAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(queue->finishedCount() == 2, 10000);
        QTRY_VERIFY(panel->clearFinishedAction()->isEnabled());
        QCOMPARE(panel->progressBar()->text(), QStringLiteral("2 of 6 done"));

        panel->clearFinishedAction()->trigger();
        QCOMPARE(queue->count(), 4);
        QCOMPARE(panel->model()->rowCount(), 4);
        for (int row = 0; row < 4; ++row) {
            QCOMPARE(panel->model()->index(row, StatementJobModel::BillIdColumn).data().toString(),
                     bills[row]);
            QCOMPARE(queue->at(row).stage, Stage::Generating);
        }
        QTRY_VERIFY(!panel->clearFinishedAction()->isEnabled());
        QCOMPARE(panel->progressBar()->text(), QStringLiteral("0 of 4 done"));
        QTRY_VERIFY(!panel->summaryLabel()->text().contains(QLatin1String("cancelled")));

        panel->cancelAll();
        QTRY_VERIFY_WITH_TIMEOUT(allInStage(*queue, Stage::Cancelled), 10000);
        QTRY_VERIFY(panel->clearFinishedAction()->isEnabled());
        panel->clearFinished();
        QCOMPARE(panel->model()->rowCount(), 0);
        QVERIFY(!panel->view()->isVisible()); // the "No statements yet" page instead
        QVERIFY(!panel->progressBar()->isVisible());

        // Cleared for good: a restart brings nothing back.
        window.reset();
        restartSession();
        window = std::make_unique<MainWindow>(session.get());
        window->start();
        QCOMPARE(window->statementQueue()->count(), 0);
    }

    // A job that never finishes is given up on after the limit; the row says so.
    void stuckJobIsGivenUpAndExplained() {
        openSession(100000);
        StatementQueue *queue = window->statementQueue();
        StatementPanel *panel = window->statementPanel();
        queue->setJobGiveUpAfter(800ms);
        selectRows(0, 2);
        window->generateStatementsAction()->trigger();
        GenerateStatementsDialog *dialog = openDialog();
        QVERIFY(dialog);
        dialog->accept();
        QTRY_VERIFY2_WITH_TIMEOUT(allInStage(*queue, Stage::Failed), qPrintable(stages(*queue)),
                                  10000);
        for (int row = 0; row < 2; ++row) {
            const QModelIndex files = panel->model()->index(row, StatementJobModel::FilesColumn);
            QVERIFY2(files.data().toString().startsWith(QLatin1String("Stopped waiting after")),
                     qPrintable(files.data().toString()));
            QVERIFY(files.data(Qt::ToolTipRole).toString().contains(queue->at(row).jobId));
        }
        QTRY_VERIFY(panel->summaryLabel()->text().contains(QLatin1String("2 failed")));
        panel->selectEntries({queue->at(0).id});
        QVERIFY(panel->generateAgainAction()->isEnabled());
    }

    void preferencesChooseTheFolder() {
        QCOMPARE(AppSettings().statementsFolder(), target.path());
        PreferencesDialog dialog;
        auto *folder = dialog.findChild<QLineEdit *>(QStringLiteral("statementsFolder"));
        QVERIFY(folder);
        QCOMPARE(QDir::fromNativeSeparators(folder->text()), target.path());
        folder->setText(QDir::toNativeSeparators(target.filePath(QStringLiteral("elsewhere"))));
        dialog.accept();
        QCOMPARE(AppSettings().statementsFolder(), target.filePath(QStringLiteral("elsewhere")));
        // Empty means the default under Documents.
        PreferencesDialog again;
        again.findChild<QLineEdit *>(QStringLiteral("statementsFolder"))->clear();
        again.accept();
        QCOMPARE(AppSettings().statementsFolder(), AppSettings().defaultStatementsFolder());
        QVERIFY(
            AppSettings().defaultStatementsFolder().endsWith(QLatin1String("/m3ter statements")));
    }

private:
    void openSession(double jobSeconds) { SandboxMainWindow::openSession(config(jobSeconds)); }

    void selectRows(int first, int count) {
        QList<int> rows;
        for (int r = first; r < first + count; ++r)
            rows.append(r);
        SandboxMainWindow::selectRows(rows);
    }

    QTemporaryDir target;
};

QTEST_MAIN(TestStatementPanel)
#include "tst_statementpanel.moc"
