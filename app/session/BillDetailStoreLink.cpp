#include "BillDetailStoreLink.h"

#include "models/BillDetailCache.h"
#include "store/BillStore.h"

namespace m3ter {

BillDetailStoreLink::BillDetailStoreLink(BillDetailCache *details, BillStore *store,
                                         QObject *parent)
    : QObject(parent)
    , m_details(details)
    , m_store(store) {
    connect(details, &BillDetailCache::billReady, this,
            [this](const QString &billId) { onBillReady(billId); });
    connect(details, &BillDetailCache::billFailed, this,
            [this](const QString &billId) { onBillFailed(billId); });
}

void BillDetailStoreLink::onBillReady(const QString &billId) {
    if (m_fromStore.remove(billId))
        return;
    const QByteArray json = m_details->rawJson(billId);
    if (!json.isEmpty())
        m_store->storeBillDetail(billId, json);
}

void BillDetailStoreLink::onBillFailed(const QString &billId) {
    m_store->readBillDetail(billId, this, [this, billId](const QByteArray &json) {
        // Another bill may be on its way by now; this one is only cached then, not delivered.
        if (json.isEmpty() || !m_details->insertStored(billId, json))
            return;
        if (m_details->isLoading())
            return;
        m_fromStore.insert(billId);
        if (!m_details->request(billId)) // cached: delivered at once
            m_fromStore.remove(billId);
    });
}

} // namespace m3ter
