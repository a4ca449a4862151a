#include "statements/StatementJobPoller.h"

#include "api/GetStatementJobRequest.h"
#include "api/ListStatementJobsRequest.h"

namespace m3ter {

namespace {

QString fingerprint(const StatementJob &job) {
    return job.statementJobStatus + QLatin1Char('|') + job.jsonStatementStatus + QLatin1Char('|') +
           job.csvStatementStatus + QLatin1Char('|') +
           job.dtLastModified.toString(Qt::ISODateWithMs);
}

} // namespace

StatementJobPoller::StatementJobPoller(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client) {
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &StatementJobPoller::startRound);
}

void StatementJobPoller::setIntervals(ms minInterval, ms maxInterval) {
    m_minInterval = qMax(ms(1), minInterval);
    m_maxInterval = qMax(m_minInterval, maxInterval);
    m_interval = m_minInterval;
}

void StatementJobPoller::track(const QString &jobId) {
    if (jobId.isEmpty())
        return;
    m_tracked.insert(jobId);
    m_lastSeen.remove(jobId);
    pollSoon();
}

void StatementJobPoller::untrack(const QString &jobId) {
    m_tracked.remove(jobId);
    m_lastSeen.remove(jobId);
    if (m_tracked.isEmpty())
        m_timer.stop();
}

void StatementJobPoller::pollSoon() {
    m_interval = m_minInterval;
    if (m_roundRunning) {
        m_soonRequested = true; // the running round schedules the next one at the minimum
        return;
    }
    if (m_tracked.isEmpty())
        return;
    if (!m_timer.isActive() || m_timer.remainingTime() > int(m_interval.count()))
        m_timer.start(int(m_interval.count()));
}

void StatementJobPoller::startRound() {
    if (m_roundRunning || m_tracked.isEmpty())
        return;
    m_roundRunning = true;
    m_changed = false;
    m_failedReported = false;
    m_pending = 0;
    if (m_tracked.size() <= m_individualLimit) {
        const QSet<QString> ids = m_tracked;
        for (const QString &id : ids)
            fetchOne(id);
        if (m_pending == 0)
            roundDone();
        return;
    }
    m_seenInList.clear();
    requestListPage({});
}

void StatementJobPoller::requestListPage(const QString &nextToken) {
    auto *request = ListStatementJobsRequest::byActive(m_client, true, this);
    request->setNextToken(nextToken);
    ++m_requestsSent;
    connect(request, &ListStatementJobsRequest::succeeded, this,
            [this](const Page<StatementJob> &page) {
                for (const StatementJob &job : page.items) {
                    m_seenInList.insert(job.id);
                    if (m_tracked.contains(job.id))
                        report(job);
                }
                if (page.hasMore()) {
                    requestListPage(page.nextToken);
                    return;
                }
                // Tracked but no longer active: finished since the last round (or never
                // listed, e.g. created after this list was read). One J3 each settles it.
                const QSet<QString> ids = m_tracked;
                for (const QString &id : ids) {
                    if (!m_seenInList.contains(id))
                        fetchOne(id);
                }
                if (m_pending == 0)
                    roundDone();
            });
    connect(request, &ListStatementJobsRequest::failed, this, [this](const ApiError &error) {
        if (error.kind == ApiError::Kind::Cancelled)
            return;
        emit pollFailed(error);
        roundDone();
    });
    connect(request, &ListStatementJobsRequest::finished, request, &QObject::deleteLater);
    request->start();
}

void StatementJobPoller::fetchOne(const QString &jobId) {
    auto *request = new GetStatementJobRequest(m_client, jobId, this);
    ++m_pending;
    ++m_requestsSent;
    connect(request, &GetStatementJobRequest::succeeded, this,
            [this](const StatementJob &job) { report(job); });
    connect(request, &GetStatementJobRequest::failed, this, [this, jobId](const ApiError &error) {
        if (error.kind == ApiError::Kind::Cancelled)
            return;
        if (error.httpStatus == 404) {
            untrack(jobId);
            emit jobMissing(jobId, error);
            return;
        }
        if (!m_failedReported) {
            m_failedReported = true;
            emit pollFailed(error);
        }
    });
    connect(request, &GetStatementJobRequest::finished, this, [this, request] {
        request->deleteLater();
        requestDone();
    });
    request->start();
}

void StatementJobPoller::report(const StatementJob &job) {
    if (!m_tracked.contains(job.id))
        return;
    const QString print = fingerprint(job);
    if (m_lastSeen.value(job.id) == print)
        return;
    m_changed = true;
    if (job.isTerminal())
        untrack(job.id);
    else
        m_lastSeen.insert(job.id, print);
    emit jobUpdated(job);
}

void StatementJobPoller::requestDone() {
    if (--m_pending == 0 && m_roundRunning)
        roundDone();
}

void StatementJobPoller::roundDone() {
    m_roundRunning = false;
    if (m_changed || m_soonRequested)
        m_interval = m_minInterval;
    else
        m_interval = qMin(m_maxInterval, m_interval * 2);
    m_soonRequested = false;
    scheduleNext();
}

void StatementJobPoller::scheduleNext() {
    if (m_tracked.isEmpty()) {
        m_timer.stop();
        return;
    }
    m_timer.start(int(m_interval.count()));
}

} // namespace m3ter
