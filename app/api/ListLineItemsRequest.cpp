#include "api/ListLineItemsRequest.h"

#include "api/ApiClient.h"
#include "api/RequestArguments.h"

namespace m3ter {

ListLineItemsRequest::ListLineItemsRequest(ApiClient *client, const QString &billId,
                                           const QString &nextToken, QObject *parent)
    : TypedRequest(client, &ListLineItemsRequest::parse, parent)
    , m_billId(billId)
    , m_nextToken(nextToken) {}

QUrlQuery ListLineItemsRequest::query(const QString &nextToken, int pageSize) {
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("pageSize"), QString::number(pageSize));
    RequestArguments::addNextToken(query, nextToken);
    return query;
}

Parsed<Page<BillLineItem>> ListLineItemsRequest::parse(const QByteArray &body) {
    return parsePage<BillLineItem>(body, &BillLineItem::fromLineItemResponse);
}

ApiError ListLineItemsRequest::precondition() const {
    return RequestArguments::requireId(m_billId);
}

ApiCall *ListLineItemsRequest::send() {
    return client()->get(QStringLiteral("bills/") + ApiConnection::pathSegment(m_billId) +
                             QStringLiteral("/lineitems"),
                         query(m_nextToken));
}

} // namespace m3ter
