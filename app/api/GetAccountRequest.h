#pragma once

#include "api/TypedRequest.h"
#include "domain/Account.h"

namespace m3ter {

// GET /organizations/{org}/accounts/{id}.
class GetAccountRequest : public TypedRequest<Account> {
    Q_OBJECT

public:
    GetAccountRequest(ApiClient *client, const QString &accountId, QObject *parent = nullptr);

    QString accountId() const { return m_accountId; }
    static Parsed<Account> parse(const QByteArray &body);

signals:
    void succeeded(const m3ter::Account &account);

protected:
    ApiError precondition() const override;
    ApiCall *send() override;
    void emitResult(const Account &account) override { emit succeeded(account); }

private:
    QString m_accountId;
};

} // namespace m3ter
