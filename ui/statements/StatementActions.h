#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <functional>

class QAction;
class QMainWindow;
class QSystemTrayIcon;
class QTableView;

namespace m3ter {

class BillDetailPane;
class BillTableModel;
class Session;
class StatementPanel;
class StatementQueue;
struct StatementRequestItem;

// What the main window offers for statements: the Generate / Download existing / Regenerate
// stale actions (menu, toolbar, the table's context menu), the question before generating, the
// statements dock, progress in the window title and the "statements finished" notification
// (status bar, taskbar alert, tray message). The queue itself belongs to the Session; this
// class only presents it in the window that created it.
class StatementActions : public QObject {
    Q_OBJECT

public:
    using RowsFunction = std::function<QList<int>()>;

    // Adds the statements dock to `window` and the actions to `view`'s context menu.
    // `selectedRows` returns the selected model rows in order.
    StatementActions(Session *session, QMainWindow *window, QTableView *view,
                     BillDetailPane *detail, RowsFunction selectedRows);

    StatementPanel *panel() const { return m_panel; }
    QAction *generateAction() const { return m_generateAction; }
    QAction *downloadExistingAction() const { return m_downloadExistingAction; }
    QAction *regenerateStaleAction() const { return m_regenerateStaleAction; }

    // Asks (GenerateStatementsDialog, window-modal, not blocking) and then submits.
    void generateStatements(const QList<int> &rows);
    // Downloads the statements the bills already have, without creating jobs; returns how many
    // bills had one.
    int downloadExistingStatements(const QList<int> &rows);
    // Enables the actions for the selection and the loaded rows.
    void updateActions();
    // The last "statements finished" message (status bar and desktop notification).
    QString lastNotice() const { return m_lastNotice; }

private:
    void createActions();
    void askToGenerate(const QList<StatementRequestItem> &bills, int existing, bool csvDefault);
    void submit(const QList<StatementRequestItem> &bills, bool includeCsv);
    StatementRequestItem itemOfRow(int row) const;
    void showProgress(int done, int total, bool active);
    void onBatchFinished(int submissionId, int complete, int failed);
    void notify(int complete, int failed);
    void showStatus(const QString &text, int timeoutMs);

    Session *m_session;
    BillTableModel *m_model;
    StatementQueue *m_queue;
    QMainWindow *m_window;
    QTableView *m_view;
    BillDetailPane *m_detail;
    RowsFunction m_selectedRows;
    QString m_baseTitle; // the window's title without progress
    StatementPanel *m_panel = nullptr;
    QAction *m_generateAction = nullptr;
    QAction *m_downloadExistingAction = nullptr;
    QAction *m_regenerateStaleAction = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    QString m_lastNotice;
    // Submissions reported as one notification (downloadExistingStatements() splits JSON-only
    // and JSON+CSV bills): pending submission ids and the counts so far.
    struct NoticeGroup {
        QList<int> pending;
        int complete = 0;
        int failed = 0;
    };
    QList<NoticeGroup> m_noticeGroups;
};

} // namespace m3ter
