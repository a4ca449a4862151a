#pragma once

#include <QTableView>

namespace m3ter {

// The bill table's view: a QTableView that does not repaint its visible rows when rows are
// appended below them.
//
// QTableView answers every insert with a delayed items layout, which ends in a repaint of the
// whole viewport. Loading 100,000 bills appends 1,000 pages below the rows on screen, and each
// repaint lays out and shapes the text of every visible cell again: most of the GUI thread's
// time during a load (figures in docs/BENCHMARKS.md). Here an append that starts below
// the viewport only updates the scroll bar; any other change of the row count (rows removed,
// a reset, rows that land on screen) takes QTableView's usual path.
//
// Likewise a refresh updates a page of rows in place 50 times a second (BillListMerge), and
// QAbstractItemView repaints the whole viewport for any change of more than one cell: here a
// change of rows off screen repaints nothing, and one on screen only those rows.
class BillTableView : public QTableView {
    Q_OBJECT
public:
    explicit BillTableView(QWidget *parent = nullptr);

protected:
    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                     const QList<int> &roles = QList<int>()) override;

private:
    void onRowCountChanged(int oldCount, int newCount);
};

} // namespace m3ter
