#pragma once

#include "api/TypedRequest.h"
#include "domain/Bill.h"

#include <QUrlQuery>

namespace m3ter {

// GET /organizations/{org}/bills/{id}?includeBillTotal=true, the full bill with its line items.
// The contract documents includeBillTotal only for the bill list and says billTotal is filled in
// only when asked for; retrieving one bill answers the same Bill model, so the total is asked for
// here too: the detail pane shows it and checks the line items against it. The sandbox honours the
// parameter on both.
class GetBillRequest : public TypedRequest<Bill> {
    Q_OBJECT

public:
    GetBillRequest(ApiClient *client, const QString &billId, QObject *parent = nullptr);

    QString billId() const { return m_billId; }
    static QUrlQuery query();
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
