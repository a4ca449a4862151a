#include "models/ApiBillPageSource.h"

#include "api/ListBillsRequest.h"
#include "api/OffThread.h"
#include "models/ModelsLogging.h"

namespace m3ter {

ApiBillPageSource::ApiBillPageSource(ApiClient *client, QObject *parent)
    : BillPageSource(parent)
    , m_client(client)
    , m_parser(std::make_shared<BillPageParser>()) {}

ApiBillPageSource::~ApiBillPageSource() {
    cancelAll();
}

QUrlQuery ApiBillPageSource::pageQuery(const BillFilter &filter, const QString &nextToken) {
    return ListBillsRequest::query(filter, nextToken, PageSize);
}

void ApiBillPageSource::requestPage(quint64 ticket, const BillFilter &filter,
                                    const QString &nextToken) {
    m_highestTicket = qMax(m_highestTicket, ticket);
    auto *request = new ListBillsRequest(m_client, filter, nextToken, this);
    request->setPageSize(PageSize);
    request->setSkipParse(true); // read into compact rows below, not into Bills
    m_requests.insert(ticket, request);
    connect(request, &ApiRequest::finished, this,
            [this, ticket, request] { onRequestFinished(ticket, request); });
    qCDebug(lcModels).noquote() << "bill page" << ticket << (nextToken.isEmpty() ? "first" : "next")
                                << "filter:" << filter.toQuery().toString();
    request->start();
}

void ApiBillPageSource::cancelAll() {
    m_cancelledBelow = m_highestTicket;
    const auto requests = m_requests;
    m_requests.clear();
    for (const QPointer<ListBillsRequest> &request : requests) {
        if (request)
            request->discard();
    }
}

void ApiBillPageSource::onRequestFinished(quint64 ticket, ListBillsRequest *request) {
    request->deleteLater();
    m_requests.remove(ticket);
    if (ticket <= m_cancelledBelow)
        return;
    if (!request->ok()) {
        // Also an invalid filter: the request refused it and sent nothing.
        emit pageFailed(ticket, request->error());
        return;
    }
    OffThread::run(
        this, [parser = m_parser, body = request->body()] { return parser->parse(body); },
        [this, ticket](const BillPageParser::Result &result) {
            if (ticket <= m_cancelledBelow)
                return;
            if (result.error.isError())
                emit pageFailed(ticket, result.error);
            else
                emit pageLoaded(ticket, result.page);
        });
}

} // namespace m3ter
