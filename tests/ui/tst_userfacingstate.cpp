// What the user sees must be true (issue 10, items 6–9): the real main window, offscreen,
// against the sandbox over loopback HTTP. Statement state that follows the jobs, the keyboard
// doing what the labels say, errors that name the right thing and go away when they are over,
// and the demo data showing every state the window has a look for.
#include "MainWindow.h"
#include "api/ApiClient.h"
#include "bills/BillDetailPane.h"
#include "bills/BillFilterBar.h"
#include "bills/TableStateOverlay.h"
#include "common/FileDialog.h"
#include "common/InlineNotice.h"
#include "models/BillTableModel.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxStore.h"
#include "statements/GenerateStatementsDialog.h"
#include "statements/StatementJobModel.h"
#include "statements/StatementPanel.h"
#include "statements/StatementQueue.h"
#include "support/SandboxMainWindow.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <memory>

using namespace m3ter;
using namespace m3ter::sandbox;
using namespace std::chrono_literals;
using Stage = StatementEntry::Stage;

namespace {

SandboxConfig config(double jobSeconds = 0.3) {
    SandboxConfig c;
    c.seed = 5;
    c.accounts = 8;
    c.bills = 150;
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

} // namespace

class TestUserFacingState : public QObject, public test::SandboxMainWindow {
    Q_OBJECT

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        // As in main(): Qt appends this to window titles that do not end with it.
        QApplication::setApplicationDisplayName(QStringLiteral("m3ter Bills"));
    }

    void init() {
        QSettings().clear();
        removeQueueFiles();
        QVERIFY(target.isValid());
        QSettings().setValue(QStringLiteral("statements/folder"), target.path());
        QSettings().setValue(QStringLiteral("billTable/filter"), BillFilter().toVariantMap());
    }

    void cleanup() {
        window.reset();
        session.reset();
        server.reset();
        removeQueueFiles();
    }

    // ---- 6. Statement state that does not lie

    void statementColumnFollowsFinishedJobs() {
        openSession(config());
        BillTableModel *model = window->billModel();
        QList<int> rows;
        for (int r = 0; r < model->rowCount() && rows.size() < 3; ++r) {
            if (!model->billAt(r).jsonStatementGenerated)
                rows << r;
        }
        QCOMPARE(rows.size(), 3);
        selectRows(rows);
        window->generateStatementsAction()->trigger();
        GenerateStatementsDialog *dialog = openDialog();
        QVERIFY(dialog);
        dialog->accept();
        QTRY_VERIFY_WITH_TIMEOUT(allInStage(*window->statementQueue(), Stage::Downloaded), 20000);
        for (int r : rows) {
            QTRY_COMPARE(model->index(r, BillTableModel::StatementColumn).data().toString(),
                         QStringLiteral("JSON"));
        }
        // The next question counts them as having a statement.
        QTRY_VERIFY(!window->findChild<GenerateStatementsDialog *>());
        selectRows(rows);
        window->generateStatementsAction()->trigger();
        dialog = openDialog();
        QVERIFY(dialog);
        bool saysAllThree = false;
        for (QLabel *label : dialog->findChildren<QLabel *>())
            saysAllThree = saysAllThree || label->text().startsWith(QLatin1String("3 of these"));
        QVERIFY(saysAllThree);
        dialog->reject();
    }

    void summaryCountsARetriedBillOnce() {
        openSession(config());
        // The first batch is refused; generated again, every bill makes it.
        server->faults().add(QStringLiteral("statementjobs.batch"), FaultSpec::httpStatus(400, 1));
        selectRows({0, 1, 2});
        window->generateStatementsAction()->trigger();
        GenerateStatementsDialog *dialog = openDialog();
        QVERIFY(dialog);
        dialog->accept();
        StatementQueue *queue = window->statementQueue();
        StatementPanel *panel = window->statementPanel();
        QTRY_VERIFY_WITH_TIMEOUT(queue->isIdle(), 20000);
        QTRY_VERIFY(panel->summaryLabel()->text().contains(QLatin1String("3 failed")));
        QList<int> failed;
        for (int i = 0; i < queue->count(); ++i)
            failed << queue->at(i).id;
        panel->selectEntries(failed);
        panel->generateAgain();
        QCOMPARE(queue->count(), 6);
        QTRY_VERIFY_WITH_TIMEOUT(queue->isIdle(), 20000);
        for (int i = 3; i < 6; ++i)
            QCOMPARE(queue->at(i).stage, Stage::Downloaded);
        QTRY_COMPARE(panel->summaryLabel()->text(), QStringLiteral("3 downloaded"));
    }

    void cancelledRowsClaimNoStatement() {
        openSession(config());
        // Downloads that take long enough to be cancelled once the jobs are complete.
        server->faults().add(QStringLiteral("download"), FaultSpec::stall(-1));
        selectRows({0, 1});
        window->generateStatementsAction()->trigger();
        GenerateStatementsDialog *dialog = openDialog();
        QVERIFY(dialog);
        dialog->setIncludeCsv(true);
        dialog->accept();
        StatementQueue *queue = window->statementQueue();
        QTRY_VERIFY_WITH_TIMEOUT(allInStage(*queue, Stage::Downloading), 20000);
        StatementJobModel *jobs = window->statementPanel()->model();
        QCOMPARE(jobs->index(0, StatementJobModel::JsonStatusColumn).data().toString(),
                 QStringLiteral("Up to date"));
        window->statementPanel()->cancelAll();
        QTRY_VERIFY_WITH_TIMEOUT(allInStage(*queue, Stage::Cancelled), 10000);
        for (int row = 0; row < 2; ++row) {
            QCOMPARE(jobs->index(row, StatementJobModel::JsonStatusColumn).data().toString(),
                     QString());
            QCOMPARE(jobs->index(row, StatementJobModel::CsvStatusColumn).data().toString(),
                     QString());
        }
    }

    void quitDuringARunSaysItResumes() {
        openSession(config(60));
        selectRows({0, 1});
        window->generateStatementsAction()->trigger();
        GenerateStatementsDialog *dialog = openDialog();
        QVERIFY(dialog);
        dialog->accept();
        QTRY_VERIFY_WITH_TIMEOUT(allInStage(*window->statementQueue(), Stage::Generating), 10000);
        auto *quit = window->findChild<QAction *>(QStringLiteral("quitAction"));
        QVERIFY(quit);
        QCOMPARE(quit->shortcut(), QKeySequence(QKeySequence::Quit));
        quit->trigger();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window->findChild<QMessageBox *>()) && box->isVisible());
        QVERIFY(window->isVisible()); // not gone without a word
        QVERIFY2(box->informativeText().contains(QLatin1String("next time")),
                 qPrintable(box->informativeText()));
        auto *confirm = box->findChild<QPushButton *>(QStringLiteral("quitDuringRunQuit"));
        QVERIFY(confirm);
        QTest::mouseClick(confirm, Qt::LeftButton);
        QTRY_VERIFY(!window->isVisible());
    }

    // ---- 7. Keyboard

    void enterInADateFieldApplies() {
        openSession(config());
        BillFilterBar *bar = window->filterBar();
        auto *mode = bar->findChild<QComboBox *>(QStringLiteral("dateModeFilter"));
        mode->setCurrentIndex(2); // From … before …
        auto *from = bar->findChild<QDateEdit *>(QStringLiteral("billDateStartFilter"));
        from->setDate(QDate(2020, 1, 1));
        from->setFocus();
        QTRY_VERIFY(from->hasFocus());
        QTest::keyClick(from, Qt::Key_Return);
        QTRY_COMPARE(window->billModel()->filter().billDateStart, QDate(2020, 1, 1));
    }

    // With X11 key bindings a line edit claims Ctrl+E ("end of line"); offscreen it does not,
    // so ctest also runs this one on a virtual X server (tst_userfacingstate_x11_shortcuts).
    void ctrlEExportsFromTheAccountFilter() {
        openSession(config());
        auto *account =
            window->filterBar()->findChild<QComboBox *>(QStringLiteral("accountFilter"));
        window->activateWindow();
        account->lineEdit()->setFocus();
        QTRY_VERIFY(account->lineEdit()->hasFocus());
        QSignalSpy triggered(window->exportAction(), &QAction::triggered);
        FileDialog::setNextSaveFileName(QString()); // the export's file dialog is cancelled
        QTest::keyClick(account->lineEdit(), Qt::Key_E, Qt::ControlModifier);
        QCOMPARE(triggered.count(), 1);
    }

    void f6IntoTheTableSelectsTheFirstBill() {
        openSession(config());
        window->activateWindow();
        window->filterBar()->focusFirstField();
        QTRY_VERIFY(window->filterBar()->isAncestorOf(QApplication::focusWidget()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
        QTableView *view = window->billView();
        QTRY_VERIFY(view->hasFocus());
        QCOMPARE(view->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(view->selectionModel()->selectedRows().first().row(), 0);
        QTest::keyClick(view, Qt::Key_Down);
        QCOMPARE(view->currentIndex().row(), 1);
    }

    void ctrlShiftSFocusesTheStatementsPanel() {
        openSession(config());
        window->activateWindow();
        window->billView()->setFocus();
        QTRY_VERIFY(window->billView()->hasFocus());
        StatementPanel *panel = window->statementPanel();
        QVERIFY(panel->isHidden());
        QTest::keyClick(window->billView(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(panel->isVisible());
        QTRY_VERIFY(QApplication::focusWidget() == panel ||
                    panel->isAncestorOf(QApplication::focusWidget()));
    }

    void downInTheAccountBoxKeepsTableAndBarInStep() {
        openSession(config());
        auto *account =
            window->filterBar()->findChild<QComboBox *>(QStringLiteral("accountFilter"));
        QTRY_VERIFY_WITH_TIMEOUT(account->count() > 2, 10000);
        window->activateWindow();
        account->lineEdit()->setFocus();
        QTRY_VERIFY(account->lineEdit()->hasFocus());
        QTest::keyClick(account->lineEdit(), Qt::Key_Down);
        // What the bar shows is still what the table was loaded with.
        QCOMPARE(window->filterBar()->filter().accountId, window->billModel()->filter().accountId);
        account->hidePopup();
    }

    // ---- 8. Errors a user meets

    // Refresh keeps the selected bill selected and loads its details again: an error shown for
    // it goes once m3ter answers; with no bill selected, the pane is empty.
    void refreshReloadsTheSelectedBillsDetails() {
        openSession(config());
        server->faults().add(QStringLiteral("bills.get"), FaultSpec::httpStatus(503, -1));
        window->billView()->selectRow(0);
        const QString selected =
            window->billModel()->index(0, 0).data(BillTableModel::BillIdRole).toString();
        BillDetailPane *detail = window->detailPane();
        QTRY_COMPARE_WITH_TIMEOUT(detail->state(), BillDetailPane::State::Error, 10000);
        server->faults().clear();
        server->faults().add(QStringLiteral("bills.list"), FaultSpec::delay(1000, 1));
        window->findChild<QAction *>(QStringLiteral("refreshAction"))->trigger();
        // Until the list read again is merged whole, the count says it is being refreshed.
        QTRY_VERIFY2_WITH_TIMEOUT(window->statusText().contains(QLatin1String("refreshing")),
                                  qPrintable(window->statusText()), 900);
        QTRY_VERIFY_WITH_TIMEOUT(!window->billModel()->isRefreshing() &&
                                     window->billModel()->loadState() ==
                                         BillTableModel::LoadState::Idle,
                                 10000);
        const QModelIndexList rows = window->billView()->selectionModel()->selectedRows();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().data(BillTableModel::BillIdRole).toString(), selected);
        QTRY_COMPARE_WITH_TIMEOUT(detail->state(), BillDetailPane::State::Showing, 10000);
        QCOMPARE(detail->currentBillId(), selected);

        window->billView()->clearSelection();
        QTRY_COMPARE(detail->state(), BillDetailPane::State::Empty);
    }

    void errorsDoNotSendTheUserToAProfile() {
        // A connection from the command line has no profile to check: a refused connection.
        QUrl gone;
        {
            SandboxServer closed(config());
            QVERIFY(closed.start());
            gone = closed.baseUrl();
        }
        ApiConnection connection;
        connection.baseUrl = gone;
        connection.orgId = QStringLiteral("org");
        connection.clientId = QStringLiteral("id");
        connection.clientSecret = QStringLiteral("secret");
        openWindow(connection);
        TableStateOverlay *overlay = window->tableOverlay();
        QTRY_COMPARE_WITH_TIMEOUT(overlay->state(), TableStateOverlay::State::Error, 10000);
        QVERIFY2(overlay->text().contains(QLatin1String("refused")), qPrintable(overlay->text()));
        QVERIFY2(!overlay->text().contains(QLatin1String("profile")), qPrintable(overlay->text()));
    }

    void aStalledBillCanBeCancelledAndIsRetriedSoon() {
        openSession(config());
        server->faults().add(QStringLiteral("bills.get"), FaultSpec::stall(1));
        window->billView()->selectRow(0);
        BillDetailPane *detail = window->detailPane();
        QTRY_COMPARE(detail->state(), BillDetailPane::State::Loading);
        // The request is on the server (the stall is used up) before it is cancelled.
        QTRY_COMPARE(server->faults().pendingCount(QStringLiteral("bills.get")), 0);
        QPushButton *cancel = detail->cancelButton();
        QVERIFY(cancel);
        QTRY_VERIFY(cancel->isVisible());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QCOMPARE(detail->state(), BillDetailPane::State::Error);
        QVERIFY(detail->retryButton()->isVisible());

        // A stalled first attempt is given up well before the client's 60 s and tried again.
        server->faults().add(QStringLiteral("bills.get"), FaultSpec::stall(1));
        QTest::mouseClick(detail->retryButton(), Qt::LeftButton);
        QCOMPARE(detail->state(), BillDetailPane::State::Loading);
        QTRY_COMPARE_WITH_TIMEOUT(detail->state(), BillDetailPane::State::Showing, 30000);
    }

    void refreshWhileTheServerIsDownKeepsTheBills() {
        openSession(config());
        BillTableModel *model = window->billModel();
        const int before = model->rowCount();
        const QString first = model->billAt(0).id;
        server->faults().add(QStringLiteral("bills.list"), FaultSpec::httpStatus(503, -1));
        window->findChild<QAction *>(QStringLiteral("refreshAction"))->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(model->loadState(), BillTableModel::LoadState::Error, 10000);
        QCOMPARE(model->rowCount(), before);
        QCOMPARE(model->billAt(0).id.toString(), first);
        InlineNotice *notice = window->notice();
        QVERIFY(notice->isVisible());
        QVERIFY2(notice->text().contains(QLatin1String("could not be refreshed")),
                 qPrintable(notice->text()));
        // Back up: Retry refreshes and the notice goes.
        server->faults().clear();
        QTest::mouseClick(notice->findChild<QPushButton *>(QStringLiteral("inlineNoticeAccept")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            model->loadState() == BillTableModel::LoadState::Idle && model->rowCount() > 0, 10000);
        QTRY_VERIFY(!notice->isVisible());
    }

    void waitingStatementRowsSayWhy() {
        openSession(config(120));
        selectRows({0, 1});
        window->generateStatementsAction()->trigger();
        GenerateStatementsDialog *dialog = openDialog();
        QVERIFY(dialog);
        dialog->accept();
        StatementQueue *queue = window->statementQueue();
        QTRY_VERIFY_WITH_TIMEOUT(allInStage(*queue, Stage::Generating), 10000);
        server->faults().add(QStringLiteral("statementjobs.get"), FaultSpec::httpStatus(503, -1));
        server->faults().add(QStringLiteral("statementjobs.list"), FaultSpec::httpStatus(503, -1));
        StatementJobModel *jobs = window->statementPanel()->model();
        QTRY_VERIFY_WITH_TIMEOUT(jobs->index(0, StatementJobModel::FilesColumn)
                                     .data()
                                     .toString()
                                     .contains(QLatin1String("503")),
                                 20000);
        QVERIFY(jobs->index(0, StatementJobModel::StatusColumn)
                    .data()
                    .toString()
                    .contains(QLatin1String("retrying")));
    }

    void titleNamesTheAppOnce() {
        openSession(config());
        // What the desktop shows: Qt appends the display name unless the title ends with it.
        const QString name = QApplication::applicationDisplayName();
        QString shown = window->windowTitle();
        if (!shown.endsWith(name))
            shown += QStringLiteral(" — ") + name;
        QCOMPARE(shown.count(name), 1);
        QVERIFY(shown.contains(QLatin1String("Test")));
    }

    void exportActionsSayWhatTheyExport() {
        openSession(config());
        BillTableModel *model = window->billModel();
        selectRows({1, 2});
        QAction *all = window->exportAction();
        QAction *selected = window->findChild<QAction *>(QStringLiteral("exportSelectedAction"));
        QVERIFY(selected);
        QVERIFY(all->text().contains(QLatin1String("all loaded")));
        QVERIFY(selected->text().contains(QLatin1String("selected")));
        QVERIFY(selected->isEnabled());

        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("all.csv"));
        FileDialog::setNextSaveFileName(file);
        QVERIFY(all->isEnabled());
        all->trigger();
        QCOMPARE(window->statusBar()->currentMessage(),
                 QStringLiteral("Exported to ") + QDir::toNativeSeparators(file));
        QFile csv(file);
        QVERIFY2(csv.open(QIODevice::ReadOnly), qPrintable(csv.fileName()));
        const QList<QByteArray> lines = csv.readAll().split('\n');
        // Header + every loaded bill (+ the empty piece after the last newline), not the two.
        QCOMPARE(lines.size(), model->rowCount() + 2);
    }

    // ---- 9. The demo shows every state

    void mismatchWarningOverHttp() {
        SandboxConfig c = config();
        c.edgeCaseShare = 0.3;
        openSession(c);
        int position = -1;
        for (int p = 0; p < c.bills && position < 0; ++p)
            position = server->store().bill(p).totalAdjustmentMinor != 0 ? p : -1;
        QVERIFY(position >= 0);
        BillFilter only;
        only.ids = {server->store().billId(position)};
        window->filterBar()->setFilter(only);
        window->findChild<QPushButton *>(QStringLiteral("applyFilter"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(window->billModel()->rowCount(), 1, 10000);
        window->billView()->selectRow(0);
        BillDetailPane *detail = window->detailPane();
        QTRY_COMPARE_WITH_TIMEOUT(detail->state(), BillDetailPane::State::Showing, 10000);
        QVERIFY(!detail->mismatchText().isEmpty());
    }

private:
    QTemporaryDir target;
};

QTEST_MAIN(TestUserFacingState)
#include "tst_userfacingstate.moc"
