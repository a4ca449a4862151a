#pragma once

#include <QDockWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace m3ter {

class BillStore;
class ChangeFilterModel;
class ChangeListModel;

// "What changed since I last looked": the changes the local store found when refreshes
// completed (bills new and gone, totals, statuses, locks, statements gone stale) and when bills
// were opened again (line items added, removed or changed), newest last. The list can be
// narrowed to one kind of change and to one account; Export CSV writes what it lists.
// Double-clicking a change selects the bill; Mark bill as reviewed moves the baseline of the
// selected bills, Mark all as reviewed that of every bill. Follows the store: reloads after
// every refresh or opened bill that found changes, and when the store is opened again (its local
// data forgotten).
class ChangesPanel : public QDockWidget {
    Q_OBJECT

public:
    ChangesPanel(BillStore *store, QWidget *parent = nullptr);

    // Every change not yet reviewed, unfiltered.
    ChangeListModel *model() const { return m_model; }
    // What the view lists: model() through the kind and account filters.
    ChangeFilterModel *shownModel() const { return m_filter; }
    QTableView *view() const { return m_view; }
    // Reads the changes not yet reviewed from the store.
    void reload();
    // Writes the listed changes (as filtered) as CSV; false with a translated error.
    bool exportCsv(const QString &fileName, QString *error) const;
    // The bills of the selected changes are reviewed (BillStore::markReviewed), each with every
    // change recorded for it.
    void markSelectedReviewed();

signals:
    void billActivated(const QString &billId);
    // Changes were read; `count` of them not yet reviewed.
    void changesLoaded(int count);

private:
    void exportInteractively();
    // The account filter offers the accounts the changes name, by name; the selection is kept
    // while its account still has changes.
    void fillAccounts();
    void applyFilters();
    void updateSummary();
    QStringList selectedBills() const;

    BillStore *m_store;
    ChangeListModel *m_model;
    ChangeFilterModel *m_filter;
    QLabel *m_summary;
    QComboBox *m_kinds;
    QComboBox *m_accounts;
    QTableView *m_view;
    QPushButton *m_reviewedBill;
    QPushButton *m_reviewed;
    QPushButton *m_export;
};

} // namespace m3ter
