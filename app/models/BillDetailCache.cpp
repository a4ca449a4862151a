#include "models/BillDetailCache.h"

#include "api/GetBillRequest.h"
#include "api/ListLineItemsRequest.h"
#include "api/OffThread.h"
#include "domain/ParseError.h"
#include "models/ModelsLogging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace m3ter {

namespace {

// A bill's line items are bounded in practice; this only stops a server that keeps handing out
// tokens from paging forever.
constexpr int kMaxLineItemPages = 1000;

// The bill as the server sent it, with the items of the separately fetched line-item pages as its
// "lineItems" (for "Copy as JSON"). Only called once every page parsed, so each body is an object
// whose data, if present, is an array.
QByteArray withLineItems(const QByteArray &billBody, const QByteArrayList &pageBodies) {
    QJsonArray items;
    for (const QByteArray &page : pageBodies) {
        const QJsonArray data =
            QJsonDocument::fromJson(page).object().value(QLatin1String("data")).toArray();
        for (const QJsonValue &item : data)
            items.append(item);
    }
    if (items.isEmpty())
        return billBody;
    QJsonObject bill = QJsonDocument::fromJson(billBody).object();
    bill.insert(QStringLiteral("lineItems"), items);
    return QJsonDocument(bill).toJson(QJsonDocument::Compact);
}

} // namespace

BillDetailCache::BillDetailCache(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_cache(DefaultCapacity) {
    m_firstAttemptTimer.setSingleShot(true);
    m_firstAttemptTimer.setInterval(FirstAttemptTimeout);
    connect(&m_firstAttemptTimer, &QTimer::timeout, this, &BillDetailCache::onFirstAttemptSlow);
}

BillDetailCache::~BillDetailCache() {
    cancel();
}

bool BillDetailCache::request(const QString &billId) {
    if (billId.isEmpty())
        return false;
    if (Entry *entry = m_cache.object(billId)) {
        cancel();
        // A copy: a slot may call back into the cache and evict the entry while reading it.
        const Bill bill = entry->bill;
        emit billReady(billId, bill);
        return true;
    }
    if (m_pendingId == billId)
        return false;

    cancel();
    m_pendingId = billId;
    m_slowFirstAttemptReplaced = false;
    startBillRequest();
    m_firstAttemptTimer.start();
    return false;
}

void BillDetailCache::startBillRequest() {
    auto *request = new GetBillRequest(m_client, m_pendingId, this);
    request->setParseOffThread(true);
    m_request = request;
    connect(request, &GetBillRequest::succeeded, this, [this, request](const Bill &bill) {
        m_request = nullptr;
        onBillLoaded(bill, request->body());
    });
    connect(request, &ApiRequest::failed, this, [this](const ApiError &error) {
        m_request = nullptr;
        fail(error);
    });
    connect(request, &ApiRequest::finished, request, &QObject::deleteLater);
    qCDebug(lcModels).noquote() << "bill detail" << m_pendingId;
    request->start();
}

void BillDetailCache::onFirstAttemptSlow() {
    // Only the bill's own first request, and only once it is on the wire (not while it waits
    // for a token, nor once answered): a stalled connection is dropped and the bill asked for
    // again, under the client's usual timeout and retries.
    if (m_pendingId.isEmpty() || !m_request || m_lineItemPagesRequested > 0 ||
        m_slowFirstAttemptReplaced || !m_request->isAwaitingReply() || m_request->attempts() != 1)
        return;
    m_slowFirstAttemptReplaced = true;
    dropRequest();
    startBillRequest();
}

void BillDetailCache::reload(const QString &billId) {
    invalidate(billId);
    if (m_pendingId == billId)
        cancel();
    request(billId);
}

void BillDetailCache::cancel() {
    ++m_ticket; // a merge still running for the old bill is dropped
    m_pendingId.clear();
    m_pendingBill = Bill();
    m_pendingBody.clear();
    m_lineItemBodies.clear();
    m_lineItemPagesRequested = 0;
    m_firstAttemptTimer.stop();
    dropRequest();
}

void BillDetailCache::dropRequest() {
    if (m_request)
        m_request->discard(); // its reply, parse or failure reaches no one
    m_request = nullptr;
}

const Bill *BillDetailCache::bill(const QString &billId) {
    Entry *entry = m_cache.object(billId);
    return entry ? &entry->bill : nullptr;
}

QByteArray BillDetailCache::rawJson(const QString &billId) const {
    const Entry *entry = m_cache.object(billId);
    return entry ? entry->json : QByteArray();
}

QByteArray BillDetailCache::prettyJson(const QString &billId) const {
    const QJsonDocument document = QJsonDocument::fromJson(rawJson(billId));
    return document.isNull() ? QByteArray() : document.toJson(QJsonDocument::Indented);
}

void BillDetailCache::setCapacity(int bills) {
    m_cache.setMaxCost(qMax(1, bills));
}

void BillDetailCache::invalidate(const QString &billId) {
    m_cache.remove(billId);
}

void BillDetailCache::clear() {
    m_cache.clear();
}

void BillDetailCache::onBillLoaded(const Bill &bill, const QByteArray &body) {
    m_pendingBill = bill;
    m_pendingBody = body;
    if (!bill.lineItems.isEmpty()) {
        finish(body);
        return;
    }
    // Some responses carry the bill without its line items; the line-item endpoint has them.
    requestLineItemPage(QString());
}

void BillDetailCache::requestLineItemPage(const QString &nextToken) {
    auto *request = new ListLineItemsRequest(m_client, m_pendingId, nextToken, this);
    request->setParseOffThread(true);
    m_request = request;
    ++m_lineItemPagesRequested;
    connect(request, &ListLineItemsRequest::succeeded, this,
            [this, request](const Page<BillLineItem> &page) {
                m_request = nullptr;
                onLineItemPageLoaded(page, request->body());
            });
    connect(request, &ApiRequest::failed, this, [this](ApiError error) {
        m_request = nullptr;
        if (error.kind == ApiError::Kind::Parse) // say which of the two documents was wrong
            error.field = ParseError{error.field, {}}.prefixed(QStringLiteral("lineitems")).field;
        fail(error);
    });
    connect(request, &ApiRequest::finished, request, &QObject::deleteLater);
    qCDebug(lcModels).noquote() << "bill detail" << m_pendingId << "line items page"
                                << m_lineItemPagesRequested;
    request->start();
}

void BillDetailCache::onLineItemPageLoaded(const Page<BillLineItem> &page, const QByteArray &body) {
    m_pendingBill.lineItems.append(page.items);
    m_lineItemBodies.append(body);
    if (page.hasMore() && m_lineItemPagesRequested < kMaxLineItemPages) {
        requestLineItemPage(page.nextToken);
        return;
    }
    // Adding the items to the bill's JSON parses every page once more: off the GUI thread too.
    const quint64 ticket = m_ticket;
    OffThread::run(
        this,
        [billBody = m_pendingBody, pages = m_lineItemBodies] {
            return withLineItems(billBody, pages);
        },
        [this, ticket](const QByteArray &json) {
            if (ticket == m_ticket && !m_pendingId.isEmpty())
                finish(json);
        });
}

void BillDetailCache::finish(const QByteArray &json) {
    const QString id = m_pendingId;
    const Bill bill = m_pendingBill;
    cancel(); // resets the pending state; nothing is in flight any more
    m_cache.insert(id, new Entry{bill, json});
    emit billReady(id, bill);
}

bool BillDetailCache::insertStored(const QString &billId, const QByteArray &json) {
    Parsed<Bill> parsed = GetBillRequest::parse(json);
    if (!parsed.ok() || parsed.value().id != billId)
        return false;
    m_cache.insert(billId, new Entry{std::move(parsed).value(), json});
    return true;
}

void BillDetailCache::fail(const ApiError &error) {
    const QString id = m_pendingId;
    cancel();
    emit billFailed(id, error);
}

} // namespace m3ter
