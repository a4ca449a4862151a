#pragma once

#include "common/TextWidthCache.h"

#include <QMainWindow>
#include <QTimer>

class QAction;
class QLabel;
class QMenu;
class QSplitter;
class QSystemTrayIcon;
class QTableView;

namespace m3ter {

class BillDetailPane;
class BillFilterBar;
class BillTableModel;
class CurrencySumsButton;
class InlineNotice;
class Session;
class StatementPanel;
class StatementQueue;
struct StatementRequestItem;
class TableStateOverlay;

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
    StatementQueue *statementQueue() const { return m_statements; }
    StatementPanel *statementPanel() const { return m_statementPanel; }
    QAction *generateStatementsAction() const { return m_generateAction; }
    QAction *downloadExistingAction() const { return m_downloadExistingAction; }
    QAction *regenerateStaleAction() const { return m_regenerateStaleAction; }
    // Asks (GenerateStatementsDialog, window-modal, not blocking) and then submits.
    void generateStatements(const QList<int> &rows);
    // Downloads the statements the bills already have, without creating jobs; returns how many
    // bills had one.
    int downloadExistingStatements(const QList<int> &rows);
    // The last "statements finished" message (status bar and desktop notification).
    QString lastStatementNotice() const { return m_lastStatementNotice; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void moveEvent(QMoveEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createCentralArea();
    // Column widths from the translated titles and the widest values a column shows (amounts,
    // dates, statuses in this locale and font); widens, never narrows, columns the user sized.
    // Also keeps the table pane wide enough for the key columns next to the detail pane.
    void applyColumnWidths();
    // The first time the window opens without a saved geometry: a size that fits the screen.
    void fitToScreen();
    // Once the window manager has framed the window: shrinks and moves it so that the frame,
    // which fitToScreen() could only guess, is on the screen too.
    void keepFrameOnScreen();
    void restoreSettings();
    void saveSettings() const;
    void applyFilter(const struct BillFilter &filter);
    void updateOverlay();
    void updateStatus();
    void updateSortIndicator(int column, Qt::SortOrder order);
    void onHeaderClicked(int section);
    void onSortNeedsAllRows(int column, Qt::SortOrder order);
    void onSelectionChanged();
    void showHeaderMenu(const QPoint &pos);
    void fillColumnMenu(QMenu *menu);
    void fillSortMenu(QMenu *menu);
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
    void askToGenerate(const QList<StatementRequestItem> &bills, int existing, bool csvDefault);
    void submitStatements(const QList<StatementRequestItem> &bills, bool includeCsv);
    StatementRequestItem statementItem(int row) const;
    void updateStatementActions();
    void onStatementProgress(int done, int total, bool active);
    void onStatementBatchFinished(int submissionId, int complete, int failed);
    void notifyStatements(int complete, int failed);

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
    bool m_frameCheckPending = false; // fitToScreen() ran before the frame was known
    int m_totalsMeasured = 0;         // rows whose total applyColumnWidths() has measured
    TextWidthCache m_cellWidths;      // applyColumnWidths() after every page of a load
    TextWidthCache m_titleWidths;
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
    QAction *m_nextPaneAction = nullptr;
    QAction *m_previousPaneAction = nullptr;

    QString m_baseTitle;
    StatementQueue *m_statements;
    StatementPanel *m_statementPanel = nullptr;
    QAction *m_generateAction = nullptr;
    QAction *m_downloadExistingAction = nullptr;
    QAction *m_regenerateStaleAction = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    QString m_lastStatementNotice;
    // Submissions reported as one notification (downloadExisting() splits JSON-only and
    // JSON+CSV bills): pending submission ids and the counts so far.
    struct NoticeGroup {
        QList<int> pending;
        int complete = 0;
        int failed = 0;
    };
    QList<NoticeGroup> m_noticeGroups;
};

} // namespace m3ter
