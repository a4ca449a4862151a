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
    }
    return QString();
}

bool BillChange::kindFromName(const QString &name, Kind *kind) {
    for (Kind k : {Kind::Added, Kind::Removed, Kind::TotalChanged, Kind::StatusChanged,
                   Kind::LockedChanged, Kind::StatementStale, Kind::StatementInvalidated}) {
        if (kindName(k) == name) {
            *kind = k;
            return true;
        }
    }
    return false;
}

} // namespace m3ter
