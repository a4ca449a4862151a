#include "api/ListAccountsRequest.h"

#include "api/ApiClient.h"
#include "api/RequestArguments.h"

namespace m3ter {

namespace {

QString joined(const QStringList &values) {
    QStringList clean;
    for (const QString &v : values) {
        if (!v.trimmed().isEmpty())
            clean << v.trimmed();
    }
    return clean.join(QLatin1Char(','));
}

} // namespace

ListAccountsRequest::ListAccountsRequest(ApiClient *client, const QString &nextToken,
                                         QObject *parent)
    : TypedRequest(client, &ListAccountsRequest::parse, parent)
    , m_nextToken(nextToken) {}

QUrlQuery ListAccountsRequest::query(const QStringList &ids, const QStringList &codes,
                                     const QString &nextToken, int pageSize) {
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("pageSize"), QString::number(pageSize));
    if (const QString v = joined(ids); !v.isEmpty())
        query.addQueryItem(QStringLiteral("ids"), v);
    if (const QString v = joined(codes); !v.isEmpty())
        query.addQueryItem(QStringLiteral("codes"), v);
    RequestArguments::addNextToken(query, nextToken);
    return query;
}

Parsed<Page<Account>> ListAccountsRequest::parse(const QByteArray &body) {
    return parsePage<Account>(body);
}

ApiCall *ListAccountsRequest::send() {
    return client()->get(QStringLiteral("accounts"), query(m_ids, m_codes, m_nextToken));
}

} // namespace m3ter
