#pragma once

#include "api/ApiError.h"
#include "domain/Bill.h"
#include "domain/BillLineItem.h"
#include "domain/Page.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QCache>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <chrono>

namespace m3ter {

class ApiClient;
class ApiRequest;

// Full bills for the detail pane, fetched once per id and kept (least recently used first out).
//
// request() asks for one bill with a GetBillRequest (`GET …/bills/{id}?includeBillTotal=true`),
// parsed on a worker thread. If that bill comes without line items, they are paged in with
// ListLineItemsRequest (`GET …/bills/{id}/lineitems`, 100 a page, following nextToken). Only one
// bill loads at a time: a request for another id cancels the one in flight, whose reply is then
// dropped without any signal, so a slow old reply can never overwrite the bill the user is
// looking at now. Failures are not cached; requesting the id again retries.
class BillDetailCache : public QObject {
    Q_OBJECT
public:
    static constexpr int DefaultCapacity = 200;
    // Someone is waiting for the bill on screen: a first attempt that has no answer after this
    // long is dropped and the bill asked for again (once), rather than keeping the pane on
    // "Loading" for the client's full transfer timeout (60 s, times its retries) on a stalled
    // connection.
    static constexpr std::chrono::milliseconds FirstAttemptTimeout{10000};

    explicit BillDetailCache(ApiClient *client, QObject *parent = nullptr);
    ~BillDetailCache() override;

    // A cached bill is delivered at once: billReady() is emitted before request() returns, and
    // request() returns true. Otherwise the bill is fetched and request() returns false; asking
    // again for the id that is already loading does not start a second request.
    bool request(const QString &billId);
    // Drops the cached copy and fetches the bill again.
    void reload(const QString &billId);
    // Stops the request in flight, if any (no signal follows).
    void cancel();

    bool isLoading() const { return !m_pendingId.isEmpty(); }
    QString loadingBillId() const { return m_pendingId; }

    bool contains(const QString &billId) const { return m_cache.contains(billId); }
    // The cached bill, or nullptr. Marks it recently used. Valid until the cache next changes.
    const Bill *bill(const QString &billId);
    // The JSON as the server sent it (with the line items from …/lineitems added as "lineItems"
    // when they had to be fetched separately); empty when not cached.
    QByteArray rawJson(const QString &billId) const;
    // rawJson() indented for people, for "Copy as JSON".
    QByteArray prettyJson(const QString &billId) const;

    int capacity() const { return int(m_cache.maxCost()); }
    void setCapacity(int bills);
    int size() const { return int(m_cache.size()); }
    void invalidate(const QString &billId);
    void clear();

    // A bill kept from earlier (the local store), in rawJson()'s shape, for when m3ter cannot be
    // asked: parsed and cached like a fetched one. False when it does not parse.
    bool insertStored(const QString &billId, const QByteArray &json);

signals:
    void billReady(const QString &billId, const m3ter::Bill &bill);
    void billFailed(const QString &billId, const m3ter::ApiError &error);

private:
    struct Entry {
        Bill bill;
        QByteArray json;
    };

    void startBillRequest();
    void onBillLoaded(const Bill &bill, const QByteArray &body);
    void requestLineItemPage(const QString &nextToken);
    void onLineItemPageLoaded(const Page<BillLineItem> &page, const QByteArray &body);
    void finish(const QByteArray &json);
    void fail(const ApiError &error);
    void onFirstAttemptSlow();
    void dropRequest();

    ApiClient *m_client;
    QCache<QString, Entry> m_cache;

    // The one bill loading: its request in flight, and what arrived so far.
    quint64 m_ticket = 0; // a merge still running for an older ticket is dropped
    QString m_pendingId;
    QPointer<ApiRequest> m_request;
    Bill m_pendingBill;
    QByteArray m_pendingBody;
    QByteArrayList m_lineItemBodies; // one per page, for rawJson()
    int m_lineItemPagesRequested = 0;
    QTimer m_firstAttemptTimer;
    bool m_slowFirstAttemptReplaced = false;
};

} // namespace m3ter
