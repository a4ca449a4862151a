#include "BillStoreLink.h"

#include "models/BillTableModel.h"
#include "store/BillStore.h"

#include <QTimer>

namespace m3ter {

BillStoreLink::BillStoreLink(BillTableModel *model, BillStore *store, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_store(store) {
    connect(model, &BillTableModel::filterApplied, this, &BillStoreLink::onFilterApplied);
    connect(model, &BillTableModel::pageAccepted, this, &BillStoreLink::onPageAccepted);
}

void BillStoreLink::onFilterApplied(const BillFilter &filter) {
    const QString key = BillStore::filterKey(filter);
    const quint64 generation = ++m_readGeneration;
    m_slices.clear();
    // A screenful first, so the table fills at once however long the list; then the whole list,
    // handed to the model a slice per turn of the event loop.
    m_store->readFilter(
        key, this,
        [this, key, generation](const StoredFilter &first) {
            // The model ignores them itself once the filter's first page has arrived.
            if (generation != m_readGeneration || !m_model->showStoredRows(first.rows, first.asOf))
                return;
            if (first.rows.size() < FirstRows)
                return;
            m_store->readFilter(key, this, [this, generation](const StoredFilter &all) {
                if (generation != m_readGeneration)
                    return;
                m_slices = all.rows.mid(FirstRows);
                m_sliceAt = 0;
                appendNextSlice(generation);
            });
        },
        FirstRows);
}

void BillStoreLink::appendNextSlice(quint64 generation) {
    if (generation != m_readGeneration || m_sliceAt >= m_slices.size()) {
        if (generation == m_readGeneration)
            m_slices.clear();
        return;
    }
    if (!m_model->isShowingStoredRows()) {
        m_slices.clear(); // the API's list took over
        return;
    }
    m_model->appendStoredRows(m_slices.mid(m_sliceAt, SliceRows));
    m_sliceAt += SliceRows;
    QTimer::singleShot(0, this, [this, generation] { appendNextSlice(generation); });
}

void BillStoreLink::onPageAccepted(const BillFilter &filter, int firstRow, const BillPage &page) {
    const QString key = BillStore::filterKey(filter);
    if (firstRow == 0) {
        m_refreshKey = key;
        m_refreshId = m_store->beginRefresh(key);
    } else if (key != m_refreshKey || m_refreshId == 0) {
        return; // a page of a list whose first page this link did not see
    }
    if (!page.rows.isEmpty())
        m_store->writePage(key, m_refreshId, firstRow, page.rows);
    // The model ends a list at an empty page even when it carries a token.
    if (page.nextToken.isEmpty() || page.rows.isEmpty()) {
        m_store->completeRefresh(key, m_refreshId);
        m_refreshId = 0;
    }
}

} // namespace m3ter
