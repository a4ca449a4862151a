#include "BillTableView.h"

#include "bills/ChangedRowDelegate.h"

#include <QHeaderView>

namespace m3ter {

BillTableView::BillTableView(QWidget *parent)
    : QTableView(parent) {
    // QTableView connects its vertical header's sectionCountChanged to the protected slot
    // rowCountChanged() (by name, in setVerticalHeader()); route it through the check below.
    disconnect(verticalHeader(), SIGNAL(sectionCountChanged(int, int)), this,
               SLOT(rowCountChanged(int, int)));
    connect(verticalHeader(), &QHeaderView::sectionCountChanged, this,
            &BillTableView::onRowCountChanged);
    setItemDelegate(new ChangedRowDelegate(this));
}

void BillTableView::onRowCountChanged(int oldCount, int newCount) {
    // The first appended row's top edge, in viewport coordinates (the header already counts the
    // new sections). Below the bottom edge: nothing on screen changed but the scroll range.
    const bool appendedOutOfSight =
        oldCount > 0 && newCount > oldCount && isVisible() &&
        verticalHeader()->sectionViewportPosition(oldCount) >= viewport()->height();
    if (appendedOutOfSight) {
        updateGeometries();
        return;
    }
    rowCountChanged(oldCount, newCount);
}

} // namespace m3ter
