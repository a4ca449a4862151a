#pragma once

#include "store/BillChange.h"

#include <QJsonArray>
#include <QString>
#include <QVector>

namespace m3ter {

// What changed in one bill's line items between the detail stored when it was last opened and
// the one just fetched: the rules, with no storage (ChangeLog records what it finds).
//
// Items are matched by their id; an item without one cannot be told apart from another across
// two fetches and is left out. An item is changed when its amount (subtotal, or its currency),
// quantity, description or product differs; amounts and quantities are compared exactly
// (Decimal: 1.5 equals 1.50) and kept as decimal text, never as doubles. The product is its id
// when the items carry one (a renamed product is not a change of the bill), else its code and
// name.
class LineItemChangeDetector {
public:
    // The bill the items belong to, for the records.
    struct BillContext {
        QString billId;
        QString accountId;
        QString currency; // the bill's, for items that name none
    };

    // Added (in the order of `after`), changed (one record per field, in the order of `after`),
    // removed (in the order of `before`). Each record carries billId, accountId, currency,
    // lineItemId and lineItem; the caller sets the rest.
    static QVector<BillChange> compare(const BillContext &bill, const QJsonArray &before,
                                       const QJsonArray &after);
};

} // namespace m3ter
