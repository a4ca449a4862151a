#include "BillColumnMenus.h"

#include "models/BillTableModel.h"

#include <QAction>
#include <QHeaderView>
#include <QMenu>

namespace m3ter {

void BillColumnMenus::fillColumns(QMenu *menu, QHeaderView *header) {
    menu->clear();
    for (int c = 0; c < BillTableModel::ColumnCount; ++c) {
        QAction *action = menu->addAction(BillTableModel::columnTitle(c));
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(c));
        QObject::connect(action, &QAction::toggled, header,
                         [header, c](bool on) { header->setSectionHidden(c, !on); });
    }
}

void BillColumnMenus::fillSort(QMenu *menu, const QHeaderView *header, const BillTableModel &model,
                               const std::function<void(int)> &sortBy) {
    menu->clear();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int c = header->logicalIndex(visual);
        if (header->isSectionHidden(c))
            continue;
        QString text = BillTableModel::columnTitle(c);
        if (model.sortColumn() == c) {
            text = model.sortOrder() == Qt::AscendingOrder
                       //: Sort by menu: the column the bills are sorted by, A to Z / 1 to 9.
                       ? tr("%1 (ascending)").arg(text)
                       //: Sort by menu: the column the bills are sorted by, Z to A / 9 to 1.
                       : tr("%1 (descending)").arg(text);
        }
        QAction *action = menu->addAction(text);
        action->setCheckable(true);
        action->setChecked(model.sortColumn() == c);
        QObject::connect(action, &QAction::triggered, menu, [sortBy, c] { sortBy(c); });
    }
}

} // namespace m3ter
