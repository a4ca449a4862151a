#pragma once

#include <QStyledItemDelegate>

namespace m3ter {

// Marks the rows of bills that changed since the user last looked (the model's
// ChangeSummaryRole): a calm amber tint of the row, whose tooltip says what changed. The bill
// table's delegate for every column; a column with a delegate of its own derives from it.
class ChangedRowDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace m3ter
