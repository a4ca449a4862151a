#include "api/ListBillsRequest.h"

#include "api/ApiClient.h"
#include "api/RequestArguments.h"

#include <algorithm>

namespace m3ter {

ListBillsRequest::ListBillsRequest(ApiClient *client, const BillFilter &filter,
                                   const QString &nextToken, QObject *parent)
    : TypedRequest(client, &ListBillsRequest::parse, parent)
    , m_filter(filter)
    , m_nextToken(nextToken) {}

void ListBillsRequest::setPageSize(int size) {
    m_pageSize = std::clamp(size, 1, kMaxPageSize);
}

ListBillsRequest *ListBillsRequest::nextPage(const QString &nextToken, QObject *parent) const {
    auto *next = new ListBillsRequest(client(), m_filter, nextToken, parent);
    next->setPageSize(m_pageSize);
    next->setParseOffThread(parseOffThread());
    return next;
}

QUrlQuery ListBillsRequest::query(const BillFilter &filter, const QString &nextToken,
                                  int pageSize) {
    QUrlQuery query = filter.toQuery();
    query.addQueryItem(QStringLiteral("pageSize"), QString::number(pageSize));
    query.addQueryItem(QStringLiteral("excludeLineItems"), QStringLiteral("true"));
    query.addQueryItem(QStringLiteral("includeBillTotal"), QStringLiteral("true"));
    RequestArguments::addNextToken(query, nextToken);
    return query;
}

Parsed<Page<Bill>> ListBillsRequest::parse(const QByteArray &body) {
    return parsePage<Bill>(body);
}

ApiError ListBillsRequest::precondition() const {
    // Refused here with the filter's own explanation rather than as the server's bare 400.
    if (const auto reason = m_filter.validationError())
        return ApiError::config(*reason);
    return {};
}

ApiCall *ListBillsRequest::send() {
    return client()->get(QStringLiteral("bills"), query(m_filter, m_nextToken, m_pageSize));
}

} // namespace m3ter
