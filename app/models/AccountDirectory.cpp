#include "models/AccountDirectory.h"

#include "api/ListAccountsRequest.h"
#include "domain/Account.h"
#include "domain/Page.h"

namespace m3ter {

AccountDirectory::AccountDirectory(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client) {}

void AccountDirectory::load() {
    if (m_request)
        m_request->discard();
    m_request = nullptr;
    m_entries.clear();
    m_indexById.clear();
    m_complete = false;
    m_fromStore = false;
    m_lastError = ApiError();
    emit accountsChanged();
    requestPage(QString());
}

void AccountDirectory::addStored(const QVector<Account> &accounts) {
    if (isLoading() || accounts.isEmpty())
        return;
    for (const Account &account : accounts) {
        if (m_indexById.contains(account.id))
            continue;
        m_indexById.insert(account.id, int(m_entries.size()));
        m_entries.append({account.id, account.code, account.name, account.currency});
    }
    m_fromStore = true;
    emit accountsChanged();
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
    // Parsed on a worker: a page of accounts took the GUI thread several milliseconds while the
    // first pages of bills arrive, which is when the user starts scrolling.
    auto *request = new ListAccountsRequest(m_client, nextToken, this);
    request->setParseOffThread(true);
    m_request = request;
    connect(request, &ListAccountsRequest::succeeded, this, &AccountDirectory::onPageLoaded);
    connect(request, &ApiRequest::failed, this, &AccountDirectory::onPageFailed);
    connect(request, &ApiRequest::finished, request, &QObject::deleteLater);
    request->start();
}

void AccountDirectory::onPageFailed(const ApiError &error) {
    m_request = nullptr;
    m_lastError = error;
    if (m_lastError.kind != ApiError::Kind::Cancelled)
        emit loadFinished(false);
}

void AccountDirectory::onPageLoaded(const Page<Account> &page) {
    m_request = nullptr;
    emit pageLoaded(page.items);
    for (const Account &account : page.items) {
        m_indexById.insert(account.id, int(m_entries.size()));
        m_entries.append({account.id, account.code, account.name, account.currency});
    }
    emit accountsChanged();
    if (page.hasMore()) {
        requestPage(page.nextToken);
        return;
    }
    m_complete = true;
    emit loadFinished(true);
}

} // namespace m3ter
