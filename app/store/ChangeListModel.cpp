#include "store/ChangeListModel.h"

#include "domain/Decimal.h"
#include "domain/EnumLabels.h"
#include "domain/Money.h"
#include "models/DecimalFormat.h"
#include "models/DisplayFormat.h"

#include <QLocale>

namespace m3ter {

ChangeListModel::ChangeListModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void ChangeListModel::setChanges(const QVector<BillChange> &changes) {
    beginResetModel();
    m_changes = changes;
    endResetModel();
}

QString ChangeListModel::kindLabel(BillChange::Kind kind) {
    switch (kind) {
    case BillChange::Kind::Added:
        //: Changes panel: a bill the list did not hold before.
        return tr("New bill");
    case BillChange::Kind::Removed:
        //: Changes panel: a bill the list no longer holds.
        return tr("Bill gone");
    case BillChange::Kind::TotalChanged:
        return tr("Total changed");
    case BillChange::Kind::StatusChanged:
        //: Changes panel: e.g. Approved → Pending after a recalculation.
        return tr("Status changed");
    case BillChange::Kind::LockedChanged:
        return tr("Locked changed");
    case BillChange::Kind::StatementStale:
        //: Changes panel: the bill changed after its statement was generated.
        return tr("Statement stale");
    case BillChange::Kind::StatementInvalidated:
        return tr("Statement no longer valid");
    case BillChange::Kind::LineItemAdded:
        //: Changes panel: a bill opened again has a line item it did not have before.
        return tr("Line item added");
    case BillChange::Kind::LineItemRemoved:
        //: Changes panel: a bill opened again no longer has this line item.
        return tr("Line item removed");
    case BillChange::Kind::LineItemAmountChanged:
        //: Changes panel: the amount (subtotal) of one line item of the bill changed.
        return tr("Line item amount changed");
    case BillChange::Kind::LineItemQuantityChanged:
        //: Changes panel: the quantity (usage) billed on one line item changed.
        return tr("Line item quantity changed");
    case BillChange::Kind::LineItemDescriptionChanged:
        return tr("Line item description changed");
    case BillChange::Kind::LineItemProductChanged:
        //: Changes panel: the product a line item bills changed.
        return tr("Line item product changed");
    }
    return QString();
}

QString ChangeListModel::valueText(const BillChange &change, bool after) {
    const QString &raw = after ? change.newValue : change.oldValue;
    if (raw.isEmpty())
        return QString();
    switch (change.kind) {
    case BillChange::Kind::Added:   // the new bill's total
    case BillChange::Kind::Removed: // the gone bill's total
    case BillChange::Kind::TotalChanged:
    case BillChange::Kind::LineItemAdded:
    case BillChange::Kind::LineItemRemoved:
    case BillChange::Kind::LineItemAmountChanged: {
        const QString currency =
            !after && !change.oldCurrency.isEmpty() ? change.oldCurrency : change.currency;
        const std::optional<Decimal> amount = Decimal::fromString(raw);
        return amount ? formatMoney(*amount, currency, QLocale()) : raw;
    }
    case BillChange::Kind::LineItemQuantityChanged: {
        const std::optional<Decimal> quantity = Decimal::fromString(raw);
        return quantity ? formatDecimal(*quantity, QLocale()) : raw;
    }
    case BillChange::Kind::StatusChanged:
        return billStatusLabel(raw);
    case BillChange::Kind::LockedChanged:
        return raw == QLatin1String("true") ? tr("Locked") : tr("Not locked");
    default:
        return raw;
    }
}

QString ChangeListModel::accountText(const QString &accountId) const {
    const QString name = m_accountName ? m_accountName(accountId) : QString();
    return name.isEmpty() ? accountId : name;
}

int ChangeListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_changes.size());
}

int ChangeListModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChangeListModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_changes.size())
        return {};
    const BillChange &change = m_changes.at(index.row());
    if (role == BillIdRole)
        return change.billId;
    if (role == AccountIdRole)
        return change.accountId;
    if (role == KindRole)
        return int(change.kind);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case KindColumn:
        return kindLabel(change.kind);
    case AccountColumn:
        return accountText(change.accountId);
    case BillColumn:
        return change.billId;
    case LineItemColumn:
        return change.lineItem.isEmpty() ? change.lineItemId : change.lineItem;
    case BeforeColumn:
        return valueText(change, false);
    case AfterColumn:
        return valueText(change, true);
    case FoundColumn:
        return formatDateTime(change.detectedAt.toLocalTime());
    default:
        return {};
    }
}

QVariant ChangeListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn:
        //: Changes panel column: what changed.
        return tr("Change");
    case AccountColumn:
        return tr("Account");
    case BillColumn:
        return tr("Bill id");
    case LineItemColumn:
        //: Changes panel column: the line item a change is about (its description).
        return tr("Line item");
    case BeforeColumn:
        //: Changes panel column: the value before the change.
        return tr("Was");
    case AfterColumn:
        //: Changes panel column: the value after the change.
        return tr("Now");
    case FoundColumn:
        //: Changes panel column: when the refresh found the change.
        return tr("Found");
    default:
        return {};
    }
}

} // namespace m3ter
