#pragma once

#include "api/TypedRequest.h"
#include "domain/Bill.h"
#include "domain/BillFilter.h"
#include "domain/Page.h"

#include <QUrlQuery>

namespace m3ter {

// One page of GET /organizations/{org}/bills, the light list shape the bill table needs
// (excludeLineItems=true, includeBillTotal=true, pageSize=100). For the next page, make a new
// request with the same filter and the page's nextToken (nextPage() does), because m3ter expects
// every original filter to be resent with the cursor (docs/m3ter-api.md, "Cursor paging").
class ListBillsRequest : public TypedRequest<Page<Bill>> {
    Q_OBJECT

public:
    static constexpr int kMaxPageSize = 100;

    ListBillsRequest(ApiClient *client, const BillFilter &filter, const QString &nextToken = {},
                     QObject *parent = nullptr);

    const BillFilter &filter() const { return m_filter; }
    QString nextToken() const { return m_nextToken; }
    int pageSize() const { return m_pageSize; }
    void setPageSize(int size); // clamped to 1..100

    // A request for the page after `page` with the same filter and page size (not started).
    ListBillsRequest *nextPage(const QString &nextToken, QObject *parent = nullptr) const;

    static QUrlQuery query(const BillFilter &filter, const QString &nextToken,
                           int pageSize = kMaxPageSize);
    static Parsed<Page<Bill>> parse(const QByteArray &body);

signals:
    void succeeded(const m3ter::Page<m3ter::Bill> &page);

protected:
    ApiError precondition() const override;
    ApiCall *send() override;
    void emitResult(const Page<Bill> &page) override { emit succeeded(page); }

private:
    BillFilter m_filter;
    QString m_nextToken;
    int m_pageSize = kMaxPageSize;
};

} // namespace m3ter
