#pragma once

#include <QStyledItemDelegate>

namespace m3ter {

// Marks stale statements in the bill table: amber text and a warning sign in the statement
// column, so they stand out before anyone sends an outdated statement on.
class StaleStatementDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace m3ter
