#include "MainWindow.h"

#include "api/ApiClient.h"
#include "bills/BillColumnMenus.h"
#include "bills/BillColumnWidths.h"
#include "bills/BillDetailPane.h"
#include "bills/BillFilterBar.h"
#include "bills/BillTableExport.h"
#include "bills/BillTableView.h"
#include "bills/ChangesPanel.h"
#include "bills/CurrencySumsButton.h"
#include "bills/TableStateOverlay.h"
#include "common/FileDialog.h"
#include "common/InlineNotice.h"
#include "common/MessageBox.h"
#include "common/WindowPlacement.h"
#include "domain/BillFilter.h"
#include "domain/EnumLabels.h"
#include "domain/Money.h"
#include "models/AccountDirectory.h"
#include "models/BillDetailCache.h"
#include "models/BillTableModel.h"
#include "models/DisplayFormat.h"
#include "session/AppSettings.h"
#include "session/BillSearchLink.h"
#include "session/Session.h"
#include "statements/StatementActions.h"
#include "statements/StatementFileNames.h"
#include "statements/StatementPanel.h"
#include "statements/StatementQueue.h"
#include "store/BillStore.h"
#include "store/ChangeListModel.h"
#include "theme/PaletteFollower.h"
#include "theme/ThemeColors.h"
#include "theme/ThemeIcon.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QFontMetrics>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMoveEvent>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QShowEvent>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace m3ter {

namespace {

// The default filter a finance user starts from: this month's and last month's bills.
BillFilter defaultFilter() {
    BillFilter filter;
    const QDate today = QDate::currentDate();
    const QDate firstOfMonth(today.year(), today.month(), 1);
    filter.billDateStart = firstOfMonth.addMonths(-1);
    filter.billDateEnd = firstOfMonth.addMonths(1);
    return filter;
}

// The production warning: the same alarm red in light and dark themes, with whichever of black
// and white reads better on it (ThemeColors checks the contrast).
void showAsProduction(QLabel *label, int padding) {
    PaletteFollower::follow(label, [padding](QWidget *widget, const QPalette &palette) {
        using namespace ThemeColors;
        PaletteFollower::setStyleSheetIfChanged(
            widget, QStringLiteral("QLabel { background: %1; color: %2; font-weight: bold;"
                                   " padding: %3px %4px; }")
                        .arg(background(Tone::Production, palette).name(),
                             textOnBackground(Tone::Production, palette).name())
                        .arg(padding)
                        .arg(padding * 2));
    });
}

} // namespace

MainWindow::MainWindow(Session *session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_model(session->bills())
    , m_filterBar(new BillFilterBar(this))
    , m_notice(new InlineNotice(this))
    , m_view(new BillTableView(this))
    , m_overlay(nullptr)
    , m_detail(new BillDetailPane(session->details(), this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_countLabel(new QLabel(this))
    , m_totalsLabel(new CurrencySumsButton(this))
    , m_selectionLabel(new CurrencySumsButton(this))
    , m_placement(new WindowPlacement(this))
    , m_statements(session->statements()) {
    setObjectName(QStringLiteral("mainWindow"));
    // The application name goes last: desktops (Qt on X11 and Windows) append the application's
    // display name to a title that does not already end with it, which gave "m3ter Bills —
    // Demo sandbox — m3ter Bills".
    //: Window title: connection (organization) — application name.
    setWindowTitle(tr("%1 — m3ter Bills").arg(session->displayName()));
    if (session->profile().production)
        //: Window title of a production connection.
        setWindowTitle(tr("%1 (PRODUCTION) — m3ter Bills").arg(session->displayName()));
    setWindowIcon(QIcon(QStringLiteral(":/icons/m3ter-bills.svg")));
    m_filterBar->setAccountDirectory(session->accounts());

    createActions();
    createCentralArea();
    createStatements();
    createChangesPanel();
    createMenus();

    m_countLabel->setObjectName(QStringLiteral("billCount"));
    m_totalsLabel->setObjectName(QStringLiteral("loadedTotals"));
    m_selectionLabel->setObjectName(QStringLiteral("selectionTotals"));
    // The sums share the bar; each shows the amounts that fit whole and lists all in its menu.
    statusBar()->addWidget(m_countLabel);
    statusBar()->addWidget(m_totalsLabel, 1);
    statusBar()->addPermanentWidget(m_selectionLabel, 1);

    connect(m_filterBar, &BillFilterBar::applyRequested, this,
            [this](const BillFilter &filter) { applyFilter(filter); });
    m_filterBar->setSearchAvailable(session->search() != nullptr);
    if (BillSearchLink *search = session->search()) {
        connect(m_filterBar, &BillFilterBar::searchChanged, search, &BillSearchLink::setText);
    }
    // A search shows other rows (a reset): the bill the user was on stays selected if shown.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const QList<int> rows = selectedRows();
        m_billBeforeReset =
            rows.size() == 1 ? m_model->billAt(rows.first()).id.toString() : QString();
    });
    connect(m_model, &BillTableModel::searchChanged, this, [this] {
        const int row = m_billBeforeReset.isEmpty() ? -1 : m_model->rowOfBill(m_billBeforeReset);
        if (row >= 0) {
            m_view->selectRow(row);
            m_view->scrollTo(m_model->index(row, 0));
        }
    });
    connect(m_model, &BillTableModel::loadStateChanged, this, &MainWindow::updateOverlay);
    // Stored rows shown or replaced by the list from m3ter: the notice about them follows.
    connect(m_model, &BillTableModel::storedRowsChanged, this, [this] {
        if (!m_model->isShowingStoredRows() && m_notice->isVisible() &&
            m_notice->text() == m_pagingErrorNotice)
            m_notice->hide();
        updateOverlay();
    });
    connect(session, &Session::storeNotice, this,
            [this](const QString &text) { m_notice->showMessage(text, QString(), tr("Dismiss")); });
    connect(m_model, &BillTableModel::rowsLoaded, this, &MainWindow::updateOverlay);
    // The status bar and the load-all notice follow the rows at most every 250 ms: each new
    // text is laid out again (the notice's word-wrapped), which after every page of a load was
    // most of what the GUI thread did once the table stopped repainting (issue 15).
    m_statusThrottle.setSingleShot(true);
    m_statusThrottle.setInterval(250);
    auto flushStatus = [this] {
        if (!m_statusPending)
            return;
        m_statusPending = false;
        updateStatus();
        if (m_model->isLoadingAll())
            m_notice->setText(
                tr("Loading all matching bills… %L1 loaded so far.").arg(m_model->loadedCount()));
        m_statusThrottle.start();
    };
    connect(&m_statusThrottle, &QTimer::timeout, this, flushStatus);
    // Once no page is on its way the figures are final: they show at once, never 250 ms stale.
    // Between two pages of a load-all the model is briefly idle, but more pages follow: those
    // figures wait for the throttle like the others (flushing them at once made the status bar
    // lay out three times a page), and loadAllFinished() brings the final ones.
    auto statusChanged = [this, flushStatus] {
        m_statusPending = true;
        const bool final =
            m_model->loadState() != BillTableModel::LoadState::Loading && !m_model->isLoadingAll();
        if (!m_statusThrottle.isActive() || final)
            flushStatus();
    };
    connect(m_model, &BillTableModel::rowsLoaded, this, statusChanged);
    // What the user can do follows the rows at once; only the texts are throttled.
    connect(m_model, &BillTableModel::rowsLoaded, this,
            [this] { m_exportAction->setEnabled(m_model->rowCount() > 0); });
    connect(m_model, &BillTableModel::loadStateChanged, this, statusChanged);
    connect(m_model, &BillTableModel::sortChanged, this, &MainWindow::updateSortIndicator);
    connect(m_model, &BillTableModel::sortNeedsAllRows, this, &MainWindow::onSortNeedsAllRows);
    connect(m_model, &BillTableModel::loadAllProgress, this, statusChanged);
    connect(m_model, &BillTableModel::loadAllFinished, this, statusChanged);
    connect(m_model, &BillTableModel::loadAllFinished, this, [this](bool complete) {
        if (complete)
            m_notice->hide();
        else if (m_model->loadState() != BillTableModel::LoadState::Error)
            m_notice->hide();
        else
            m_notice->showMessage(tr("Loading all bills stopped: %1").arg(m_model->errorText()));
    });
    connect(m_overlay, &TableStateOverlay::retryRequested, m_model, &BillTableModel::retry);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::onSelectionChanged);
    // A reset clears the selection without selectionChanged().
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::onSelectionChanged);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        m_detail->showBill(index.data(BillTableModel::BillIdRole).toString());
        m_detail->setFocus(Qt::OtherFocusReason);
    });

    restoreSettings();
    updateStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::start() {
    const BillFilter filter = AppSettings().billFilter().value_or(defaultFilter());
    m_filterBar->setFilter(filter);
    m_session->accounts()->load();
    applyFilter(filter);
    // Resume what the previous run left: unfinished jobs are polled, finished ones downloaded.
    QString error;
    if (!m_statements->load(&error))
        statusBar()->showMessage(tr("The statement queue could not be restored: %1").arg(error));
    if (!m_statements->isIdle())
        m_statementPanel->show();
}

void MainWindow::createActions() {
    //: Menu and toolbar: load the bills from the server again.
    m_refreshAction = new QAction(themeIcon("view-refresh"), tr("&Refresh"), this);
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    m_refreshAction->setShortcuts(QKeySequence::Refresh);
    m_refreshAction->setToolTip(tr("Reload the bills from the server (F5)"));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refreshBills);

    //: Menu and toolbar: fetch every bill that matches the filters (the list loads page by page).
    m_loadAllAction = new QAction(tr("Load &all matching bills"), this);
    m_loadAllAction->setObjectName(QStringLiteral("loadAllAction"));
    m_loadAllAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(m_loadAllAction, &QAction::triggered, this, [this] {
        m_notice->showMessage(tr("Loading all matching bills…"), QString(), tr("Cancel"));
        m_model->loadAll();
    });
    connect(m_notice, &InlineNotice::rejected, this, [this] {
        m_model->cancelLoadAll();
        m_notice->hide();
        updateSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    });

    // Two actions, named apart: one exports every loaded bill whatever is selected, the other
    // only the selection (one action that silently switched between the two surprised users).
    //: File menu: write every bill loaded in the table to a CSV file.
    m_exportAction =
        new QAction(themeIcon("document-save-as"), tr("&Export all loaded bills as CSV…"), this);
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setIconText(tr("Export CSV"));
    m_exportAction->setToolTip(tr("Export every loaded bill as CSV (Ctrl+E)"));
    connect(m_exportAction, &QAction::triggered, this, [this] { exportTableInteractively(false); });
    //: File menu: write only the selected bills of the table to a CSV file.
    m_exportSelectedAction = new QAction(tr("Export &selected bills as CSV…"), this);
    m_exportSelectedAction->setObjectName(QStringLiteral("exportSelectedAction"));
    m_exportSelectedAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_exportSelectedAction->setEnabled(false);
    connect(m_exportSelectedAction, &QAction::triggered, this,
            [this] { exportTableInteractively(true); });

    //: Edit menu: copy the selected rows of the bill table as tab-separated text.
    m_copyAction = new QAction(tr("&Copy selected rows"), this);
    m_copyAction->setObjectName(QStringLiteral("copyAction"));
    m_copyAction->setShortcuts(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_copyAction, &QAction::triggered, this, &MainWindow::copySelection);

    //: Edit menu: put the keyboard focus on the filters above the bill table.
    m_focusFilterAction = new QAction(tr("&Filter bills"), this);
    m_focusFilterAction->setObjectName(QStringLiteral("focusFilterAction"));
    m_focusFilterAction->setShortcuts(QKeySequence::Find);
    connect(m_focusFilterAction, &QAction::triggered, m_filterBar, &BillFilterBar::focusFirstField);

    //: Edit menu: put the keyboard focus in the search over the bills kept on this computer.
    m_searchAction = new QAction(tr("&Search stored bills"), this);
    m_searchAction->setObjectName(QStringLiteral("searchAction"));
    m_searchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_searchAction->setEnabled(m_session->search() != nullptr);
    connect(m_searchAction, &QAction::triggered, m_filterBar, &BillFilterBar::focusSearch);

    // F6 moves between the filters, the bill list, the bill's details and the statements, as in
    // most desktop apps; Tab alone would walk through every filter first.
    m_nextPaneAction = new QAction(tr("&Next pane"), this);
    m_nextPaneAction->setObjectName(QStringLiteral("nextPaneAction"));
    m_nextPaneAction->setShortcut(QKeySequence(Qt::Key_F6));
    connect(m_nextPaneAction, &QAction::triggered, this, [this] { focusPane(1); });
    m_previousPaneAction = new QAction(tr("&Previous pane"), this);
    m_previousPaneAction->setObjectName(QStringLiteral("previousPaneAction"));
    m_previousPaneAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F6));
    connect(m_previousPaneAction, &QAction::triggered, this, [this] { focusPane(-1); });
}

void MainWindow::focusPane(int step) {
    QList<QWidget *> panes{m_filterBar, m_view, m_detail};
    if (m_statementPanel->isVisible())
        panes.append(m_statementPanel);
    int current = -1;
    for (int i = 0; i < panes.size(); ++i) {
        QWidget *focus = QApplication::focusWidget();
        if (focus && (focus == panes[i] || panes[i]->isAncestorOf(focus)))
            current = i;
    }
    const int count = int(panes.size());
    const int next = current < 0 ? (step > 0 ? 0 : count - 1) : (current + step + count) % count;
    QWidget *pane = panes[next];
    if (pane == m_filterBar) {
        m_filterBar->focusFirstField();
    } else if (pane == m_view) {
        m_view->setFocus(Qt::TabFocusReason);
        // Arriving in the list selects its first bill, so what has the focus is visible and
        // the first Down goes to the second bill, not from an invisible "row 1" cursor.
        if (!m_view->selectionModel()->hasSelection() && m_model->rowCount() > 0) {
            const QModelIndex cursor = m_view->currentIndex();
            const QModelIndex target = m_model->index(cursor.isValid() ? cursor.row() : 0, 0);
            m_view->selectionModel()->setCurrentIndex(target, QItemSelectionModel::ClearAndSelect |
                                                                  QItemSelectionModel::Rows);
        }
    } else {
        focusFirstControl(pane, Qt::TabFocusReason);
    }
}

void MainWindow::focusFirstControl(QWidget *pane, Qt::FocusReason reason) {
    // The first control of the pane that takes focus from the keyboard, else the pane itself.
    QWidget *target = pane;
    for (QWidget *w = pane->nextInFocusChain(); w && pane->isAncestorOf(w);
         w = w->nextInFocusChain()) {
        if ((w->focusPolicy() & Qt::TabFocus) && w->isVisible() && w->isEnabled()) {
            target = w;
            break;
        }
    }
    target->setFocus(reason);
}

void MainWindow::createMenus() {
    // Every action of the window is in a menu (a keyboard user reaches it through Alt and the
    // mnemonics, a screen reader lists it), including those of context menus and toolbars.
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(m_exportAction);
    file->addAction(m_exportSelectedAction);
    file->addSeparator();
    m_quitAction = file->addAction(tr("&Quit"), this, &MainWindow::requestQuit);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcuts(QKeySequence::Quit);

    m_connectionMenu = menuBar()->addMenu(tr("&Connection"));
    m_connectionMenu->setObjectName(QStringLiteral("connectionMenu"));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    edit->addAction(m_copyAction);
    edit->addAction(m_focusFilterAction);
    edit->addAction(m_searchAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    view->addAction(m_refreshAction);
    view->addAction(m_loadAllAction);
    QMenu *columns = view->addMenu(tr("&Columns"));
    columns->setObjectName(QStringLiteral("columnsMenu"));
    connect(columns, &QMenu::aboutToShow, this,
            [this, columns] { BillColumnMenus::fillColumns(columns, m_view->horizontalHeader()); });
    // The keyboard's way to what a click on a column header does.
    QMenu *sortBy = view->addMenu(tr("&Sort by"));
    sortBy->setObjectName(QStringLiteral("sortMenu"));
    connect(sortBy, &QMenu::aboutToShow, this, [this, sortBy] {
        BillColumnMenus::fillSort(sortBy, m_view->horizontalHeader(), *m_model,
                                  [this](int column) { onHeaderClicked(column); });
    });

    m_viewsMenu = new QMenu(tr("Saved &views"), this);
    m_viewsMenu->setObjectName(QStringLiteral("savedViewsMenu"));
    view->addMenu(m_viewsMenu);
    m_filterBar->viewsButton()->setMenu(m_viewsMenu);
    connect(m_viewsMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildViewsMenu);
    if (m_changesPanel) {
        QAction *showChanges = m_changesPanel->toggleViewAction();
        showChanges->setText(tr("Show c&hanges since you last looked"));
        view->addAction(showChanges);
    }
    view->addSeparator();
    view->addAction(m_nextPaneAction);
    view->addAction(m_previousPaneAction);

    //: Menu of the bill shown in the detail pane (bill = an m3ter invoice for one account).
    QMenu *bill = menuBar()->addMenu(tr("&Bill"));
    bill->setObjectName(QStringLiteral("billMenu"));
    bill->addAction(m_detail->copyIdAction());
    bill->addAction(m_detail->copyJsonAction());
    bill->addSeparator();
    bill->addAction(m_detail->exportAction());
    bill->addAction(m_detail->exportExcelAction());
    bill->addSeparator();
    bill->addAction(m_detail->generateStatementAction());
    bill->addSeparator();
    //: Bill menu: sort the line items (the charges that make up the bill) by a column.
    QMenu *sortLineItems = bill->addMenu(tr("&Sort line items by"));
    sortLineItems->setObjectName(QStringLiteral("lineItemSortMenu"));
    connect(sortLineItems, &QMenu::aboutToShow, this,
            [this, sortLineItems] { m_detail->fillSortMenu(sortLineItems); });

    QMenu *statements = menuBar()->addMenu(tr("&Statements"));
    statements->setObjectName(QStringLiteral("statementsMenu"));
    statements->addAction(generateStatementsAction());
    statements->addAction(downloadExistingAction());
    statements->addAction(regenerateStaleAction());
    statements->addSeparator();
    statements->addAction(m_statementPanel->cancelAllAction());
    statements->addAction(m_statementPanel->retryAction());
    statements->addAction(m_statementPanel->openFolderAction());
    // The rest of the panel's actions (its toolbar and context menu: view, open, cancel the
    // selected jobs, ...), so none of them needs the mouse.
    //: Statements menu: the jobs listed in the statements panel (one per bill).
    QMenu *jobs = statements->addMenu(tr("Statement &jobs"));
    jobs->setObjectName(QStringLiteral("statementJobsMenu"));
    const QList<QAction *> inMenu = statements->actions();
    for (QAction *action :
         m_statementPanel->findChildren<QAction *>(QString(), Qt::FindDirectChildrenOnly)) {
        if (action != m_statementPanel->toggleViewAction() && !action->isSeparator() &&
            !inMenu.contains(action))
            jobs->addAction(action);
    }
    statements->addSeparator();
    QAction *showPanel = m_statementPanel->toggleViewAction();
    showPanel->setText(tr("Show statements &panel"));
    showPanel->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    // Shown from the keyboard means wanted at the keyboard: the focus goes into the panel.
    connect(showPanel, &QAction::triggered, this, [this](bool shown) {
        if (!shown)
            return;
        m_statementPanel->raise();
        focusFirstControl(m_statementPanel, Qt::ShortcutFocusReason);
    });
    statements->addAction(showPanel);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(tr("&About m3ter Bills"), this, [this] {
        QMessageBox::about(this, tr("About m3ter Bills"),
                           tr("<b>m3ter Bills %1</b><p>Browse m3ter bills, check their line "
                              "items and totals, and download bill statements.</p>")
                               .arg(QStringLiteral(BILLS_VERSION)));
    });

    QToolBar *toolBar = addToolBar(tr("Main toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_refreshAction);
    toolBar->addAction(m_exportAction);
    toolBar->addAction(m_loadAllAction);
    toolBar->addSeparator();
    toolBar->addAction(generateStatementsAction());
    auto *spacer = new QWidget(toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolBar->addWidget(spacer);
    auto *connectionLabel = new QLabel(toolBar);
    connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    //: Toolbar: which m3ter organization the window is connected to.
    connectionLabel->setText(
        tr("%1 · org %2").arg(m_session->displayName(), m_session->profile().orgId));
    connectionLabel->setContentsMargins(8, 0, 8, 0);
    if (m_session->profile().production) {
        //: Toolbar: the connection is to a production organization (real customer data).
        connectionLabel->setText(tr("PRODUCTION · %1").arg(connectionLabel->text()));
        showAsProduction(connectionLabel, 2);
    }
    toolBar->addWidget(connectionLabel);
}

void MainWindow::createCentralArea() {
    m_view->setObjectName(QStringLiteral("billTable"));
    //: Accessible name of the table of bills (invoices, one per account and period).
    m_view->setAccessibleName(tr("Bills"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->addAction(m_copyAction);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(false);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    // Titles that do not fit (a narrowed column) end in "…" instead of losing both ends.
    header->setTextElideMode(Qt::ElideRight);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setMinimumSectionSize(m_view->fontMetrics().averageCharWidth() * 3);
    header->setDefaultSectionSize(header->minimumSectionSize());
    // What a finance user checks first stays in view next to the account: date, total, status.
    header->moveSection(header->visualIndex(BillTableModel::TotalColumn), 3);
    header->moveSection(header->visualIndex(BillTableModel::CurrencyColumn), 4);
    header->moveSection(header->visualIndex(BillTableModel::StatusColumn), 5);
    // Less used columns start hidden; the column chooser brings them back.
    for (int c = 0; c < BillTableModel::ColumnCount; ++c)
        header->setSectionHidden(c, !BillTableModel::isColumnShownByDefault(c));
    connect(header, &QHeaderView::sectionClicked, this, &MainWindow::onHeaderClicked);
    connect(header, &QHeaderView::customContextMenuRequested, this, &MainWindow::showHeaderMenu);

    auto *tableArea = new QWidget(this);
    m_tableArea = tableArea;
    auto *tableLayout = new QVBoxLayout(tableArea);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->setSpacing(0);
    tableLayout->addWidget(m_notice);
    tableLayout->addWidget(m_view);
    m_overlay = new TableStateOverlay(m_view);
    m_view->setProperty("overlayTopMargin", header->sizeHint().height());

    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(tableArea);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    applyColumnWidths();
    // A total wider than the sample (a large amount) widens its column as its page arrives.
    connect(m_model, &BillTableModel::rowsLoaded, this, &MainWindow::applyColumnWidths);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    if (m_session->profile().production) {
        // Always in view (unlike the toolbar, which the user can hide): real customer data.
        auto *banner = new QLabel(central);
        banner->setObjectName(QStringLiteral("productionBanner"));
        //: Banner across the main window while connected to a production organization.
        banner->setText(tr("PRODUCTION — %1 · organization %2 · real customer data")
                            .arg(m_session->displayName(), m_session->profile().orgId));
        banner->setTextFormat(Qt::PlainText);
        banner->setAlignment(Qt::AlignCenter);
        showAsProduction(banner, 4);
        layout->addWidget(banner);
    }
    layout->addWidget(m_filterBar);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);
}

void MainWindow::restoreSettings() {
    const AppSettings settings;
    m_fitToScreenPending = !restoreGeometry(settings.windowGeometry());
    if (m_fitToScreenPending)
        resize(1400, 820); // until fitToScreen() knows the screen
    restoreState(settings.windowState());
    if (!m_splitter->restoreState(settings.splitterState()))
        m_splitter->setSizes({840, 560});
    m_view->horizontalHeader()->restoreState(settings.billTableHeader());
    // The header's saved sort indicator would claim an order the rows may not have.
    m_view->horizontalHeader()->setSortIndicatorShown(false);
    applyColumnWidths(); // columns saved by an older version may be too narrow for this text
}

void MainWindow::showEvent(QShowEvent *event) {
    if (m_fitToScreenPending && !event->spontaneous()) {
        m_fitToScreenPending = false;
        fitToScreen();
    }
    QMainWindow::showEvent(event);
}

void MainWindow::refreshBills() {
    // Refresh reloads what is on screen: the list in place (the selection stays), and the bill
    // in the detail pane; other bills' details are asked for again when opened, since they may
    // have changed as much as their rows.
    m_model->refresh();
    m_session->details()->clear();
    if (!m_detail->currentBillId().isEmpty())
        m_detail->retry();
}

void MainWindow::fitToScreen() {
    // Room for the key columns and the detail pane as it would like to be (more with large
    // text), at least 1400×820, at most the screen (WindowPlacement).
    const QSize preferred(qMax(1400, m_tableArea->minimumWidth() + m_splitter->handleWidth() +
                                         m_detail->sizeHint().width()),
                          qMax(820, sizeHint().height()));
    const QSize size = m_placement->fitToScreen(preferred);
    // The table keeps its key columns in view; the detail pane gets the rest.
    const int total = m_splitter->width() > 0 ? m_splitter->width() : size.width();
    const int table = qMax(m_tableArea->minimumWidth(), total * 3 / 5);
    m_splitter->setSizes({table, qMax(0, total - table)});
}

void MainWindow::applyColumnWidths() {
    const int keyWidth = m_columnWidths.apply(m_view, *m_model);
    // Next to the detail pane the table keeps the columns a bill is read by in view, so the
    // splitter can never narrow it into cutting a total.
    if (m_tableArea) {
        m_tableArea->setMinimumWidth(keyWidth + m_view->verticalScrollBar()->sizeHint().width() +
                                     2 * m_view->frameWidth());
    }
}

void MainWindow::saveSettings() const {
    AppSettings settings;
    settings.setWindowGeometry(saveGeometry());
    settings.setWindowState(saveState());
    settings.setSplitterState(m_splitter->saveState());
    settings.setBillTableHeader(m_view->horizontalHeader()->saveState());
    settings.setBillFilter(m_model->filter());
}

void MainWindow::closeEvent(QCloseEvent *event) {
    // The window manager's close button is the same as Quit; a close from the program (a
    // profile switch) is not asked about.
    if (event->spontaneous() && !m_quitConfirmed && !m_statements->isIdle()) {
        event->ignore();
        requestQuit();
        return;
    }
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::requestQuit() {
    if (m_quitConfirmed || m_statements->isIdle()) {
        m_quitConfirmed = true;
        close();
        return;
    }
    if (auto *open = findChild<QMessageBox *>(QStringLiteral("quitDuringRunBox"))) {
        open->raise();
        return;
    }
    const int total = m_statements->count();
    const int unfinished = total - m_statements->finishedCount();
    // Window-modal and not blocking: the statements go on while the question is open.
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Quit m3ter Bills"),
        tr("%Ln statement(s) are still being generated or downloaded.", nullptr, unfinished),
        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("quitDuringRunBox"));
    box->setInformativeText(
        tr("If you quit now, they carry on the next time you open m3ter Bills with this "
           "connection; nothing is lost."));
    //: Button: quit now; the statements resume at the next start.
    QPushButton *quit = box->addButton(tr("&Quit"), QMessageBox::AcceptRole);
    quit->setObjectName(QStringLiteral("quitDuringRunQuit"));
    //: Button: keep the window open so the statements finish now.
    box->addButton(tr("&Keep running"), QMessageBox::RejectRole);
    box->setDefaultButton(quit);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, quit](QAbstractButton *button) {
        if (button != quit)
            return;
        m_quitConfirmed = true;
        box->close();
        close();
    });
    box->open();
}

void MainWindow::applyFilter(const BillFilter &filter) {
    m_notice->hide();
    m_detail->clear();
    m_model->setFilter(filter);
    AppSettings().setBillFilter(filter);
}

QString MainWindow::storedAsOfText() const {
    const QDateTime asOf = m_model->storedAsOf();
    return asOf.isValid()
               //: Where stored bills come from: "as of <date and time>" of the last complete load.
               ? tr("as of %1").arg(formatDateTime(asOf.toLocalTime()))
               //: Where stored bills come from, when no load of this filter ever completed.
               : tr("from an earlier load that did not finish");
}

void MainWindow::updateOverlay() {
    const int rows = m_model->rowCount();
    switch (m_model->loadState()) {
    case BillTableModel::LoadState::Loading:
        if (rows == 0)
            //: Shown over the bill table while the first page of bills loads.
            m_overlay->showLoading(tr("Loading bills…"));
        else
            m_overlay->hideOverlay();
        if (m_model->isShowingStoredRows()) {
            //: Notice above the bill table: the bills kept from an earlier run show at once,
            //: while the current list loads from m3ter. %1: "as of <date and time>".
            const QString text = tr("Showing the bills stored on this computer (%1) while the "
                                    "current list loads.")
                                     .arg(storedAsOfText());
            // Said once: laying the word-wrapped notice out again after every page of the
            // refresh was most of the GUI thread's work during it.
            if (!m_notice->isVisible() || m_notice->text() != text) {
                m_pagingErrorNotice = text;
                m_notice->showMessage(m_pagingErrorNotice);
            }
        }
        break;
    case BillTableModel::LoadState::Error:
        if (rows == 0) {
            m_overlay->showError(
                tr("The bills could not be loaded.\n%1").arg(m_model->errorText()));
        } else {
            m_overlay->hideOverlay();
            m_pagingErrorNotice =
                m_model->isShowingStoredRows()
                    //: Notice above the bill table when m3ter cannot be reached: the bills kept
                    //: on this computer are shown. %2: "as of <date and time>".
                    ? tr("The bills could not be loaded: %1\nShown are the bills stored on this "
                         "computer (%2); generating statements needs the connection.")
                          .arg(m_model->errorText(), storedAsOfText())
                    : m_model->isRefreshing()
                          //: Notice above the bill table after Refresh failed; the bills loaded
                          //: before stay in the table. The button tries the refresh again.
                          ? tr("The bills could not be refreshed: %1 The table still shows the "
                               "bills as loaded before.")
                                .arg(m_model->errorText())
                          //: Notice above the bill table; the button loads the next page again.
                          : tr("More bills could not be loaded: %1").arg(m_model->errorText());
            m_notice->showMessage(m_pagingErrorNotice, tr("Retry"), QString());
            connect(m_notice, &InlineNotice::accepted, m_model, &BillTableModel::retry,
                    Qt::UniqueConnection);
        }
        break;
    case BillTableModel::LoadState::Idle:
        if (m_model->isShowingStoredRows()) // loaded, but not from m3ter
            break;
        if (rows == 0) {
            const QString summary = m_model->filter().summary();
            m_overlay->showEmpty(summary.isEmpty()
                                     ? tr("There are no bills in this organization.")
                                     : tr("No bill matches these filters:\n%1").arg(summary));
        } else {
            m_overlay->hideOverlay();
        }
        if (!m_model->isLoadingAll() && m_notice->isVisible() &&
            m_notice->text() == m_pagingErrorNotice)
            m_notice->hide();
        break;
    }
}

QString MainWindow::statusText() const {
    return m_countLabel->text() + QLatin1String(" | ") + m_totalsLabel->fullText() +
           QLatin1String(" | ") + m_selectionLabel->fullText();
}

void MainWindow::updateStatus() {
    const int loaded = m_model->loadedCount();
    if (m_model->isSearching())
        //: Status bar while a search is typed: %1 bills shown of the %Ln loaded or stored.
        m_countLabel->setText(tr("%1 of %Ln bill(s) match the search", nullptr, loaded)
                                  .arg(QLocale().toString(m_model->rowCount())));
    else if (m_model->isRefreshing())
        //: Status bar while Refresh reads the list again over the bills shown, which it
        //: updates in place.
        m_countLabel->setText(tr("%Ln bill(s), refreshing…", nullptr, loaded));
    else if (m_model->isShowingStoredRows())
        //: Status bar: bills shown from the copy kept on this computer; %1: "as of <time>".
        m_countLabel->setText(tr("%Ln stored bill(s), %1", nullptr, loaded).arg(storedAsOfText()));
    else if (m_model->hasMore())
        m_countLabel->setText(tr("%Ln bill(s) loaded (more available)", nullptr, loaded));
    else if (m_model->isComplete())
        m_countLabel->setText(tr("All %Ln bill(s) loaded", nullptr, loaded));
    else
        m_countLabel->setText(tr("%Ln bill(s) loaded", nullptr, loaded));
    const MoneyTotals shown = m_model->shownTotals();
    if (shown.isEmpty())
        m_totalsLabel->clear();
    else if (m_model->isSearching())
        //: Status bar: sums of the bills that match the search, one per currency.
        m_totalsLabel->setTotals(tr("Matching: %1"), shown);
    else if (m_model->loadedTotals().isEmpty())
        m_totalsLabel->clear();
    else
        //: Status bar: sums of the loaded bills, one per currency.
        m_totalsLabel->setTotals(tr("Loaded: %1"), m_model->loadedTotals());
    m_totalsLabel->setToolTip(tr("Sums per currency of the loaded bills; currencies are never "
                                 "added together."));
    onSelectionChanged();
    m_exportAction->setEnabled(loaded > 0);
    m_exportSelectedAction->setEnabled(m_view->selectionModel()->hasSelection());
}

QList<int> MainWindow::selectedRows() const {
    QList<int> rows;
    const QModelIndexList indexes = m_view->selectionModel()->selectedRows();
    rows.reserve(indexes.size());
    for (const QModelIndex &index : indexes)
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

void MainWindow::onSelectionChanged() {
    const QList<int> rows = selectedRows();
    m_exportSelectedAction->setEnabled(!rows.isEmpty());
    if (rows.isEmpty()) {
        m_selectionLabel->clear();
        // The pane follows the selection: no bill selected (e.g. the list was reloaded after
        // the server came back) means no bill, and no old error about one, in the pane.
        if (m_detail->state() != BillDetailPane::State::Empty)
            m_detail->clear();
    } else {
        //: Status bar: number of selected bills and their sums per currency.
        m_selectionLabel->setTotals(tr("%Ln selected: %1", nullptr, int(rows.size())),
                                    m_model->totalsOfRows(rows));
    }
    m_statementActions->updateActions();
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (rows.size() == 1 && current.isValid())
        m_detail->showBill(m_model->billAt(rows.first()).id);
}

void MainWindow::onHeaderClicked(int section) {
    Qt::SortOrder order = Qt::AscendingOrder;
    if (m_model->sortColumn() == section && m_model->sortOrder() == Qt::AscendingOrder)
        order = Qt::DescendingOrder;
    m_model->sort(section, order);
}

void MainWindow::updateSortIndicator(int column, Qt::SortOrder order) {
    QHeaderView *header = m_view->horizontalHeader();
    // Shown only for an order over every matching bill (the model sorts only when complete).
    header->setSortIndicatorShown(column >= 0);
    if (column >= 0)
        header->setSortIndicator(column, order);
}

void MainWindow::onSortNeedsAllRows(int column, Qt::SortOrder order) {
    Q_UNUSED(order)
    m_notice->showMessage(
        tr("Sorting by “%1” needs every matching bill, but only %Ln are loaded so far.", nullptr,
           m_model->loadedCount())
            .arg(BillTableModel::columnTitle(column)),
        //: Notice buttons: load every matching bill and then sort, or leave the list as it is.
        tr("Load all and sort"), tr("Cancel"));
    disconnect(m_notice, &InlineNotice::accepted, nullptr, nullptr);
    connect(m_notice, &InlineNotice::accepted, this, [this] {
        disconnect(m_notice, &InlineNotice::accepted, nullptr, nullptr);
        m_notice->showMessage(tr("Loading all matching bills…"), QString(), tr("Cancel"));
        m_model->loadAll();
    });
}

void MainWindow::showHeaderMenu(const QPoint &pos) {
    QMenu menu(this);
    BillColumnMenus::fillColumns(&menu, m_view->horizontalHeader());
    menu.exec(m_view->horizontalHeader()->mapToGlobal(pos));
}

bool MainWindow::exportTable(const QString &fileName, bool selectionOnly, bool withBom,
                             QString *error) {
    QList<int> rows = selectionOnly ? selectedRows() : QList<int>();
    if (!selectionOnly) {
        rows.reserve(m_model->rowCount());
        for (int r = 0; r < m_model->rowCount(); ++r)
            rows.append(r);
    }
    return BillTableExport::writeCsv(*m_view, *m_model, rows, fileName, withBom, error);
}

void MainWindow::exportTableInteractively(bool selectionOnly) {
    const bool hasSelection = selectionOnly && m_view->selectionModel()->hasSelection();
    if (selectionOnly && !hasSelection)
        return;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString selectedFilter;
    const QString csvUtf8 = tr("CSV (UTF-8) (*.csv)");
    const QString csvExcel = tr("CSV for Excel (UTF-8 with BOM) (*.csv)");
    const QString fileName = FileDialog::getSaveFileName(
        this, hasSelection ? tr("Export selected bills") : tr("Export loaded bills"),
        dir + QLatin1String("/bills.csv"), csvUtf8 + QLatin1String(";;") + csvExcel,
        &selectedFilter);
    if (fileName.isEmpty())
        return;
    QString error;
    if (!exportTable(fileName, hasSelection, selectedFilter == csvExcel, &error)) {
        MessageBox::warning(this, tr("Export failed"), error);
        return;
    }
    statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(fileName)), 8000);
}

void MainWindow::copySelection() {
    const QList<int> rows = selectedRows();
    if (!rows.isEmpty())
        QApplication::clipboard()->setText(BillTableExport::tabSeparated(*m_view, *m_model, rows));
}

void MainWindow::rebuildViewsMenu() {
    m_viewsMenu->clear();
    m_viewsMenu->addAction(tr("&Save current view…"), this, &MainWindow::saveCurrentView);
    const QStringList names = savedViewNames();
    if (names.isEmpty())
        return;
    m_viewsMenu->addSeparator();
    for (const QString &name : names)
        m_viewsMenu->addAction(name, this, [this, name] { applySavedView(name); });
    QMenu *remove = m_viewsMenu->addMenu(tr("&Delete view"));
    for (const QString &name : names)
        remove->addAction(name, this, [this, name] { deleteSavedView(name); });
}

QStringList MainWindow::savedViewNames() const {
    return AppSettings().savedViewNames();
}

void MainWindow::saveCurrentView() {
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Save view"), tr("Name of this view (filters and columns):"),
                              QLineEdit::Normal, QString(), &ok)
            .trimmed();
    if (ok && !name.isEmpty())
        saveView(name);
}

void MainWindow::saveView(const QString &name) {
    AppSettings().setSavedView(name,
                               {m_filterBar->filter(), m_view->horizontalHeader()->saveState()});
    statusBar()->showMessage(tr("View “%1” saved").arg(name), 5000);
}

bool MainWindow::applySavedView(const QString &name) {
    const std::optional<AppSettings::SavedView> view = AppSettings().savedView(name);
    if (!view)
        return false;
    const BillFilter filter = view->filter;
    m_view->horizontalHeader()->restoreState(view->header);
    // A restored header may carry a sort indicator; the new rows are in API order.
    m_view->horizontalHeader()->setSortIndicatorShown(false);
    m_filterBar->setFilter(filter);
    applyFilter(filter);
    return true;
}

void MainWindow::deleteSavedView(const QString &name) {
    AppSettings().removeSavedView(name);
}

// ---- changes since the user last looked (the local store's change records)

void MainWindow::createChangesPanel() {
    BillStore *store = m_session->store();
    if (!store)
        return; // no local copy, nothing to compare with
    m_changesPanel = new ChangesPanel(store, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_changesPanel);
    m_changesPanel->hide(); // until a refresh finds something (or View shows it)
    AccountDirectory *accounts = m_session->accounts();
    m_changesPanel->model()->setAccountName([accounts](const QString &accountId) {
        const QString code = accounts->code(accountId);
        const QString name = accounts->name(accountId);
        return name.isEmpty() ? code : code + QStringLiteral(" · ") + name;
    });
    connect(store, &BillStore::refreshCompleted, this,
            [this](const QString &, const QDateTime &, int changes) {
                if (changes <= 0)
                    return;
                //: Status bar after a refresh found differences with what was stored.
                statusBar()->showMessage(
                    tr("%Ln change(s) since you last looked", nullptr, changes), 15000);
                m_changesPanel->show();
                m_changesPanel->raise();
            });
    // The table marks the rows of bills with changes not yet reviewed, with what changed.
    connect(m_changesPanel, &ChangesPanel::changesLoaded, this, [this] {
        QHash<QString, QString> summaries;
        for (const BillChange &change : m_changesPanel->model()->changes()) {
            QString &line = summaries[change.billId];
            const QString before = ChangeListModel::valueText(change, false);
            const QString after = ChangeListModel::valueText(change, true);
            const QString what =
                before.isEmpty() || after.isEmpty()
                    ? ChangeListModel::kindLabel(change.kind)
                    //: One change in a row's tooltip: "Total: €10.00 → €12.34".
                    : tr("%1: %2 → %3").arg(ChangeListModel::kindLabel(change.kind), before, after);
            line = line.isEmpty() ? what : line + QStringLiteral("; ") + what;
        }
        m_model->setChangedBills(summaries);
    });
    connect(store, &BillStore::detailChangesRecorded, this, [this](const QString &, int changes) {
        //: Status bar: a bill opened again has line items that changed since it was last opened.
        statusBar()->showMessage(tr("%Ln line item change(s) in this bill", nullptr, changes),
                                 15000);
        m_changesPanel->show();
    });
    connect(m_changesPanel, &ChangesPanel::billActivated, this, [this](const QString &billId) {
        const int row = m_model->rowOfBill(billId);
        if (row < 0) { // not in this list (any more): its details still show
            m_detail->showBill(billId);
            return;
        }
        m_view->selectRow(row);
        m_view->scrollTo(m_model->index(row, 0));
    });
}

// ---- statements

void MainWindow::createStatements() {
    m_statementActions =
        new StatementActions(m_session, this, m_view, m_detail, [this] { return selectedRows(); });
    m_statementPanel = m_statementActions->panel();
}

StatementQueue *MainWindow::statementQueue() const {
    return m_session->statements();
}

QAction *MainWindow::generateStatementsAction() const {
    return m_statementActions->generateAction();
}

QAction *MainWindow::downloadExistingAction() const {
    return m_statementActions->downloadExistingAction();
}

QAction *MainWindow::regenerateStaleAction() const {
    return m_statementActions->regenerateStaleAction();
}

void MainWindow::generateStatements(const QList<int> &rows) {
    m_statementActions->generateStatements(rows);
}

int MainWindow::downloadExistingStatements(const QList<int> &rows) {
    return m_statementActions->downloadExistingStatements(rows);
}

QString MainWindow::lastStatementNotice() const {
    return m_statementActions->lastNotice();
}

} // namespace m3ter
