#include "BillTableView.h"

#include "bills/ChangedRowDelegate.h"

#include <QAccessible>
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

void BillTableView::dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                const QList<int> &roles) {
    // One cell, or a screen reader listening (it is told of every change): the usual path.
    if (topLeft == bottomRight || !topLeft.isValid() || !bottomRight.isValid() ||
        QAccessible::isActive() || !isVisible()) {
        QTableView::dataChanged(topLeft, bottomRight, roles);
        return;
    }
    const int top = rowAt(0);
    if (top < 0)
        return; // no row on screen
    int bottom = rowAt(viewport()->height() - 1);
    if (bottom < 0)
        bottom = model()->rowCount(rootIndex()) - 1;
    const int first = qMax(topLeft.row(), top);
    const int last = qMin(bottomRight.row(), bottom);
    if (first > last)
        return; // every changed row is off screen
    const int y = rowViewportPosition(first);
    const int height = rowViewportPosition(last) + rowHeight(last) - y;
    viewport()->update(0, y, viewport()->width(), height);
}

} // namespace m3ter
