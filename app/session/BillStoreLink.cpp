#include "BillStoreLink.h"

#include "models/BillTableModel.h"
#include "store/BillStore.h"

#include <QElapsedTimer>
#include <QThreadPool>
#include <QTimer>

#include <algorithm>
#include <utility>

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
    releaseSlices();
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
                // Shared, not copied: copying 100,000 rows here blocked the GUI thread for
                // tens of milliseconds.
                m_slices = all.rows;
                m_sliceAt = FirstRows;
                appendNextSlice(generation);
            });
        },
        FirstRows);
}

void BillStoreLink::appendNextSlice(quint64 generation) {
    if (generation != m_readGeneration)
        return;
    // At the end, or when the API's list took over.
    if (m_sliceAt >= m_slices.size() || !m_model->isShowingStoredRows()) {
        releaseSlices();
        return;
    }
    // One slice a turn of the event loop, as many rows as the last slice says fit in about
    // 2 ms on this machine; then the event loop runs (a paint, a click). One call a turn: the
    // window follows the rows once per call.
    QElapsedTimer spent;
    spent.start();
    const qsizetype count = qMin(m_rowsPerSlice, m_slices.size() - m_sliceAt);
    m_model->appendStoredRows(m_slices.mid(m_sliceAt, count));
    m_sliceAt += count;
    const qint64 ns = qMax<qint64>(spent.nsecsElapsed(), 1);
    m_rowsPerSlice = std::clamp<qsizetype>(qsizetype(count * SliceBudgetNs / ns), 50, 5000);
    QTimer::singleShot(0, this, [this, generation] { appendNextSlice(generation); });
}

void BillStoreLink::releaseSlices() {
    // Freeing 100,000 rows (their strings) takes the GUI thread tens of milliseconds: a worker
    // thread does it (the strings' reference counts are atomic).
    if (m_slices.isEmpty())
        return;
    QThreadPool::globalInstance()->start(
        [rows = std::exchange(m_slices, {})]() mutable { rows.clear(); });
    m_sliceAt = 0;
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
