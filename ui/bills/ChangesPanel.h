#pragma once

#include <QDockWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace m3ter {

class BillStore;
class ChangeListModel;

// "What changed since I last looked": the changes the local store found when refreshes
// completed (bills new and gone, totals, statuses, locks, statements gone stale), newest last.
// Double-clicking one selects the bill; Mark all as reviewed moves the baseline; the list can be
// exported as CSV. Follows the store: reloads after every refresh that found changes.
class ChangesPanel : public QDockWidget {
    Q_OBJECT

public:
    ChangesPanel(BillStore *store, QWidget *parent = nullptr);

    ChangeListModel *model() const { return m_model; }
    // Reads the changes not yet reviewed from the store.
    void reload();
    // Writes the listed changes as CSV; false with a translated error.
    bool exportCsv(const QString &fileName, QString *error) const;

signals:
    void billActivated(const QString &billId);
    // Changes were read; `count` of them not yet reviewed.
    void changesLoaded(int count);

private:
    void exportInteractively();

    BillStore *m_store;
    ChangeListModel *m_model;
    QLabel *m_summary;
    QTableView *m_view;
    QPushButton *m_reviewed;
    QPushButton *m_export;
};

} // namespace m3ter
