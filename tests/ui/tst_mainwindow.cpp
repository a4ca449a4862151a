// The real main window, offscreen, against the sandbox over loopback HTTP: what a finance user
// does in a session — filter, scroll, select, read the detail, sort, export — and what they see
// when the server misbehaves.
#include "MainWindow.h"
#include "api/ApiClient.h"
#include "bills/BillDetailPane.h"
#include "bills/BillFilterBar.h"
#include "bills/ChangesPanel.h"
#include "bills/TableStateOverlay.h"
#include "common/InlineNotice.h"
#include "models/BillTableModel.h"
#include "models/LineItemTreeModel.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxStore.h"
#include "store/BillStore.h"
#include "store/ChangeListModel.h"
#include "support/TestSession.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace m3ter;
using namespace m3ter::sandbox;

namespace {

SandboxConfig config() {
    SandboxConfig c;
    c.seed = 11;
    c.accounts = 30;
    c.bills = 420;
    c.rateLimitPerSecond = 0;
    return c;
}

QStringList columnValues(const BillTableModel &model, int column) {
    QStringList values;
    for (int r = 0; r < model.rowCount(); ++r)
        values << model.index(r, column).data().toString();
    return values;
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init() {
        QSettings().clear();
        server = std::make_unique<SandboxServer>(config());
        QVERIFY(server->start());
        ApiConnection connection;
        connection.baseUrl = server->baseUrl();
        connection.orgId = server->config().orgId;
        connection.clientId = server->config().clientId;
        connection.clientSecret = server->config().clientSecret;
        window.reset(); // it presents the session
        session = test::makeSession(connection, QStringLiteral("Test"));
        client = session->client();
        RetryPolicy fast = client->retryPolicy();
        fast.setBaseDelay(std::chrono::milliseconds(10));
        client->setRetryPolicy(fast);
        window = std::make_unique<MainWindow>(session.get());
        window->resize(1400, 800);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    }

    void cleanup() {
        window.reset();
        session.reset();
        server.reset();
    }

    void browseFilterSelectAndExport() {
        BillTableModel *model = window->billModel();
        // Start from "all bills" so scrolling has pages to fetch.
        QSettings().setValue(QStringLiteral("billTable/filter"), BillFilter().toVariantMap());
        window->start();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() >= 100, 10000);
        QCOMPARE(window->tableOverlay()->state(), TableStateOverlay::State::Hidden);
        QTRY_VERIFY(window->statusText().contains(QLatin1String("more available")));

        // Scrolling to the end fetches the next page.
        const int before = model->rowCount();
        QTableView *view = window->billView();
        view->scrollToBottom();
        view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > before, 10000);

        // Filter on status through the filter bar's own controls.
        auto *status = window->filterBar()->findChild<QComboBox *>(QStringLiteral("statusFilter"));
        QVERIFY(status);
        status->setCurrentIndex(status->findData(QStringLiteral("APPROVED")));
        auto *apply = window->filterBar()->findChild<QPushButton *>(QStringLiteral("applyFilter"));
        QTest::mouseClick(apply, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            model->rowCount() > 0 && model->loadState() == BillTableModel::LoadState::Idle, 10000);
        QCOMPARE(model->filter().status, QStringLiteral("APPROVED"));
        QStringList statuses = columnValues(*model, BillTableModel::StatusColumn);
        statuses.removeDuplicates();
        QCOMPARE(statuses.size(), 1); // every row is Approved
        const QStringList expected =
            server->store().matchingBillIds(model->filter().toQuery().toString());
        QCOMPARE(model->billAt(0).id.toString(), expected.first());

        // Selecting a bill shows its line items in the detail pane.
        view->selectRow(0);
        const QString billId = model->billAt(0).id;
        BillDetailPane *detail = window->detailPane();
        QTRY_COMPARE_WITH_TIMEOUT(detail->currentBillId(), billId, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(detail->bill().has_value(), 10000);
        const int position = server->store().billPosition(billId);
        QCOMPARE(detail->lineItemModel()->rowCount(),
                 int(server->store().lineItems(position).size()));
        QVERIFY(detail->lineItemModel()->rowCount() > 0);
        QVERIFY(window->statusText().contains(QLatin1String("1 selected")));

        // Export the loaded rows: a header plus one line per bill, ids and exact totals included.
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("bills.csv"));
        QString error;
        QVERIFY2(window->exportTable(file, false, true, &error), qPrintable(error));
        QFile csv(file);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray bytes = csv.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // BOM for Excel was asked for
        const QList<QByteArray> lines = bytes.mid(3).split('\n');
        QCOMPARE(lines.size() - 1 /* trailing newline */, model->rowCount() + 1);
        QVERIFY(lines.first().startsWith("Account code,Account,Bill date"));
        QVERIFY(lines.at(1).contains(billId.toLatin1()));
        QVERIFY(lines.at(1).contains(model->billAt(0).total.toString().toLatin1()));
    }

    void emptyResultShowsAMessageNotAnEmptyGrid() {
        BillFilter nothing;
        nothing.ids = QStringList{QStringLiteral("00000000-0000-0000-0000-000000000001")};
        window->filterBar()->setFilter(nothing);
        QSettings().setValue(QStringLiteral("billTable/filter"), nothing.toVariantMap());
        window->start();
        QTRY_COMPARE_WITH_TIMEOUT(window->tableOverlay()->state(), TableStateOverlay::State::Empty,
                                  10000);
        QVERIFY(window->tableOverlay()->text().contains(QLatin1String("No bill matches")));
    }

    void serverErrorShowsRetryAndRetryRecovers() {
        // More failures than the retry policy allows: the user sees the error in the table area.
        server->faults().add(QStringLiteral("bills.list"), FaultSpec::httpStatus(503, 3));
        window->filterBar()->setFilter(BillFilter());
        QSettings().setValue(QStringLiteral("billTable/filter"), BillFilter().toVariantMap());
        window->start();
        TableStateOverlay *overlay = window->tableOverlay();
        QTRY_COMPARE_WITH_TIMEOUT(overlay->state(), TableStateOverlay::State::Error, 10000);
        QVERIFY2(overlay->text().contains(QLatin1String("503")) ||
                     overlay->text().contains(QLatin1String("unavailable"), Qt::CaseInsensitive),
                 qPrintable(overlay->text()));
        auto *retry = overlay->findChild<QPushButton *>(QStringLiteral("tableStateRetry"));
        QVERIFY(retry && retry->isVisible());
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(window->billModel()->rowCount() >= 100, 10000);
        QCOMPARE(overlay->state(), TableStateOverlay::State::Hidden);
    }

    // The moment a load-all ends, the status bar shows the final count and sums: the figures
    // are throttled while pages keep coming, never at the end.
    void statusIsFinalTheMomentLoadAllEnds() {
        window->filterBar()->setFilter(BillFilter());
        QSettings().setValue(QStringLiteral("billTable/filter"), BillFilter().toVariantMap());
        window->start();
        BillTableModel *model = window->billModel();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() >= 100, 10000);
        QString statusAtEnd;
        // Connected after the window's own slots, so it runs after them.
        connect(model, &BillTableModel::loadAllFinished, this,
                [&] { statusAtEnd = window->statusText(); });
        model->loadAll();
        QTRY_VERIFY_WITH_TIMEOUT(model->isComplete(), 20000);
        QCOMPARE(model->rowCount(), 420);
        QVERIFY2(statusAtEnd.startsWith(QStringLiteral("All 420 bill")), qPrintable(statusAtEnd));
    }

    // m3ter cannot be reached: the bills stored on this computer are shown, the notice says
    // so and from when, and generating statements is off with the reason.
    void offlineShowsTheStoredBillsAndSaysSo() {
        QCOMPARE(startAndStoreEveryBill(), 0);
        BillTableModel *model = window->billModel();

        server->faults().add(QStringLiteral("bills.list"), sandbox::FaultSpec::httpStatus(503, -1));
        window->filterBar()->setFilter(BillFilter());
        model->setFilter(BillFilter());
        QTRY_VERIFY_WITH_TIMEOUT(model->loadState() == BillTableModel::LoadState::Error &&
                                     model->isShowingStoredRows(),
                                 20000);
        QTRY_COMPARE(model->rowCount(), 420); // a screenful first, then the rest in slices
        InlineNotice *notice = window->notice();
        QTRY_VERIFY(notice->isVisible());
        QVERIFY2(notice->text().contains(QLatin1String("stored on this computer (as of")),
                 qPrintable(notice->text()));
        QVERIFY2(window->statusText().startsWith(QLatin1String("420 stored bill")),
                 qPrintable(window->statusText()));
        window->billView()->selectRow(0);
        QTRY_VERIFY(window->detailPane()->state() != BillDetailPane::State::Empty);
        QVERIFY(!window->generateStatementsAction()->isEnabled());
        QVERIFY(window->generateStatementsAction()->toolTip().contains(
            QLatin1String("stored on this computer")));
        if (!qEnvironmentVariableIsEmpty("BILLS_SCREENSHOT_DIR")) {
            window->grab().save(qEnvironmentVariable("BILLS_SCREENSHOT_DIR") +
                                QStringLiteral("/test-offline.png"));
        }

        // Back online: Retry replaces the stored bills with m3ter's, and the notice goes.
        server->faults().clear();
        auto *accept = notice->findChild<QPushButton *>(QStringLiteral("inlineNoticeAccept"));
        QVERIFY(accept && accept->isVisible());
        QTest::mouseClick(accept, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!model->isShowingStoredRows(), 10000);
        QTRY_VERIFY(!notice->isVisible());
        QTRY_VERIFY(window->generateStatementsAction()->isEnabled() ||
                    window->billView()->selectionModel()->selectedRows().isEmpty());
    }

    // Month end: bills change on the server between two complete loads. The Changes panel
    // opens with what changed, a double-click selects the bill, and "Mark all as reviewed"
    // moves the baseline.
    void aRefreshShowsWhatChangedSinceTheLastLook() {
        QCOMPARE(startAndStoreEveryBill(), 0); // the first look: nothing to compare with
        BillTableModel *model = window->billModel();
        QSignalSpy completed(session->store(), &BillStore::refreshCompleted);
        ChangesPanel *panel = window->changesPanel();
        QVERIFY(panel);
        QVERIFY(!panel->isVisible());

        SandboxStore &data = server->store();
        const QString recalculated = data.billId(3);
        data.bill(3).status =
            data.bill(3).status == BillRecord::Pending ? BillRecord::Approved : BillRecord::Pending;
        const QString retotalled = data.billId(7);
        data.billTotalMinor(7);
        data.bill(7).totalMinor += 12345;

        completed.clear();
        model->setFilter(BillFilter());
        // The stored list shows at once and is read again to its end by itself; only when
        // m3ter's first page came before the stored rows is the list lazy again.
        QTRY_VERIFY_WITH_TIMEOUT(!completed.isEmpty() ||
                                     (!model->isShowingStoredRows() && model->hasMore() &&
                                      model->loadState() == BillTableModel::LoadState::Idle),
                                 20000);
        if (completed.isEmpty())
            model->loadAll();
        QTRY_VERIFY_WITH_TIMEOUT(!completed.isEmpty(), 20000);
        QCOMPARE(completed.first().at(2).toInt(), 2);
        QTRY_VERIFY(panel->isVisible());
        ChangeListModel *changes = panel->model();
        QTRY_COMPARE(changes->rowCount(), 2);
        QHash<QString, BillChange::Kind> kinds;
        for (const BillChange &change : changes->changes())
            kinds.insert(change.billId, change.kind);
        QCOMPARE(kinds.value(recalculated), BillChange::Kind::StatusChanged);
        QCOMPARE(kinds.value(retotalled), BillChange::Kind::TotalChanged);
        const int totalRow = changes->changes().at(0).billId == retotalled ? 0 : 1;
        const QString before =
            changes->index(totalRow, ChangeListModel::BeforeColumn).data().toString();
        const QString after =
            changes->index(totalRow, ChangeListModel::AfterColumn).data().toString();
        QVERIFY2(!before.isEmpty() && !after.isEmpty() && before != after,
                 qPrintable(before + u' ' + after));

        // The table marks the changed bills' rows, and says in their tooltips what changed.
        const int markedRow = model->rowOfBill(retotalled);
        QTRY_VERIFY(!model->index(markedRow, 0)
                         .data(BillTableModel::ChangeSummaryRole)
                         .toString()
                         .isEmpty());
        QVERIFY2(model->index(markedRow, BillTableModel::AccountCodeColumn)
                     .data(Qt::ToolTipRole)
                     .toString()
                     .contains(after),
                 qPrintable(model->index(markedRow, 0).data(Qt::ToolTipRole).toString()));
        const int unchangedRow = model->rowOfBill(data.billId(11));
        QVERIFY(model->index(unchangedRow, 0)
                    .data(BillTableModel::ChangeSummaryRole)
                    .toString()
                    .isEmpty());

        auto *view = panel->findChild<QTableView *>(QStringLiteral("changesView"));
        QVERIFY(view);
        if (!qEnvironmentVariableIsEmpty("BILLS_SCREENSHOT_DIR")) {
            window->grab().save(qEnvironmentVariable("BILLS_SCREENSHOT_DIR") +
                                QStringLiteral("/test-changes.png"));
        }
        emit view->activated(changes->index(totalRow, 0));
        const QModelIndexList selected = window->billView()->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().data(BillTableModel::BillIdRole).toString(), retotalled);

        auto *reviewed = panel->findChild<QPushButton *>(QStringLiteral("markAllReviewed"));
        QVERIFY(reviewed && reviewed->isEnabled());
        QTest::mouseClick(reviewed, Qt::LeftButton);
        QTRY_COMPARE(changes->rowCount(), 0);
        QVERIFY(!reviewed->isEnabled());
        QTRY_VERIFY(model->index(model->rowOfBill(retotalled), 0)
                        .data(BillTableModel::ChangeSummaryRole)
                        .toString()
                        .isEmpty());
    }

    // Typing in the search field shows only the stored bills that match, with the filters; the
    // status bar counts and sums only those; clearing it shows every bill again.
    void searchShowsOnlyTheMatchingBills() {
        QCOMPARE(startAndStoreEveryBill(), 0);
        BillTableModel *model = window->billModel();

        const QString wanted = server->store().billId(42);
        auto *search = window->findChild<QLineEdit *>(QStringLiteral("billSearch"));
        QVERIFY(search && search->isVisible());
        window->billView()->setFocus();
        QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClicks(search, wanted);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 5000);
        QCOMPARE(model->index(0, 0).data(BillTableModel::BillIdRole).toString(), wanted);
        QTRY_VERIFY2(window->statusText().startsWith(QLatin1String("1 of 420 bill")),
                     qPrintable(window->statusText()));
        const QString total = model->index(0, BillTableModel::TotalColumn).data().toString();
        QVERIFY2(window->statusText().contains(QLatin1String("Matching: ") + total),
                 qPrintable(window->statusText() + u" / " + total));

        search->clear();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 420, 5000);
        QVERIFY(!model->isSearching());
    }

    void sortingOffersToLoadEverythingFirst() {
        window->filterBar()->setFilter(BillFilter());
        QSettings().setValue(QStringLiteral("billTable/filter"), BillFilter().toVariantMap());
        window->start();
        BillTableModel *model = window->billModel();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() >= 100, 10000);
        QHeaderView *header = window->billView()->horizontalHeader();
        const int x = header->sectionViewportPosition(BillTableModel::TotalColumn) + 5;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, 5));
        InlineNotice *notice = window->notice();
        QTRY_VERIFY(notice->isVisible());
        QVERIFY(notice->text().contains(QLatin1String("needs every matching bill")));
        QVERIFY(!header->isSortIndicatorShown()); // no order claimed over a partial list
        auto *accept = notice->findChild<QPushButton *>(QStringLiteral("inlineNoticeAccept"));
        QTest::mouseClick(accept, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(model->isComplete(), 20000);
        QCOMPARE(model->rowCount(), 420);
        QTRY_COMPARE(model->sortColumn(), int(BillTableModel::TotalColumn));
        QVERIFY(header->isSortIndicatorShown());
        QCOMPARE(header->sortIndicatorSection(), int(BillTableModel::TotalColumn));
        QVERIFY(!notice->isVisible());
        // By currency, then ascending by exact amount within each currency.
        for (int r = 1; r < model->rowCount(); ++r) {
            const BillRow previous = model->billAt(r - 1);
            const BillRow current = model->billAt(r);
            QVERIFY(QString::localeAwareCompare(previous.currency, current.currency) <= 0);
            if (previous.currency == current.currency)
                QVERIFY(!(current.total < previous.total));
        }

        if (!qEnvironmentVariableIsEmpty("BILLS_SCREENSHOT_DIR")) {
            window->grab().save(qEnvironmentVariable("BILLS_SCREENSHOT_DIR") +
                                QStringLiteral("/test-sorted.png"));
        }
    }

    void savedViewRestoresFiltersAndColumns() {
        QSettings().setValue(QStringLiteral("billTable/filter"), BillFilter().toVariantMap());
        window->start();
        BillFilter pending;
        pending.status = QStringLiteral("PENDING");
        pending.locked = BillFilter::Locked::Exclude;
        window->filterBar()->setFilter(pending);
        QHeaderView *header = window->billView()->horizontalHeader();
        header->setSectionHidden(BillTableModel::DueDateColumn, true);
        window->saveView(QStringLiteral("Pending / unlocked"));
        QCOMPARE(window->savedViewNames(), QStringList{QStringLiteral("Pending / unlocked")});

        window->filterBar()->setFilter(BillFilter());
        header->setSectionHidden(BillTableModel::DueDateColumn, false);
        QVERIFY(window->applySavedView(QStringLiteral("Pending / unlocked")));
        QCOMPARE(window->filterBar()->filter(), pending);
        QCOMPARE(window->billModel()->filter(), pending); // applied, not just shown
        QVERIFY(header->isSectionHidden(BillTableModel::DueDateColumn));
        QVERIFY(!window->applySavedView(QStringLiteral("no such view")));
    }

    void columnsAndFilterAreRestoredInTheNextSession() {
        QSettings().setValue(QStringLiteral("billTable/filter"), BillFilter().toVariantMap());
        window->start();
        BillFilter approved;
        approved.status = QStringLiteral("APPROVED");
        window->filterBar()->setFilter(approved);
        QTest::mouseClick(
            window->filterBar()->findChild<QPushButton *>(QStringLiteral("applyFilter")),
            Qt::LeftButton);
        window->billView()->horizontalHeader()->setSectionHidden(BillTableModel::StatusColumn,
                                                                 true);
        window->close(); // saves the window state
        window = std::make_unique<MainWindow>(session.get());
        window->start();
        QVERIFY(
            window->billView()->horizontalHeader()->isSectionHidden(BillTableModel::StatusColumn));
        QCOMPARE(window->billModel()->filter(), approved);
        QCOMPARE(window->filterBar()->filter().status, QStringLiteral("APPROVED"));
    }

private:
    // Starts the window with no filter and loads every bill, so the local store holds the
    // complete list; returns the number of changes that refresh recorded (-1: it never ended).
    int startAndStoreEveryBill() {
        window->filterBar()->setFilter(BillFilter());
        QSettings().setValue(QStringLiteral("billTable/filter"), BillFilter().toVariantMap());
        QSignalSpy completed(session->store(), &BillStore::refreshCompleted);
        window->start();
        BillTableModel *model = window->billModel();
        if (!QTest::qWaitFor([&] { return model->rowCount() >= 100; }, 10000))
            return -1;
        model->loadAll();
        if (!QTest::qWaitFor([&] { return !completed.isEmpty() && model->isComplete(); }, 20000))
            return -1;
        return completed.first().at(2).toInt();
    }

    std::unique_ptr<SandboxServer> server;
    std::unique_ptr<Session> session;
    ApiClient *client = nullptr; // the session's
    std::unique_ptr<MainWindow> window;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
