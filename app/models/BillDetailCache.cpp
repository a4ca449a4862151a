#include "models/BillDetailCache.h"

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "api/ApiConnection.h"
#include "domain/JsonParse.h"
#include "domain/Page.h"

#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>
#include <QtConcurrent/QtConcurrentRun>

namespace m3ter {

namespace {

// A bill's line items are bounded in practice; this only stops a server that keeps handing out
// tokens from paging forever.
constexpr int kMaxLineItemPages = 1000;

struct BillParse {
    std::optional<Bill> bill;
    ParseError error;
};

struct LineItemPageParse {
    std::optional<Page<BillLineItem>> page;
    QJsonArray rawItems;
    ParseError error;
};

BillParse parseBill(const QByteArray &body) {
    BillParse out;
    Parsed<Bill> parsed = parseObject<Bill>(body);
    if (parsed.ok())
        out.bill = std::move(parsed).value();
    else
        out.error = parsed.error();
    return out;
}

LineItemPageParse parseLineItemPage(const QByteArray &body) {
    LineItemPageParse out;
    Parsed<Page<BillLineItem>> parsed =
        parsePage<BillLineItem>(body, &BillLineItem::fromLineItemResponse);
    if (!parsed.ok()) {
        out.error = parsed.error();
        return out;
    }
    out.page = std::move(parsed).value();
    // Parsing succeeded, so the document is an object and data (if present) an array.
    out.rawItems = QJsonDocument::fromJson(body).object().value(QLatin1String("data")).toArray();
    return out;
}

ApiError toApiError(const ParseError &error) {
    return ApiError::parse(error.field, error.message);
}

// Runs `work` on the thread pool and hands its result to `done` on `context`'s thread.
template <class Result, class Work, class Done>
void runParse(QObject *context, Work work, Done done) {
    auto *watcher = new QFutureWatcher<Result>(context);
    QObject::connect(watcher, &QFutureWatcher<Result>::finished, context, [watcher, done] {
        watcher->deleteLater();
        done(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
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
    ++m_ticket;
    m_slowFirstAttemptReplaced = false;
    startBillCall();
    m_firstAttemptTimer.start();
    return false;
}

void BillDetailCache::startBillCall() {
    const quint64 ticket = m_ticket;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("includeBillTotal"), QStringLiteral("true"));
    ApiCall *call =
        m_client->get(QStringLiteral("bills/") + ApiConnection::pathSegment(m_pendingId), query);
    m_call = call;
    connect(call, &ApiCall::finished, this, [this, ticket, call] { onBillReplied(ticket, call); });
}

void BillDetailCache::onFirstAttemptSlow() {
    // Only the bill's own first request, and only once it is on the wire (not while it waits
    // for a token): a stalled connection is dropped and the bill asked for again, under the
    // client's usual timeout and retries.
    if (m_pendingId.isEmpty() || !m_call || m_pagesFetched > 0 || m_slowFirstAttemptReplaced ||
        m_call->attempts() != 1)
        return;
    m_slowFirstAttemptReplaced = true;
    ApiCall *slow = m_call;
    m_call = nullptr;
    disconnect(slow, nullptr, this, nullptr);
    slow->abort();
    startBillCall();
}

void BillDetailCache::reload(const QString &billId) {
    invalidate(billId);
    if (m_pendingId == billId)
        cancel();
    request(billId);
}

void BillDetailCache::cancel() {
    ++m_ticket; // replies and parses of the old ticket are dropped
    m_pendingId.clear();
    m_pendingBill = Bill();
    m_pendingBody.clear();
    m_pendingRawItems = QJsonArray();
    m_pagesFetched = 0;
    m_firstAttemptTimer.stop();
    if (m_call) {
        ApiCall *call = m_call;
        m_call = nullptr;
        call->abort();
    }
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

void BillDetailCache::onBillReplied(quint64 ticket, ApiCall *call) {
    if (!isCurrent(ticket))
        return;
    m_call = nullptr;
    if (!call->ok()) {
        fail(ticket, call->error());
        return;
    }
    const QByteArray body = call->body();
    runParse<BillParse>(
        this, [body] { return parseBill(body); },
        [this, ticket, body](const BillParse &result) {
            if (!isCurrent(ticket))
                return;
            if (!result.bill)
                fail(ticket, toApiError(result.error));
            else
                onBillParsed(ticket, *result.bill, body);
        });
}

void BillDetailCache::onBillParsed(quint64 ticket, const Bill &bill, const QByteArray &body) {
    m_pendingBill = bill;
    m_pendingBody = body;
    m_pendingRawItems = QJsonArray();
    m_pagesFetched = 0;
    if (!bill.lineItems.isEmpty()) {
        finish(ticket, body);
        return;
    }
    // Some responses carry the bill without its line items; the line-item endpoint has them.
    requestLineItemPage(ticket, QString());
}

void BillDetailCache::requestLineItemPage(quint64 ticket, const QString &nextToken) {
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("pageSize"), QString::number(LineItemPageSize));
    if (!nextToken.isEmpty()) {
        // Opaque token: percent-encode every reserved character so none is misread.
        query.addQueryItem(QStringLiteral("nextToken"),
                           QString::fromLatin1(QUrl::toPercentEncoding(nextToken)));
    }
    ApiCall *call =
        m_client->get(QStringLiteral("bills/") + ApiConnection::pathSegment(m_pendingId) +
                          QStringLiteral("/lineitems"),
                      query);
    m_call = call;
    ++m_pagesFetched;
    connect(call, &ApiCall::finished, this,
            [this, ticket, call] { onLineItemsReplied(ticket, call); });
}

void BillDetailCache::onLineItemsReplied(quint64 ticket, ApiCall *call) {
    if (!isCurrent(ticket))
        return;
    m_call = nullptr;
    if (!call->ok()) {
        fail(ticket, call->error());
        return;
    }
    const QByteArray body = call->body();
    runParse<LineItemPageParse>(
        this, [body] { return parseLineItemPage(body); },
        [this, ticket](const LineItemPageParse &result) {
            if (!isCurrent(ticket))
                return;
            if (!result.page) {
                fail(ticket, toApiError(result.error.prefixed(QStringLiteral("lineitems"))));
                return;
            }
            m_pendingBill.lineItems.append(result.page->items);
            for (const QJsonValue &item : result.rawItems)
                m_pendingRawItems.append(item);
            if (result.page->hasMore() && m_pagesFetched < kMaxLineItemPages) {
                requestLineItemPage(ticket, result.page->nextToken);
                return;
            }
            QByteArray json = m_pendingBody;
            if (!m_pendingRawItems.isEmpty()) {
                QJsonObject object = QJsonDocument::fromJson(m_pendingBody).object();
                object.insert(QStringLiteral("lineItems"), m_pendingRawItems);
                json = QJsonDocument(object).toJson(QJsonDocument::Compact);
            }
            finish(ticket, json);
        });
}

void BillDetailCache::finish(quint64 ticket, const QByteArray &json) {
    Q_UNUSED(ticket);
    const QString id = m_pendingId;
    const Bill bill = m_pendingBill;
    cancel(); // resets the pending state; nothing is in flight any more
    m_cache.insert(id, new Entry{bill, json});
    emit billReady(id, bill);
}

void BillDetailCache::fail(quint64 ticket, const ApiError &error) {
    Q_UNUSED(ticket);
    const QString id = m_pendingId;
    cancel();
    emit billFailed(id, error);
}

} // namespace m3ter
