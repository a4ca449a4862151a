#pragma once

#include "common/TextWidthCache.h"

class QTableView;

namespace m3ter {

class BillTableModel;

// The one place the bill table's column widths come from: the translated titles and the widest
// values a column shows (amounts, dates, statuses in this locale and font, and every loaded
// total, so a large amount is never cut). Widens, never narrows, columns the user sized.
//
// The sections stay Interactive: no QHeaderView::ResizeToContents and no
// resizeColumnsToContents(), which lay out the text of every loaded row again after each page;
// each new row's total is measured once here instead, and each text shape once (TextWidthCache).
class BillColumnWidths {
public:
    // Applies the widths to `view`'s header and returns the width the key columns (account,
    // date, total, currency, status) take, so the table's pane can keep them in view.
    int apply(QTableView *view, const BillTableModel &model);

private:
    int m_totalsMeasured = 0; // rows whose total has been measured
    TextWidthCache m_cellWidths;
    TextWidthCache m_titleWidths;
};

} // namespace m3ter
