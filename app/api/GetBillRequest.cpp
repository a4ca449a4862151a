#include "api/GetBillRequest.h"

#include "api/ApiClient.h"
#include "api/RequestArguments.h"
#include "domain/JsonParse.h"

namespace m3ter {

GetBillRequest::GetBillRequest(ApiClient *client, const QString &billId, QObject *parent)
    : TypedRequest(client, &GetBillRequest::parse, parent)
    , m_billId(billId) {}

Parsed<Bill> GetBillRequest::parse(const QByteArray &body) {
    return parseObject<Bill>(body);
}

ApiError GetBillRequest::precondition() const {
    return RequestArguments::requireId(m_billId);
}

QUrlQuery GetBillRequest::query() {
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("includeBillTotal"), QStringLiteral("true"));
    return query;
}

ApiCall *GetBillRequest::send() {
    return client()->get(QStringLiteral("bills/") + ApiConnection::pathSegment(m_billId), query());
}

} // namespace m3ter
