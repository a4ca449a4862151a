#pragma once

#include "BillListQuery.h"
#include "ListPager.h"

namespace m3ter::sandbox {

class SandboxStore;

// Serves one page of GET …/bills without touching every bill: it walks the smallest candidate set
// the indexes offer (explicit ids, the account's bills, the bill job's bills, or the billDate range
// found by binary search over the billDate-ordered bills) and checks the remaining filters on
// the compact records only.
class BillPager {
public:
    // `after` is the position of the last bill already served (-1 for the first page).
    static ListPage page(const SandboxStore &store, const BillListQuery &query, qint64 after,
                         int pageSize);
};

} // namespace m3ter::sandbox
