#include "BillStoreLink.h"

#include "models/BillTableModel.h"
#include "store/BillStore.h"

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
    m_store->readFilter(key, this, [this, generation](const StoredFilter &stored) {
        // The model ignores them itself once the filter's first page has arrived.
        if (generation == m_readGeneration)
            m_model->showStoredRows(stored.rows, stored.asOf);
    });
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
