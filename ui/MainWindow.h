#pragma once

#include <QMainWindow>

class QAction;
class QLabel;
class QMenu;
class QSplitter;
class QTableView;

namespace m3ter {

class AccountDirectory;
class ApiBillPageSource;
class ApiClient;
class BillDetailPane;
class BillFilterBar;
class BillTableModel;
class InlineNotice;
class TableStateOverlay;

// The bill browser: filter bar on top, the lazily paged bill table, the detail pane of the
// selected bill on the right, and a status bar with counts and per-currency sums.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    struct Connection {
        QString displayName; // profile name or "Demo sandbox"
        QString orgId;
        bool production = false;
    };

    MainWindow(ApiClient *client, const Connection &connection, QWidget *parent = nullptr);
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
    // Empty until the owner (AppController) fills it: profiles, new/edit connection, preferences.
    QMenu *connectionMenu() const { return m_connectionMenu; }

    // Saved views: the filter bar's filter and the table's columns under a name the user chose.
    void saveView(const QString &name);
    bool applySavedView(const QString &name);
    QStringList savedViewNames() const;

    // Writes the loaded rows (or only the selected ones) as CSV; returns a translated error.
    bool exportTable(const QString &fileName, bool selectionOnly, bool withBom, QString *error);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createCentralArea();
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
    void exportTableInteractively();
    void copySelection();
    void rebuildViewsMenu();
    void saveCurrentView();
    void deleteSavedView(const QString &name);
    QList<int> selectedRows() const;

    ApiClient *m_client;
    Connection m_connection;
    AccountDirectory *m_accounts;
    ApiBillPageSource *m_source;
    BillTableModel *m_model;
    BillFilterBar *m_filterBar;
    InlineNotice *m_notice;
    QTableView *m_view;
    TableStateOverlay *m_overlay;
    BillDetailPane *m_detail;
    QSplitter *m_splitter;
    QLabel *m_countLabel;
    QLabel *m_totalsLabel;
    QLabel *m_selectionLabel;
    QMenu *m_viewsMenu = nullptr;
    QMenu *m_connectionMenu = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_loadAllAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_focusFilterAction = nullptr;
};

} // namespace m3ter
