#include "models/AccountDirectory.h"

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "api/ListAccountsRequest.h"
#include "domain/Account.h"
#include "domain/Page.h"

namespace m3ter {

AccountDirectory::AccountDirectory(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client) {}

void AccountDirectory::load() {
    if (m_call)
        m_call->abort();
    m_entries.clear();
    m_indexById.clear();
    m_complete = false;
    m_lastError = ApiError();
    emit accountsChanged();
    requestPage(QString());
}

QString AccountDirectory::name(const QString &accountId) const {
    const int i = indexOf(accountId);
    return i < 0 ? QString() : m_entries.at(i).name;
}

QString AccountDirectory::code(const QString &accountId) const {
    const int i = indexOf(accountId);
    return i < 0 ? QString() : m_entries.at(i).code;
}

void AccountDirectory::requestPage(const QString &nextToken) {
    m_call =
        m_client->get(QStringLiteral("accounts"), ListAccountsRequest::query({}, {}, nextToken));
    connect(m_call, &ApiCall::finished, this, &AccountDirectory::onPageFinished);
}

void AccountDirectory::onPageFinished() {
    auto *call = qobject_cast<ApiCall *>(sender());
    if (!call || call != m_call)
        return;
    m_call.clear();
    if (!call->ok()) {
        m_lastError = call->error();
        if (m_lastError.kind != ApiError::Kind::Cancelled)
            emit loadFinished(false);
        return;
    }
    // Accounts are few (hundreds to low thousands), so parsing on the GUI thread is fine here.
    const Parsed<Page<Account>> page = ListAccountsRequest::parse(call->body());
    if (!page.ok()) {
        m_lastError = ApiError::parse(page.error().field, page.error().message);
        emit loadFinished(false);
        return;
    }
    for (const Account &account : page.value().items) {
        m_indexById.insert(account.id, int(m_entries.size()));
        m_entries.append({account.id, account.code, account.name, account.currency});
    }
    emit accountsChanged();
    if (page.value().hasMore()) {
        requestPage(page.value().nextToken);
        return;
    }
    m_complete = true;
    emit loadFinished(true);
}

} // namespace m3ter
