#pragma once

#include "api/ApiError.h"
#include "domain/Bill.h"

#include <QByteArray>
#include <QCache>
#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <chrono>

namespace m3ter {

class ApiCall;
class ApiClient;

// Full bills for the detail pane, fetched once per id and kept (least recently used first out).
//
// request() asks for one bill: `GET …/bills/{id}?includeBillTotal=true`, parsed on a worker
// thread. If that bill comes without line items, they are paged in from
// `GET …/bills/{id}/lineitems` (100 a page, following nextToken). Only one bill loads at a time:
// a request for another id cancels the one in flight, whose reply is then dropped without any
// signal, so a slow old reply can never overwrite the bill the user is looking at now.
// Failures are not cached; requesting the id again retries.
class BillDetailCache : public QObject {
    Q_OBJECT
public:
    static constexpr int DefaultCapacity = 200;
    static constexpr int LineItemPageSize = 100;
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

signals:
    void billReady(const QString &billId, const m3ter::Bill &bill);
    void billFailed(const QString &billId, const m3ter::ApiError &error);

private:
    struct Entry {
        Bill bill;
        QByteArray json;
    };

    void onBillReplied(quint64 ticket, ApiCall *call);
    void onBillParsed(quint64 ticket, const Bill &bill, const QByteArray &body);
    void requestLineItemPage(quint64 ticket, const QString &nextToken);
    void onLineItemsReplied(quint64 ticket, ApiCall *call);
    void finish(quint64 ticket, const QByteArray &json);
    void fail(quint64 ticket, const ApiError &error);
    void startBillCall();
    void onFirstAttemptSlow();
    bool isCurrent(quint64 ticket) const { return ticket == m_ticket && !m_pendingId.isEmpty(); }

    ApiClient *m_client;
    QCache<QString, Entry> m_cache;

    // The one request in flight.
    quint64 m_ticket = 0;
    QString m_pendingId;
    QPointer<ApiCall> m_call;
    Bill m_pendingBill;
    QByteArray m_pendingBody;
    QJsonArray m_pendingRawItems;
    int m_pagesFetched = 0;
    QTimer m_firstAttemptTimer;
    bool m_slowFirstAttemptReplaced = false;
};

} // namespace m3ter
