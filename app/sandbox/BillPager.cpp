#include "BillPager.h"

#include "SandboxStore.h"

#include <algorithm>

namespace m3ter::sandbox {

namespace {

// First position whose billDate is >= day (the bills are ordered by billDate).
int lowerBoundDate(const SandboxStore &store, qint64 day) {
    int lo = 0;
    int hi = store.billCount();
    while (lo < hi) {
        const int mid = (lo + hi) / 2;
        if (store.bill(mid).billDate < day)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

} // namespace

ListPage BillPager::page(const SandboxStore &store, const BillListQuery &q, qint64 after,
                         int pageSize) {
    ListPage page;
    if ((q.accountFilter && q.account < 0) || (q.billJobFilter && q.billJob < 0))
        return page;

    // Date range [lo, hi) in positions.
    int lo = 0;
    int hi = store.billCount();
    if (q.billDate) {
        lo = lowerBoundDate(store, *q.billDate);
        hi = lowerBoundDate(store, *q.billDate + 1);
    }
    if (q.billDateStart)
        lo = qMax(lo, lowerBoundDate(store, *q.billDateStart));
    if (q.billDateEnd)
        hi = qMin(hi, lowerBoundDate(store, *q.billDateEnd));
    lo = int(qMax<qint64>(lo, after + 1));
    if (lo >= hi)
        return page;

    const QList<int> *candidates = nullptr;
    auto consider = [&](const QList<int> &list) {
        if (!candidates || list.size() < candidates->size())
            candidates = &list;
    };
    if (q.idsFilter)
        consider(q.idPositions);
    if (q.accountFilter)
        consider(store.billsOfAccount(q.account));
    if (q.billJobFilter)
        consider(store.billsOfBillJob(q.billJob));

    auto take = [&](int pos) {
        if (!q.matches(store.bill(pos), pos))
            return true;
        if (page.positions.size() == pageSize) {
            page.more = true;
            return false;
        }
        page.positions.append(pos);
        return true;
    };

    if (candidates && candidates->size() < hi - lo) {
        auto it = std::lower_bound(candidates->cbegin(), candidates->cend(), lo);
        for (; it != candidates->cend() && *it < hi; ++it) {
            if (!take(*it))
                break;
        }
    } else {
        for (int pos = lo; pos < hi; ++pos) {
            if (!take(pos))
                break;
        }
    }
    return page;
}

} // namespace m3ter::sandbox
