#pragma once

#include "store/BillChange.h"

#include <QSortFilterProxyModel>
#include <QString>

#include <optional>

namespace m3ter {

// The Changes view's filters over a ChangeListModel: one kind of change and/or one account.
// What it lets through is what the view lists and what Export CSV writes.
class ChangeFilterModel : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit ChangeFilterModel(QObject *parent = nullptr);

    // nullopt: every kind / every account.
    void setKind(std::optional<BillChange::Kind> kind);
    std::optional<BillChange::Kind> kind() const { return m_kind; }
    void setAccountId(std::optional<QString> accountId);
    std::optional<QString> accountId() const { return m_accountId; }
    bool isFiltering() const { return m_kind || m_accountId; }

    // The change shown at a row of this model.
    const BillChange &changeAt(int row) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<BillChange::Kind> m_kind;
    std::optional<QString> m_accountId;
};

} // namespace m3ter
