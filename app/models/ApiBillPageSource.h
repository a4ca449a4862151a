#pragma once

#include "models/BillPageParser.h"
#include "models/BillPageSource.h"

#include <QHash>
#include <QPointer>
#include <QUrlQuery>

#include <memory>

namespace m3ter {

class ApiCall;
class ApiClient;

// BillPageSource over the real API: `GET /organizations/{org}/bills` with the filter, 100 bills a
// page, without line items and with totals; the reply is parsed on a worker thread.
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
    void onCallFinished(quint64 ticket, ApiCall *call);

    ApiClient *m_client;
    // Shared with the worker threads, which may outlive a cancelAll().
    std::shared_ptr<BillPageParser> m_parser;
    QHash<quint64, QPointer<ApiCall>> m_calls;
    quint64 m_cancelledBelow = 0; // tickets <= this were cancelled
    quint64 m_highestTicket = 0;
};

} // namespace m3ter
