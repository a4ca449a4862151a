#pragma once

#include "api/TypedRequest.h"
#include "domain/BillLineItem.h"
#include "domain/Page.h"

#include <QUrlQuery>

namespace m3ter {

// One page of GET /organizations/{org}/bills/{billId}/lineitems (LineItemResponse shape,
// whose bands are called bandUsage). For the next page, pass the page's nextToken to a new one.
class ListLineItemsRequest : public TypedRequest<Page<BillLineItem>> {
    Q_OBJECT

public:
    static constexpr int kMaxPageSize = 100;

    ListLineItemsRequest(ApiClient *client, const QString &billId, const QString &nextToken = {},
                         QObject *parent = nullptr);

    QString billId() const { return m_billId; }
    static QUrlQuery query(const QString &nextToken, int pageSize = kMaxPageSize);
    static Parsed<Page<BillLineItem>> parse(const QByteArray &body);

signals:
    void succeeded(const m3ter::Page<m3ter::BillLineItem> &page);

protected:
    ApiError precondition() const override;
    ApiCall *send() override;
    void emitResult(const Page<BillLineItem> &page) override { emit succeeded(page); }

private:
    QString m_billId;
    QString m_nextToken;
};

} // namespace m3ter
