#pragma once

#include "models/BillPageParser.h"
#include "models/BillPageSource.h"

#include <QHash>
#include <QPointer>
#include <QUrlQuery>

#include <memory>

namespace m3ter {

class ApiClient;
class ListBillsRequest;

// BillPageSource over the real API: one ListBillsRequest per page (`GET …/bills` with the filter,
// 100 bills a page, without line items and with totals), so the filter is checked before anything
// is sent: an invalid one (e.g. restored from old settings) fails the page with the filter's own
// explanation. The body is read into rows by BillPageParser on a worker thread (OffThread).
class ApiBillPageSource : public BillPageSource {
    Q_OBJECT
public:
    static constexpr int PageSize = 100;

    explicit ApiBillPageSource(ApiClient *client, QObject *parent = nullptr);
    ~ApiBillPageSource() override;

    void requestPage(quint64 ticket, const BillFilter &filter, const QString &nextToken) override;
    void cancelAll() override;

    // The exact query of one page: the filter's parameters plus paging and list options. The
    // next page resends every original filter with the token, as the API requires.
    static QUrlQuery pageQuery(const BillFilter &filter, const QString &nextToken);

private:
    void onRequestFinished(quint64 ticket, ListBillsRequest *request);

    ApiClient *m_client;
    // Shared with the worker threads, which may outlive a cancelAll().
    std::shared_ptr<BillPageParser> m_parser;
    QHash<quint64, QPointer<ListBillsRequest>> m_requests;
    quint64 m_cancelledBelow = 0; // tickets <= this were cancelled
    quint64 m_highestTicket = 0;
};

} // namespace m3ter
