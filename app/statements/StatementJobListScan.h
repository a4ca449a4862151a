#pragma once

#include "api/ApiError.h"
#include "api/ListStatementJobsRequest.h"
#include "domain/StatementJob.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace m3ter {

class ApiClient;

// Reads one selection of the statement-job list (GET …/statementjobs?active=TRUE, or
// ?status=COMPLETE, …) page by page, 100 jobs a page, and hands every job on it to jobSeen(). After
// each page that has a successor, wantMore(pagesRead) decides whether the next page is worth a
// request (the poller stops as soon as it found what it looks for, or when reading on would cost
// more than asking job by job). Without a wantMore the whole selection is read.
//
// Single use: start() once; finished() follows exactly once, also after abort().
class StatementJobListScan : public QObject {
    Q_OBJECT

public:
    using Selector = ListStatementJobsRequest::Selector;

    StatementJobListScan(ApiClient *client, Selector selector, const QString &value,
                         QObject *parent = nullptr);

    void setWantMore(std::function<bool(int pagesRead)> wantMore) {
        m_wantMore = std::move(wantMore);
    }

    void start();
    void abort();

    Selector selector() const { return m_selector; }
    QString value() const { return m_value; }
    int pagesRead() const { return m_pagesRead; }
    // Requests sent (pages asked for, including a failed one).
    int requestsSent() const { return m_requestsSent; }
    // The last page was read: every job of the selection was seen (at the time of its page).
    bool reachedEnd() const { return m_reachedEnd; }

signals:
    void jobSeen(const m3ter::StatementJob &job);
    // ok: no request failed (the scan may still have stopped early, see reachedEnd()).
    void finished(bool ok, const m3ter::ApiError &error);

private:
    void requestPage(const QString &nextToken);
    void finish(bool ok, const ApiError &error);

    ApiClient *m_client;
    Selector m_selector;
    QString m_value;
    std::function<bool(int)> m_wantMore;
    QPointer<ListStatementJobsRequest> m_request;
    int m_pagesRead = 0;
    int m_requestsSent = 0;
    bool m_reachedEnd = false;
    bool m_started = false;
    bool m_done = false;
};

} // namespace m3ter
