#include "models/ApiBillPageSource.h"

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "api/ListBillsRequest.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

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
    ApiCall *call = m_client->get(QStringLiteral("bills"), pageQuery(filter, nextToken));
    m_calls.insert(ticket, call);
    connect(call, &ApiCall::finished, this, [this, ticket, call] { onCallFinished(ticket, call); });
}

void ApiBillPageSource::cancelAll() {
    m_cancelledBelow = m_highestTicket;
    const auto calls = m_calls;
    m_calls.clear();
    for (const QPointer<ApiCall> &call : calls) {
        if (call)
            call->abort();
    }
}

void ApiBillPageSource::onCallFinished(quint64 ticket, ApiCall *call) {
    m_calls.remove(ticket);
    if (ticket <= m_cancelledBelow)
        return;
    if (!call->ok()) {
        emit pageFailed(ticket, call->error());
        return;
    }
    auto *watcher = new QFutureWatcher<BillPageParser::Result>(this);
    connect(watcher, &QFutureWatcher<BillPageParser::Result>::finished, this,
            [this, ticket, watcher] {
                watcher->deleteLater();
                if (ticket <= m_cancelledBelow)
                    return;
                const BillPageParser::Result result = watcher->result();
                if (result.error.isError())
                    emit pageFailed(ticket, result.error);
                else
                    emit pageLoaded(ticket, result.page);
            });
    std::shared_ptr<BillPageParser> parser = m_parser;
    watcher->setFuture(
        QtConcurrent::run([parser, body = call->body()] { return parser->parse(body); }));
}

} // namespace m3ter
