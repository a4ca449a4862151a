#pragma once

#include "api/TypedRequest.h"
#include "domain/Account.h"
#include "domain/Page.h"

#include <QStringList>
#include <QUrlQuery>

namespace m3ter {

// One page of GET /organizations/{org}/accounts, optionally only the given ids and/or codes
// (sent comma-joined, as the SDKs do). For the next page, pass nextToken with the same ids/codes.
class ListAccountsRequest : public TypedRequest<Page<Account>> {
    Q_OBJECT

public:
    static constexpr int kMaxPageSize = 100;

    explicit ListAccountsRequest(ApiClient *client, const QString &nextToken = {},
                                 QObject *parent = nullptr);

    void setIds(const QStringList &ids) { m_ids = ids; }
    void setCodes(const QStringList &codes) { m_codes = codes; }
    QStringList ids() const { return m_ids; }
    QStringList codes() const { return m_codes; }

    static QUrlQuery query(const QStringList &ids, const QStringList &codes,
                           const QString &nextToken, int pageSize = kMaxPageSize);
    static Parsed<Page<Account>> parse(const QByteArray &body);

signals:
    void succeeded(const m3ter::Page<m3ter::Account> &page);

protected:
    ApiCall *send() override;
    void emitResult(const Page<Account> &page) override { emit succeeded(page); }

private:
    QString m_nextToken;
    QStringList m_ids;
    QStringList m_codes;
};

} // namespace m3ter
