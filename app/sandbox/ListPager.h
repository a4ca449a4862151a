#pragma once

#include <QList>

namespace m3ter::sandbox {

// One page of positions plus whether another match exists after it. Looking one match ahead is
// what guarantees the contract's rule "never an empty data with a nextToken" (docs/m3ter-api.md,
// "Cursor paging").
struct ListPage {
    QList<int> positions;
    bool more = false;
};

// Pages through positions 0..count-1 in order, keeping those `match` accepts.
class ListPager {
public:
    template <typename Match>
    static ListPage page(int count, qint64 after, int pageSize, Match match) {
        ListPage page;
        for (qint64 pos = after + 1; pos < count; ++pos) {
            if (!match(int(pos)))
                continue;
            if (page.positions.size() == pageSize) {
                page.more = true;
                break;
            }
            page.positions.append(int(pos));
        }
        return page;
    }
};

} // namespace m3ter::sandbox
