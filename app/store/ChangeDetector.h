#pragma once

#include "models/BillRow.h"
#include "store/BillChange.h"

#include <QVector>

namespace m3ter {

// What changed in one bill between two list rows: the rules, with no storage. ChangeLog feeds it
// the rows a completing refresh rewrote.
class ChangeDetector {
public:
    // Total (exact value or currency), status, locked, statements gone stale or no longer
    // generated; nothing for equal rows. billId/accountId set, the rest of the record left to
    // the caller.
    static QVector<BillChange> compare(const BillRow &before, const BillRow &after);

    static BillChange added(const BillRow &after);
    static BillChange removed(const BillRow &before);
};

} // namespace m3ter
