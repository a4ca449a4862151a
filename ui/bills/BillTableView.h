#pragma once

#include <QTableView>
#include <QTimer>

namespace m3ter {

// The bill table's view: a QTableView that does not repaint its visible rows when rows are
// appended below them, and moves its scroll bar at most five times a second while they arrive.
//
// QTableView answers every insert with a delayed items layout, which ends in a repaint of the
// whole viewport. Loading 100,000 bills appends 1,000 pages below the rows on screen, and each
// repaint lays out and shapes the text of every visible cell again: most of the GUI thread's
// time during a load (figures in docs/BENCHMARKS.md). Here an append that starts below
// the viewport only updates the scroll range; any other change of the row count (rows removed,
// a reset, rows that land on screen) takes QTableView's usual path.
//
// The scroll range itself is throttled: the first append out of sight updates it at once, later
// ones within 200 ms of that are gathered into one update when the 200 ms are over. Repainting
// the scroll bar (and, because it is not opaque, the widgets beneath it) cost about 0.5 ms per
// page, a third of the GUI thread's work during a load-all at the API's 50 pages a second.
// Anything that needs the true range first — scrollTo() for keyboard moves, selecting a row,
// resizing — brings it up to date before it acts.
//
// Likewise a refresh updates a page of rows in place 50 times a second (BillListMerge), and
// QAbstractItemView repaints the whole viewport for any change of more than one cell: here a
// change of rows off screen repaints nothing, and one on screen only those rows.
class BillTableView : public QTableView {
    Q_OBJECT
public:
    explicit BillTableView(QWidget *parent = nullptr);

    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;

    // How long appends out of sight may leave the scroll range behind the rows.
    static constexpr int ScrollRangeDelayMs = 200;

protected:
    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                     const QList<int> &roles = QList<int>()) override;
    void updateGeometries() override;

private:
    void onRowCountChanged(int oldCount, int newCount);
    int firstAppendedRowTop(int oldCount, int newCount) const; // in viewport coordinates
    void onScrollRangeDelayOver();

    QTimer m_scrollRangeDelay;
    bool m_scrollRangeBehind = false; // rows appended since the last updateGeometries()
};

} // namespace m3ter
