#pragma once

#include <QObject>
#include <QSet>
#include <QString>

namespace m3ter {

class BillDetailCache;
class BillStore;

// Connects the detail cache to the local bill store: every bill the user opens is kept (with its
// line items), and when m3ter cannot be asked for a bill the kept copy is put into the cache and
// delivered instead (billReady() after the billFailed() the pane has shown), so bills opened
// before stay readable offline.
class BillDetailStoreLink : public QObject {
    Q_OBJECT

public:
    BillDetailStoreLink(BillDetailCache *details, BillStore *store, QObject *parent = nullptr);

private:
    void onBillReady(const QString &billId);
    void onBillFailed(const QString &billId);

    BillDetailCache *m_details;
    BillStore *m_store;
    QSet<QString> m_fromStore; // delivered from the store: not written back
};

} // namespace m3ter
