#pragma once

#include "store/BillChange.h"

#include <QAbstractTableModel>
#include <QVector>

#include <functional>

namespace m3ter {

// The changes a refresh found ("since I last looked"), as a table: what changed, the bill, its
// account, the line item (for changes of a bill's line items), the value before and after
// (amounts exact, in their currency), when it was found.
// Filled from BillStore::readChanges(); the Changes panel shows it.
class ChangeListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        KindColumn,
        AccountColumn,
        BillColumn,
        LineItemColumn,
        BeforeColumn,
        AfterColumn,
        FoundColumn,
        ColumnCount
    };
    enum Role { BillIdRole = Qt::UserRole + 1, AccountIdRole, KindRole };
    // Account code or name for an account id (the account directory); empty: show the id.
    using AccountName = std::function<QString(const QString &accountId)>;

    explicit ChangeListModel(QObject *parent = nullptr);

    void setChanges(const QVector<BillChange> &changes);
    const QVector<BillChange> &changes() const { return m_changes; }
    void setAccountName(AccountName name) { m_accountName = std::move(name); }
    // What the Account column shows for an account id: its name from setAccountName(), else
    // the id.
    QString accountText(const QString &accountId) const;

    static QString kindLabel(BillChange::Kind kind);
    // A change's value as the user reads it: amounts formatted in their currency, statuses and
    // flags translated.
    static QString valueText(const BillChange &change, bool after);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVector<BillChange> m_changes;
    AccountName m_accountName;
};

} // namespace m3ter
