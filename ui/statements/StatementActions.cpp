#include "StatementActions.h"

#include "StaleStatementDelegate.h"
#include "bills/BillDetailPane.h"
#include "domain/Bill.h"
#include "models/BillTableModel.h"
#include "session/AppSettings.h"
#include "session/Session.h"
#include "statements/GenerateStatementsDialog.h"
#include "statements/StatementPanel.h"
#include "statements/StatementQueue.h"
#include "statements/StatementRequestItem.h"
#include "theme/ThemeIcon.h"

#include <QAction>
#include <QApplication>
#include <QMainWindow>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTableView>

namespace m3ter {

StatementActions::StatementActions(Session *session, QMainWindow *window, QTableView *view,
                                   BillDetailPane *detail, RowsFunction selectedRows)
    : QObject(window)
    , m_session(session)
    , m_model(session->bills())
    , m_queue(session->statements())
    , m_window(window)
    , m_view(view)
    , m_detail(detail)
    , m_selectedRows(std::move(selectedRows))
    , m_baseTitle(window->windowTitle()) {
    m_panel = new StatementPanel(m_queue, window);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_panel);
    m_panel->hide(); // until there is something to show (or the saved state says so)
    createActions();

    // The bill table: stale statements stand out; right-click offers the statement actions.
    m_view->setItemDelegateForColumn(BillTableModel::StatementColumn,
                                     new StaleStatementDelegate(m_view));
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    m_view->addActions({separator, m_generateAction, m_downloadExistingAction});
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    connect(m_detail, &BillDetailPane::generateStatementRequested, this,
            [this](const QString &billId) {
                const int row = m_model->rowOfBill(billId);
                if (row >= 0) {
                    askToGenerate({itemOfRow(row)},
                                  m_model->billAt(row).jsonStatementGenerated ? 1 : 0, false);
                } else if (m_detail->bill() && m_detail->bill()->id == billId) {
                    const Bill &bill = *m_detail->bill();
                    askToGenerate({{bill.id, bill.accountCode, bill.billDate}}, 0, false);
                }
            });

    connect(m_model, &BillTableModel::rowsLoaded, this, &StatementActions::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &StatementActions::updateActions);
    connect(m_model, &BillTableModel::storedRowsChanged, this, &StatementActions::updateActions);
    connect(m_panel, &StatementPanel::runProgressChanged, this, &StatementActions::showProgress);
    connect(m_queue, &StatementQueue::batchFinished, this, &StatementActions::onBatchFinished);
    // A downloaded statement changes what "Download existing" can offer.
    connect(m_session, &Session::statementColumnChanged, this, &StatementActions::updateActions);
    connect(m_queue, &StatementQueue::entryAdded, this, [this] {
        if (m_panel->isHidden())
            m_panel->show();
    });
    connect(m_queue, &StatementQueue::warning, this,
            [this](const QString &text) { showStatus(text, 8000); });
    connect(m_queue, &StatementQueue::saveFailed, this,
            [this](const QString &text) { showStatus(text, 15000); });
    updateActions();
}

void StatementActions::createActions() {
    //: Menu and toolbar: create statements (documents summarising a bill) on the server.
    m_generateAction = new QAction(themeIcon("document-new"), tr("&Generate statements…"), this);
    m_generateAction->setObjectName(QStringLiteral("generateStatementsAction"));
    m_generateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    m_generateAction->setToolTip(tr("Generate statements for the selected bills (Ctrl+G)"));
    m_generateAction->setIconText(tr("Generate statements"));
    connect(m_generateAction, &QAction::triggered, this,
            [this] { generateStatements(m_selectedRows()); });

    m_downloadExistingAction =
        //: Statements menu: download statements that were generated earlier, without generating new
        //: ones.
        new QAction(themeIcon("go-down"), tr("&Download existing statements"), this);
    m_downloadExistingAction->setObjectName(QStringLiteral("downloadExistingAction"));
    m_downloadExistingAction->setToolTip(
        tr("Save the statements the selected bills already have, without generating new ones"));
    connect(m_downloadExistingAction, &QAction::triggered, this,
            [this] { downloadExistingStatements(m_selectedRows()); });

    //: Statements menu: stale statement = it no longer matches its bill (the bill changed since).
    m_regenerateStaleAction = new QAction(tr("Regenerate &stale statements…"), this);
    m_regenerateStaleAction->setObjectName(QStringLiteral("regenerateStaleAction"));
    m_regenerateStaleAction->setToolTip(
        tr("Generate new statements for every loaded bill whose statement is stale"));
    connect(m_regenerateStaleAction, &QAction::triggered, this, [this] {
        QList<StatementRequestItem> bills;
        bool anyCsv = false;
        for (int r = 0; r < m_model->rowCount(); ++r) {
            const BillRow &row = m_model->billAt(r);
            if (!row.statementStale)
                continue;
            bills.append(itemOfRow(r));
            anyCsv = anyCsv || row.csvStatementGenerated;
        }
        askToGenerate(bills, int(bills.size()), anyCsv);
    });
}

StatementRequestItem StatementActions::itemOfRow(int row) const {
    const BillRow &bill = m_model->billAt(row);
    QString code = bill.accountCode;
    if (code.isEmpty()) // older bills may lack it; the account directory knows it
        code = m_model->index(row, BillTableModel::AccountCodeColumn).data().toString();
    return {bill.id, code, bill.billDate};
}

void StatementActions::updateActions() {
    const QList<int> rows = m_selectedRows();
    bool anyExisting = false;
    for (int r : rows) {
        if (m_model->billAt(r).jsonStatementGenerated) {
            anyExisting = true;
            break;
        }
    }
    // Stored rows are what m3ter said earlier; statements are made from what it says now, so
    // the bills must have come from it first (and offline they never do).
    const bool stored = m_model->isShowingStoredRows();
    m_generateAction->setEnabled(!rows.isEmpty() && !stored);
    m_generateAction->setToolTip(
        stored ? tr("Generating statements needs the current list from m3ter; the bills shown "
                    "are stored on this computer")
               : tr("Generate statements for the selected bills (Ctrl+G)"));
    m_downloadExistingAction->setEnabled(anyExisting);
    m_regenerateStaleAction->setEnabled(m_model->hasStaleStatement());
}

void StatementActions::generateStatements(const QList<int> &rows) {
    QList<StatementRequestItem> bills;
    int existing = 0;
    for (int r : rows) {
        if (r < 0 || r >= m_model->rowCount())
            continue;
        bills.append(itemOfRow(r));
        existing += m_model->billAt(r).jsonStatementGenerated ? 1 : 0;
    }
    askToGenerate(bills, existing, false);
}

void StatementActions::askToGenerate(const QList<StatementRequestItem> &bills, int existing,
                                     bool csvDefault) {
    if (bills.isEmpty()) {
        showStatus(tr("Select the bills to generate statements for."), 5000);
        return;
    }
    if (auto *open = m_window->findChild<GenerateStatementsDialog *>(); open && open->isVisible()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dialog =
        new GenerateStatementsDialog(bills, existing, AppSettings().statementsFolder(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (csvDefault)
        dialog->setIncludeCsv(true);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { submit(dialog->bills(), dialog->includeCsv()); });
    dialog->open();
}

void StatementActions::submit(const QList<StatementRequestItem> &bills, bool includeCsv) {
    m_queue->setTargetRoot(AppSettings().statementsFolder());
    if (m_queue->submit(bills, includeCsv) == 0)
        return;
    m_panel->show();
    m_panel->raise();
    showStatus(tr("Generating %Ln statement(s)…", nullptr, int(bills.size())), 5000);
}

int StatementActions::downloadExistingStatements(const QList<int> &rows) {
    QList<StatementRequestItem> withCsv;
    QList<StatementRequestItem> jsonOnly;
    for (int r : rows) {
        if (r < 0 || r >= m_model->rowCount())
            continue;
        const BillRow &bill = m_model->billAt(r);
        if (!bill.jsonStatementGenerated)
            continue;
        (bill.csvStatementGenerated ? withCsv : jsonOnly).append(itemOfRow(r));
    }
    const int n = int(withCsv.size() + jsonOnly.size());
    if (n == 0) {
        showStatus(tr("None of the selected bills has a statement yet; use "
                      "Generate statements."),
                   8000);
        return 0;
    }
    m_queue->setTargetRoot(AppSettings().statementsFolder());
    NoticeGroup group;
    if (!withCsv.isEmpty()) {
        if (const int id = m_queue->downloadExisting(withCsv, true))
            group.pending.append(id);
    }
    if (!jsonOnly.isEmpty()) {
        if (const int id = m_queue->downloadExisting(jsonOnly, false))
            group.pending.append(id);
    }
    if (group.pending.size() > 1)
        m_noticeGroups.append(group);
    m_panel->show();
    m_panel->raise();
    showStatus(tr("Downloading %Ln existing statement(s)…", nullptr, n), 5000);
    return n;
}

void StatementActions::showProgress(int done, int total, bool active) {
    if (active && total > 0) {
        //: Window title (and taskbar entry) while statements are generated: progress first,
        //: so it stays visible in a narrow taskbar button.
        m_window->setWindowTitle(tr("%1/%2 statements — %3").arg(done).arg(total).arg(m_baseTitle));
    } else {
        m_window->setWindowTitle(m_baseTitle);
    }
}

void StatementActions::onBatchFinished(int submissionId, int complete, int failed) {
    for (int i = 0; i < m_noticeGroups.size(); ++i) {
        NoticeGroup &group = m_noticeGroups[i];
        if (!group.pending.contains(submissionId))
            continue;
        group.pending.removeAll(submissionId);
        group.complete += complete;
        group.failed += failed;
        if (!group.pending.isEmpty())
            return; // the rest of the same request is still going
        const NoticeGroup finished = m_noticeGroups.takeAt(i);
        notify(finished.complete, finished.failed);
        return;
    }
    notify(complete, failed);
}

void StatementActions::notify(int complete, int failed) {
    QString text = tr("%Ln statement(s) downloaded", nullptr, complete);
    if (failed > 0)
        //: Appended to "N statements downloaded".
        text += tr(", %Ln not (see the statements panel)", nullptr, failed);
    m_lastNotice = text;
    showStatus(text, 15000);
    QApplication::alert(m_window); // flashes the taskbar entry when the window is in the background
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(m_window->windowIcon(), this);
        m_tray->setToolTip(m_baseTitle);
        const auto bringBack = [this] {
            m_window->showNormal();
            m_window->raise();
            m_window->activateWindow();
            m_panel->show();
        };
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, bringBack);
        connect(m_tray, &QSystemTrayIcon::activated, this, bringBack);
        m_tray->show();
    }
    m_tray->showMessage(
        failed > 0 ? tr("Statements finished with problems") : tr("Statements ready"), text,
        failed > 0 ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information, 10000);
}

void StatementActions::showStatus(const QString &text, int timeoutMs) {
    m_window->statusBar()->showMessage(text, timeoutMs);
}

} // namespace m3ter
