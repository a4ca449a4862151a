#pragma once

#include "statements/StatementViewer.h"

#include <QDockWidget>
#include <QPointer>
#include <QTimer>

class QAction;
class QLabel;
class QMenu;
class QProgressBar;
class QStackedWidget;
class QTableView;
class QToolBar;

namespace m3ter {

class StatementJobModel;
class StatementQueue;
class StatementViewer;

// The statements dock: every statement job of the StatementQueue, one row per bill, with a
// status indicator per stage, the JSON/CSV statement state (stale and invalidated ones coloured),
// elapsed time and the saved files or the error. Above the table: cancel (selected / all), view,
// open, show in folder, retry failed downloads, generate again, clear finished entries from the
// list, a summary of the stages and the progress bar of the current run.
//
// A "run" is the work since the queue was last idle: the progress bar counts its finished
// entries out of its entries, so a queue with a long history still shows "3 of 12" for the 12
// bills just submitted; runProgressChanged() feeds the window title.
//
// The panel only drives the queue; it never blocks (files open through the desktop, the viewer
// is non-modal).
class StatementPanel : public QDockWidget {
    Q_OBJECT

public:
    explicit StatementPanel(StatementQueue *queue, QWidget *parent = nullptr);
    ~StatementPanel() override;

    // ---- the current run (see above)
    bool isRunActive() const { return m_runActive; }
    int runDone() const { return m_runDone; }
    int runTotal() const { return m_runTotal; }

    // ---- what the actions do; on the selection unless said otherwise
    QList<int> selectedEntryIds() const;
    void selectEntries(const QList<int> &entryIds);
    void cancelSelected();
    void cancelAll();
    void openSelected(bool csv = false);
    void revealSelected();
    // Opens (or reuses) the viewer for the first selected entry with a file; nullptr if none.
    StatementViewer *viewSelected();
    // Failed downloads of the selection, or all of them when none is selected, into the
    // current statements folder.
    void retryDownloads();
    // Submits the selected failed or cancelled entries again (same bills, same formats).
    void generateAgain();
    // Removes every finished entry from the list (StatementQueue::removeFinished()); the files
    // stay on disk.
    void clearFinished();

    // Test seams.
    StatementQueue *queue() const;
    StatementJobModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *summaryLabel() const { return m_summary; }
    StatementViewer *viewer() const { return m_viewer; }
    QAction *cancelSelectedAction() const { return m_cancelSelected; }
    QAction *cancelAllAction() const { return m_cancelAll; }
    QAction *viewAction() const { return m_viewAction; }
    QAction *openAction() const { return m_open; }
    QAction *revealAction() const { return m_reveal; }
    QAction *retryAction() const { return m_retry; }
    QAction *generateAgainAction() const { return m_again; }
    QAction *clearFinishedAction() const { return m_clearFinished; }
    QAction *openFolderAction() const { return m_openFolder; }

signals:
    // The current run moved on; active is false once everything is finished. While only the
    // finished count moves, at most every 100 ms (the latest count within 100 ms).
    void runProgressChanged(int done, int total, bool active);

private:
    void buildActions();
    void buildUi();
    // Column widths from the translated titles and the longest translated values.
    void fitColumnWidths();
    void showContextMenu(const QPoint &pos);
    void scheduleScrollToBottom();
    void scheduleRefresh();
    void refresh();
    void updateRun();
    void showRunProgress();
    void onEntriesRemoved(int firstRow, int lastRow);
    void updateActions();
    QList<int> selectedRows() const;

    QPointer<StatementQueue> m_queue;
    StatementJobModel *m_model;
    QTableView *m_view = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_empty = nullptr;
    QToolBar *m_toolBar = nullptr;
    QLabel *m_summary = nullptr;
    QProgressBar *m_progress = nullptr;
    QPointer<StatementViewer> m_viewer;
    QTimer m_refreshTimer;

    QAction *m_cancelSelected = nullptr;
    QAction *m_cancelAll = nullptr;
    QAction *m_viewAction = nullptr;
    QAction *m_open = nullptr;
    QAction *m_openCsv = nullptr;
    QAction *m_reveal = nullptr;
    QAction *m_retry = nullptr;
    QAction *m_again = nullptr;
    QAction *m_clearFinished = nullptr;
    QAction *m_openFolder = nullptr;

    bool m_scrollPending = false;
    bool m_runActive = false;
    bool m_hadRun = false; // a run was seen since the panel was built
    int m_runStart = 0;    // first row of the current (or last) run
    int m_runDone = 0;
    int m_runTotal = 0;
    // What the bar and the last runProgressChanged said.
    int m_shownDone = 0;
    int m_shownTotal = 0;
    bool m_shownActive = false;
};

} // namespace m3ter
