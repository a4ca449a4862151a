#include "store/ChangeFilterModel.h"

#include "store/ChangeListModel.h"

namespace m3ter {

ChangeFilterModel::ChangeFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent) {}

void ChangeFilterModel::setKind(std::optional<BillChange::Kind> kind) {
    if (kind == m_kind)
        return;
    m_kind = kind;
    invalidateRowsFilter();
}

void ChangeFilterModel::setAccountId(std::optional<QString> accountId) {
    if (accountId == m_accountId)
        return;
    m_accountId = std::move(accountId);
    invalidateRowsFilter();
}

const BillChange &ChangeFilterModel::changeAt(int row) const {
    const auto *changes = static_cast<const ChangeListModel *>(sourceModel());
    return changes->changes().at(mapToSource(index(row, 0)).row());
}

bool ChangeFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const {
    const auto *changes = qobject_cast<const ChangeListModel *>(sourceModel());
    if (!changes || sourceRow >= changes->changes().size())
        return false;
    const BillChange &change = changes->changes().at(sourceRow);
    return (!m_kind || change.kind == *m_kind) &&
           (!m_accountId || change.accountId == *m_accountId);
}

} // namespace m3ter
