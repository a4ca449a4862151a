#include "store/BillChange.h"

namespace m3ter {

QString BillChange::kindName(Kind kind) {
    switch (kind) {
    case Kind::Added:
        return QStringLiteral("added");
    case Kind::Removed:
        return QStringLiteral("removed");
    case Kind::TotalChanged:
        return QStringLiteral("total");
    case Kind::StatusChanged:
        return QStringLiteral("status");
    case Kind::LockedChanged:
        return QStringLiteral("locked");
    case Kind::StatementStale:
        return QStringLiteral("statementStale");
    case Kind::StatementInvalidated:
        return QStringLiteral("statementInvalidated");
    case Kind::LineItemAdded:
        return QStringLiteral("lineItemAdded");
    case Kind::LineItemRemoved:
        return QStringLiteral("lineItemRemoved");
    case Kind::LineItemAmountChanged:
        return QStringLiteral("lineItemAmount");
    case Kind::LineItemQuantityChanged:
        return QStringLiteral("lineItemQuantity");
    case Kind::LineItemDescriptionChanged:
        return QStringLiteral("lineItemDescription");
    case Kind::LineItemProductChanged:
        return QStringLiteral("lineItemProduct");
    }
    return QString();
}

const QVector<BillChange::Kind> &BillChange::allKinds() {
    static const QVector<Kind> kinds = {Kind::Added,
                                        Kind::Removed,
                                        Kind::TotalChanged,
                                        Kind::StatusChanged,
                                        Kind::LockedChanged,
                                        Kind::StatementStale,
                                        Kind::StatementInvalidated,
                                        Kind::LineItemAdded,
                                        Kind::LineItemRemoved,
                                        Kind::LineItemAmountChanged,
                                        Kind::LineItemQuantityChanged,
                                        Kind::LineItemDescriptionChanged,
                                        Kind::LineItemProductChanged};
    return kinds;
}

bool BillChange::kindFromName(const QString &name, Kind *kind) {
    for (Kind k : allKinds()) {
        if (kindName(k) == name) {
            *kind = k;
            return true;
        }
    }
    return false;
}

} // namespace m3ter
