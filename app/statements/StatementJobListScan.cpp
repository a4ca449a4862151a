#include "statements/StatementJobListScan.h"

namespace m3ter {

StatementJobListScan::StatementJobListScan(ApiClient *client, Selector selector,
                                           const QString &value, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_selector(selector)
    , m_value(value) {}

void StatementJobListScan::start() {
    if (m_started)
        return;
    m_started = true;
    requestPage({});
}

void StatementJobListScan::abort() {
    if (m_done)
        return;
    if (m_request) {
        m_request->disconnect(this);
        m_request->abort();
        m_request->deleteLater();
    }
    m_request.clear();
    ApiError error;
    error.kind = ApiError::Kind::Cancelled;
    finish(false, error);
}

void StatementJobListScan::requestPage(const QString &nextToken) {
    auto *request = new ListStatementJobsRequest(m_client, m_selector, m_value, this);
    request->setNextToken(nextToken);
    // A page holds up to 100 jobs: parsed on a worker, not on the GUI thread.
    request->setParseOffThread(true);
    m_request = request;
    ++m_requestsSent;
    connect(request, &ListStatementJobsRequest::succeeded, this,
            [this](const Page<StatementJob> &page) {
                ++m_pagesRead;
                for (const StatementJob &job : page.items) {
                    emit jobSeen(job);
                    if (m_done) // a receiver aborted the scan
                        return;
                }
                if (!page.hasMore()) {
                    m_reachedEnd = true;
                    finish(true, {});
                } else if (m_wantMore && !m_wantMore(m_pagesRead)) {
                    finish(true, {});
                } else {
                    // Not from inside the finishing request's signal: the next one starts clean.
                    const QString token = page.nextToken;
                    QMetaObject::invokeMethod(
                        this,
                        [this, token] {
                            if (!m_done)
                                requestPage(token);
                        },
                        Qt::QueuedConnection);
                }
            });
    connect(request, &ListStatementJobsRequest::failed, this,
            [this](const ApiError &error) { finish(false, error); });
    connect(request, &ListStatementJobsRequest::finished, request, &QObject::deleteLater);
    request->start();
}

void StatementJobListScan::finish(bool ok, const ApiError &error) {
    if (m_done)
        return;
    m_done = true;
    emit finished(ok, error);
}

} // namespace m3ter
