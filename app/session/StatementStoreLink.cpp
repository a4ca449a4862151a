#include "StatementStoreLink.h"

#include "statements/StatementEntry.h"
#include "statements/StatementQueue.h"
#include "store/BillStore.h"

namespace m3ter {

StatementStoreLink::StatementStoreLink(StatementQueue *queue, BillStore *store, QObject *parent)
    : QObject(parent)
    , m_queue(queue)
    , m_store(store) {
    connect(queue, &StatementQueue::entryAdded, this, &StatementStoreLink::record);
    connect(queue, &StatementQueue::entryChanged, this, &StatementStoreLink::record);
}

void StatementStoreLink::record(int entryId) {
    const StatementEntry *entry = m_queue->entry(entryId);
    if (!entry)
        return;
    // An entry's file path is set once the file is written (StatementEntry::jsonFile); the kind
    // is named as StatementFormat is ("JSON", "CSV").
    const auto keep = [this, entry](const QString &kind, const QString &path) {
        if (path.isEmpty())
            return;
        const QString key = kind + QLatin1Char('\n') + path;
        if (m_recorded.contains(key))
            return;
        m_recorded.insert(key);
        m_store->storeStatementFile(entry->item.billId, kind, path);
    };
    keep(QStringLiteral("JSON"), entry->jsonFile);
    keep(QStringLiteral("CSV"), entry->csvFile);
}

} // namespace m3ter
