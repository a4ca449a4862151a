#pragma once

#include "common/TextWidthCache.h"
#include "models/BillTableModel.h"

#include <QString>

#include <array>

class QTableView;

namespace m3ter {

// The one place the bill table's column widths come from: the translated titles and the widest
// values a column shows (amounts, dates, statuses in this locale and font, and every loaded
// total, so a large amount is never cut). Widens, never narrows, columns the user sized.
//
// The sections stay Interactive: no QHeaderView::ResizeToContents and no
// resizeColumnsToContents(), which lay out the text of every loaded row again after each page.
// Called after every page of a load, so the work is split: the widths that depend only on the
// font, the locale and the titles are measured once (again when one of those changes), and of
// the totals only the largest per currency and sign (BillTableModel::widestTotals), when it
// changed.
class BillColumnWidths {
public:
    // Applies the widths to `view`'s header and returns the width the key columns (account,
    // date, total, currency, status) take, so the table's pane can keep them in view.
    int apply(QTableView *view, const BillTableModel &model);

private:
    using Widths = std::array<int, BillTableModel::ColumnCount>;
    // Title and sample values of every column, for the current font, locale and language.
    void measureFixed(const QTableView *view);
    // The widest of the largest totals, if they changed since the last call (0: none).
    int widestNewTotal(const QTableView *view, const BillTableModel &model);

    QString m_fixedKey; // fonts and locale the fixed widths were measured for
    Widths m_fixed{};   // per column: the title or the sample values, chrome included
    int m_cellChrome = 0;
    int m_widestTotal = 0;        // of every total measured, chrome included
    quint64 m_totalsRevision = 0; // of the model's widest totals, when last measured
    TextWidthCache m_cellWidths;
};

} // namespace m3ter
