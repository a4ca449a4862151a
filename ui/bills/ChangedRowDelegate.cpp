#include "ChangedRowDelegate.h"

#include "models/BillTableModel.h"
#include "theme/ThemeColors.h"

namespace m3ter {

void ChangedRowDelegate::initStyleOption(QStyleOptionViewItem *option,
                                         const QModelIndex &index) const {
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(BillTableModel::ChangeSummaryRole).toString().isEmpty())
        return;
    // Tinted from the view's palette, so the text on it keeps its contrast in a dark theme too;
    // the selection's own colour wins on a selected row.
    option->backgroundBrush = ThemeColors::background(ThemeColors::Tone::Warning, option->palette);
}

} // namespace m3ter
