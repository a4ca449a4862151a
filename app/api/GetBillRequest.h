#pragma once

#include "api/TypedRequest.h"
#include "domain/Bill.h"

namespace m3ter {

// GET /organizations/{org}/bills/{id}, the full bill with its line items.
class GetBillRequest : public TypedRequest<Bill> {
    Q_OBJECT

public:
    GetBillRequest(ApiClient *client, const QString &billId, QObject *parent = nullptr);

    QString billId() const { return m_billId; }
    static Parsed<Bill> parse(const QByteArray &body);

signals:
    void succeeded(const m3ter::Bill &bill);

protected:
    ApiError precondition() const override;
    ApiCall *send() override;
    void emitResult(const Bill &bill) override { emit succeeded(bill); }

private:
    QString m_billId;
};

} // namespace m3ter
