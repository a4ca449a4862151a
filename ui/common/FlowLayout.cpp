#include "FlowLayout.h"

#include <QWidget>

namespace m3ter {

FlowLayout::FlowLayout(QWidget *parent, int horizontalSpacing, int verticalSpacing)
    : QLayout(parent)
    , m_hSpacing(horizontalSpacing)
    , m_vSpacing(verticalSpacing) {
    setContentsMargins(0, 0, 0, 0);
}

FlowLayout::~FlowLayout() {
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem *item) {
    m_items.append(item);
}

int FlowLayout::count() const {
    return int(m_items.size());
}

QLayoutItem *FlowLayout::itemAt(int index) const {
    return m_items.value(index);
}

QLayoutItem *FlowLayout::takeAt(int index) {
    if (index < 0 || index >= m_items.size())
        return nullptr;
    return m_items.takeAt(index);
}

Qt::Orientations FlowLayout::expandingDirections() const {
    return {};
}

bool FlowLayout::hasHeightForWidth() const {
    return true;
}

int FlowLayout::heightForWidth(int width) const {
    return doLayout(QRect(0, 0, width, 0), false);
}

// As narrow as the widest item: everything else folds into more rows.
QSize FlowLayout::minimumSize() const {
    QSize size;
    for (const QLayoutItem *item : m_items) {
        if (!item->isEmpty())
            size = size.expandedTo(item->minimumSize().expandedTo(item->sizeHint()));
    }
    const QMargins margins = contentsMargins();
    return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom());
}

// Everything on one row.
QSize FlowLayout::sizeHint() const {
    int width = 0;
    int height = 0;
    for (const QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        width += (width > 0 ? m_hSpacing : 0) + item->sizeHint().width();
        height = qMax(height, item->sizeHint().height());
    }
    const QMargins margins = contentsMargins();
    return {width + margins.left() + margins.right(), height + margins.top() + margins.bottom()};
}

void FlowLayout::setGeometry(const QRect &rect) {
    QLayout::setGeometry(rect);
    doLayout(rect, true);
}

int FlowLayout::doLayout(const QRect &rect, bool apply) const {
    const QMargins margins = contentsMargins();
    const QRect area = rect.marginsRemoved(margins);
    // Rows first, so each row's items can be centred on the row's height.
    QList<QList<QLayoutItem *>> rows(1);
    int x = 0;
    for (QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        const int width = item->sizeHint().width();
        if (x > 0 && x + m_hSpacing + width > area.width()) {
            rows.append(QList<QLayoutItem *>());
            x = 0;
        }
        x += (x > 0 ? m_hSpacing : 0) + width;
        rows.last().append(item);
    }
    if (rows.first().isEmpty())
        return margins.top() + margins.bottom();
    int y = area.y();
    for (const QList<QLayoutItem *> &row : rows) {
        int rowHeight = 0;
        for (const QLayoutItem *item : row)
            rowHeight = qMax(rowHeight, item->sizeHint().height());
        if (apply) {
            int left = area.x();
            for (QLayoutItem *item : row) {
                const QSize size = item->sizeHint();
                item->setGeometry(QRect(QPoint(left, y + (rowHeight - size.height()) / 2), size));
                left += size.width() + m_hSpacing;
            }
        }
        y += rowHeight + m_vSpacing;
    }
    return y - m_vSpacing - area.y() + margins.top() + margins.bottom();
}

} // namespace m3ter
