#pragma once

#include "api/ApiError.h"
#include "api/ListAccountsRequest.h"
#include "domain/Account.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QVector>

namespace m3ter {

class ApiClient;

// Every account of the organization (id, code, name, currency), loaded once page by page through
// ListAccountsRequest (`GET …/accounts`) so the bill table can show names next to codes and the
// filter bar can offer a type-ahead. Bills carry only accountId/accountCode; looking names up per
// bill would cost one request per row.
class AccountDirectory : public QObject {
    Q_OBJECT
public:
    struct Entry {
        QString id;
        QString code;
        QString name;
        QString currency;
    };

    explicit AccountDirectory(ApiClient *client, QObject *parent = nullptr);

    // Starts (or restarts) loading; accountsChanged() follows each page.
    void load();
    bool isLoading() const { return !m_request.isNull(); }
    bool isComplete() const { return m_complete; }
    ApiError lastError() const { return m_lastError; }

    // Accounts kept from an earlier load (the local store), for when m3ter cannot be reached:
    // those not already listed are added, and accountsChanged() follows. Ignored while a load
    // is running (its pages are newer). isFromStore() is then true until the next load().
    void addStored(const QVector<Account> &accounts);
    bool isFromStore() const { return m_fromStore; }

    QString name(const QString &accountId) const;
    QString code(const QString &accountId) const;
    const QVector<Entry> &entries() const { return m_entries; }
    // Index into entries() or -1.
    int indexOf(const QString &accountId) const { return m_indexById.value(accountId, -1); }

signals:
    void accountsChanged();
    // A page of accounts arrived from m3ter (the local store keeps them).
    void pageLoaded(const QVector<m3ter::Account> &accounts);
    void loadFinished(bool ok);

private:
    void requestPage(const QString &nextToken);
    void onPageLoaded(const Page<Account> &page);
    void onPageFailed(const ApiError &error);

    ApiClient *m_client;
    QPointer<ListAccountsRequest> m_request;
    QVector<Entry> m_entries;
    QHash<QString, int> m_indexById;
    ApiError m_lastError;
    bool m_complete = false;
    bool m_fromStore = false;
};

} // namespace m3ter
