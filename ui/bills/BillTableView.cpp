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
    m_scrollRangeDelay.setSingleShot(true);
    m_scrollRangeDelay.setInterval(ScrollRangeDelayMs);
    connect(&m_scrollRangeDelay, &QTimer::timeout, this, &BillTableView::onScrollRangeDelayOver);
}

void BillTableView::onRowCountChanged(int oldCount, int newCount) {
    // The first appended row's top edge, in viewport coordinates (the header already counts the
    // new sections). Below the bottom edge: nothing on screen changed but the scroll range.
    const bool appendedOutOfSight = oldCount > 0 && newCount > oldCount && isVisible() &&
                                    firstAppendedRowTop(oldCount, newCount) >= viewport()->height();
    if (appendedOutOfSight) {
        if (m_scrollRangeDelay.isActive()) {
            m_scrollRangeBehind = true; // caught up when the delay is over
            return;
        }
        updateGeometries();
        m_scrollRangeDelay.start();
        return;
    }
    rowCountChanged(oldCount, newCount); // ends in updateGeometries(): the range catches up
}

int BillTableView::firstAppendedRowTop(int oldCount, int newCount) const {
    // Appended rows get the default height unless rows size to their contents. Then the top of
    // the first is the header's length less theirs, which QHeaderView keeps up to date; asking
    // for the section's position instead makes QHeaderView recount the positions of every row
    // after each insert, a cost that grows with the rows loaded (100,000 at the end of a load).
    const QHeaderView *rows = verticalHeader();
    if (rows->sectionResizeMode(oldCount) != QHeaderView::ResizeToContents &&
        rows->sectionResizeMode(oldCount) != QHeaderView::Stretch)
        return rows->length() - (newCount - oldCount) * rows->defaultSectionSize() - rows->offset();
    return rows->sectionViewportPosition(oldCount);
}

void BillTableView::onScrollRangeDelayOver() {
    if (!m_scrollRangeBehind)
        return;
    updateGeometries();
    m_scrollRangeDelay.start(); // the next append within the delay waits again
}

void BillTableView::updateGeometries() {
    m_scrollRangeBehind = false;
    QTableView::updateGeometries();
}

void BillTableView::scrollTo(const QModelIndex &index, ScrollHint hint) {
    // Scrolling to a row appended a moment ago needs a range that already includes it.
    if (m_scrollRangeBehind)
        updateGeometries();
    QTableView::scrollTo(index, hint);
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
