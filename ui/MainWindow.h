#pragma once

#include "bills/BillColumnWidths.h"

#include <QMainWindow>
#include <QTimer>

class QAction;
class QLabel;
class QMenu;
class QSplitter;
class QTableView;

namespace m3ter {

class BillDetailPane;
class BillFilterBar;
class BillTableModel;
class ChangesPanel;
class CurrencySumsButton;
class InlineNotice;
class Session;
class StatementPanel;
class StatementActions;
class StatementQueue;
class TableStateOverlay;
class WindowPlacement;

// The bill browser: filter bar on top, the lazily paged bill table, the detail pane of the
// selected bill on the right, and a status bar with counts and per-currency sums. Presents a
// Session (borrowed: it must outlive the window) and builds no engine itself.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(Session *session, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Loads the remembered filter (or the default) and starts paging.
    void start();

    // Test seams.
    BillTableModel *billModel() const { return m_model; }
    QTableView *billView() const { return m_view; }
    BillFilterBar *filterBar() const { return m_filterBar; }
    BillDetailPane *detailPane() const { return m_detail; }
    TableStateOverlay *tableOverlay() const { return m_overlay; }
    InlineNotice *notice() const { return m_notice; }
    QString statusText() const;
    QAction *exportAction() const { return m_exportAction; }
    QAction *exportSelectedAction() const { return m_exportSelectedAction; }
    // Empty until the owner (AppController) fills it: profiles, new/edit connection, preferences.
    QMenu *connectionMenu() const { return m_connectionMenu; }

    // Saved views: the filter bar's filter and the table's columns under a name the user chose.
    void saveView(const QString &name);
    bool applySavedView(const QString &name);
    QStringList savedViewNames() const;

    // Writes the loaded rows (or only the selected ones) as CSV; returns a translated error.
    bool exportTable(const QString &fileName, bool selectionOnly, bool withBom, QString *error);

    // ---- statements (StatementQueue + the statements dock)
    StatementQueue *statementQueue() const;
    StatementPanel *statementPanel() const { return m_statementPanel; }
    ChangesPanel *changesPanel() const { return m_changesPanel; }
    QAction *generateStatementsAction() const;
    QAction *downloadExistingAction() const;
    QAction *regenerateStaleAction() const;
    // Asks (GenerateStatementsDialog, window-modal, not blocking) and then submits.
    void generateStatements(const QList<int> &rows);
    // Downloads the statements the bills already have, without creating jobs; returns how many
    // bills had one.
    int downloadExistingStatements(const QList<int> &rows);
    // The last "statements finished" message (status bar and desktop notification).
    QString lastStatementNotice() const;

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createCentralArea();
    // Column widths (BillColumnWidths), and the table pane kept wide enough for the key columns
    // next to the detail pane.
    void applyColumnWidths();
    void refreshBills();
    // The first time the window opens without a saved geometry: a size that fits the screen
    // (WindowPlacement), the splitter shared between the table and the detail pane.
    void fitToScreen();
    void restoreSettings();
    void saveSettings() const;
    void applyFilter(const struct BillFilter &filter);
    void updateOverlay();
    // "as of <time>" of the stored rows shown, for the notice and the status bar.
    QString storedAsOfText() const;
    void updateStatus();
    void updateSortIndicator(int column, Qt::SortOrder order);
    void onHeaderClicked(int section);
    void onSortNeedsAllRows(int column, Qt::SortOrder order);
    void onSelectionChanged();
    void showHeaderMenu(const QPoint &pos);
    // Moves the keyboard focus to the next (+1) or previous (-1) pane.
    void focusPane(int step);
    void focusFirstControl(QWidget *pane, Qt::FocusReason reason);
    void exportTableInteractively(bool selectionOnly);
    // Quit (Ctrl+Q, the window's close button): asks first while statements are under way.
    void requestQuit();
    void copySelection();
    void rebuildViewsMenu();
    void saveCurrentView();
    void deleteSavedView(const QString &name);
    QList<int> selectedRows() const;
    void createStatements();
    void createChangesPanel();

    Session *m_session;
    BillTableModel *m_model;
    BillFilterBar *m_filterBar;
    InlineNotice *m_notice;
    QTimer m_statusThrottle; // updateStatus() and the load-all notice, at most every 250 ms
    bool m_statusPending = false;
    QString m_pagingErrorNotice; // the notice's text while it reports a failed page, so a
                                 // recovered load hides that notice and no other
    QTableView *m_view;
    TableStateOverlay *m_overlay;
    BillDetailPane *m_detail;
    QSplitter *m_splitter;
    QLabel *m_countLabel;
    CurrencySumsButton *m_totalsLabel;
    CurrencySumsButton *m_selectionLabel;
    QWidget *m_tableArea = nullptr;
    bool m_fitToScreenPending = false;
    WindowPlacement *m_placement;
    BillColumnWidths m_columnWidths;
    QMenu *m_viewsMenu = nullptr;
    QMenu *m_connectionMenu = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_loadAllAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_exportSelectedAction = nullptr;
    QAction *m_quitAction = nullptr;
    bool m_quitConfirmed = false;
    QAction *m_copyAction = nullptr;
    QAction *m_focusFilterAction = nullptr;
    QAction *m_searchAction = nullptr;
    QString m_billBeforeReset; // the one bill selected before the rows were replaced
    QAction *m_nextPaneAction = nullptr;
    QAction *m_previousPaneAction = nullptr;

    StatementQueue *m_statements; // the Session's
    StatementActions *m_statementActions = nullptr;
    StatementPanel *m_statementPanel = nullptr;
    ChangesPanel *m_changesPanel = nullptr; // only with a local store
};

} // namespace m3ter
