#include "api/ListStatementJobsRequest.h"

#include "api/ApiClient.h"
#include "api/RequestArguments.h"

namespace m3ter {

ListStatementJobsRequest *ListStatementJobsRequest::byActive(ApiClient *client, bool activeOnly,
                                                             QObject *parent) {
    return new ListStatementJobsRequest(
        client, Selector::Active, activeOnly ? QStringLiteral("TRUE") : QStringLiteral("FALSE"),
        parent);
}

ListStatementJobsRequest *
ListStatementJobsRequest::byStatus(ApiClient *client, const QString &status, QObject *parent) {
    return new ListStatementJobsRequest(client, Selector::Status, status, parent);
}

ListStatementJobsRequest *ListStatementJobsRequest::byBill(ApiClient *client, const QString &billId,
                                                           QObject *parent) {
    return new ListStatementJobsRequest(client, Selector::BillId, billId, parent);
}

ListStatementJobsRequest::ListStatementJobsRequest(ApiClient *client, Selector selector,
                                                   const QString &value, QObject *parent)
    : TypedRequest(client, &ListStatementJobsRequest::parse, parent)
    , m_selector(selector)
    , m_value(value) {}

QUrlQuery ListStatementJobsRequest::query(Selector selector, const QString &value,
                                          const QString &nextToken, int pageSize) {
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("pageSize"), QString::number(pageSize));
    switch (selector) {
    case Selector::Active:
        query.addQueryItem(QStringLiteral("active"), value);
        break;
    case Selector::Status:
        query.addQueryItem(QStringLiteral("status"), value);
        break;
    case Selector::BillId:
        query.addQueryItem(QStringLiteral("billId"), value);
        break;
    }
    RequestArguments::addNextToken(query, nextToken);
    return query;
}

Parsed<Page<StatementJob>> ListStatementJobsRequest::parse(const QByteArray &body) {
    return parsePage<StatementJob>(body);
}

ApiError ListStatementJobsRequest::precondition() const {
    return RequestArguments::requireId(m_value);
}

ApiCall *ListStatementJobsRequest::send() {
    return client()->get(QStringLiteral("statementjobs"), query(m_selector, m_value, m_nextToken));
}

} // namespace m3ter
