#pragma once

#include <QCoreApplication>

#include <functional>

class QHeaderView;
class QMenu;

namespace m3ter {

class BillTableModel;

// The menus that stand in for the bill table's header: the column chooser (View > Columns and
// the header's context menu) and Sort by (View menu: the same as clicking a column's header,
// which a keyboard cannot do). Both list the columns in their visual order and are filled
// again each time they open, so they follow moved, hidden and sorted columns.
class BillColumnMenus {
    Q_DECLARE_TR_FUNCTIONS(BillColumnMenus)

public:
    static void fillColumns(QMenu *menu, QHeaderView *header);
    // `sortBy` is called with the logical column chosen.
    static void fillSort(QMenu *menu, const QHeaderView *header, const BillTableModel &model,
                         const std::function<void(int)> &sortBy);
};

} // namespace m3ter
