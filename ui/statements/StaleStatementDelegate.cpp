#include "StaleStatementDelegate.h"

#include "models/BillTableModel.h"
#include "theme/ThemeColors.h"

#include <QStyle>
#include <QWidget>

namespace m3ter {

void StaleStatementDelegate::initStyleOption(QStyleOptionViewItem *option,
                                             const QModelIndex &index) const {
    ChangedRowDelegate::initStyleOption(option, index);
    if (!index.data(BillTableModel::StatementStaleRole).toBool())
        return;
    if (const QWidget *widget = option->widget) {
        option->icon = widget->style()->standardIcon(QStyle::SP_MessageBoxWarning);
        option->features |= QStyleOptionViewItem::HasDecoration;
        const int size = widget->style()->pixelMetric(QStyle::PM_SmallIconSize);
        option->decorationSize = QSize(size, size);
    }
    // Amber derived from the view's palette, so it stays readable on a dark one.
    if (!(option->state & QStyle::State_Selected))
        option->palette.setColor(
            QPalette::Text,
            ThemeColors::text(ThemeColors::Tone::Warning, option->palette, QPalette::Base));
}

} // namespace m3ter
