#include "api/GetAccountRequest.h"

#include "api/ApiClient.h"
#include "api/RequestArguments.h"
#include "domain/JsonParse.h"

namespace m3ter {

GetAccountRequest::GetAccountRequest(ApiClient *client, const QString &accountId, QObject *parent)
    : TypedRequest(client, &GetAccountRequest::parse, parent)
    , m_accountId(accountId) {}

Parsed<Account> GetAccountRequest::parse(const QByteArray &body) {
    return parseObject<Account>(body);
}

ApiError GetAccountRequest::precondition() const {
    return RequestArguments::requireId(m_accountId);
}

ApiCall *GetAccountRequest::send() {
    return client()->get(QStringLiteral("accounts/") + ApiConnection::pathSegment(m_accountId));
}

} // namespace m3ter
