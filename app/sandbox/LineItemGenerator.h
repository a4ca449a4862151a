#pragma once

#include "AccountRecord.h"
#include "BillRecord.h"
#include "LineItemRecord.h"

#include <QList>

namespace m3ter::sandbox {

// Generates a bill's line items from the bill's own seed, on demand: a bill always gets the same
// items no matter which bills were looked at before, and 100,000 bills cost no line-item memory.
// All amounts are integer minor units; a usage item's subtotal is the exact sum of its bands.
class LineItemGenerator {
public:
    static QList<LineItemRecord> generate(quint64 orgSeed, const BillRecord &bill,
                                          const AccountRecord &account);
    // The 19 lineItemType values of the contract (docs/m3ter-api.md, "Line item types").
    static const QStringList &allTypes();
    static bool isCredit(const QString &type);
};

} // namespace m3ter::sandbox
