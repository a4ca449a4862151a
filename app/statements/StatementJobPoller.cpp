#include "statements/StatementJobPoller.h"

#include "api/GetStatementJobRequest.h"
#include "statements/StatementJobListScan.h"
#include "statements/StatementsLogging.h"

#include <iterator>

namespace m3ter {

namespace {

// After the active list (selection 0): where finished jobs are looked for, most likely first.
// Every terminal status (StatementJobStatus::isTerminal()), most likely first.
constexpr QLatin1StringView kFinalStatuses[] = {
    StatementJobStatus::Complete, StatementJobStatus::Failed, StatementJobStatus::Cancelled};
constexpr int kLastSelection = int(std::size(kFinalStatuses));

QString fingerprint(const StatementJob &job) {
    return job.statementJobStatus + QLatin1Char('|') + job.jsonStatementStatus + QLatin1Char('|') +
           job.csvStatementStatus + QLatin1Char('|') +
           job.dtLastModified.toString(Qt::ISODateWithMs);
}

} // namespace

StatementJobPoller::StatementJobPoller(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client) {
    m_clock.start();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &StatementJobPoller::startRound);
}

StatementJobPoller::~StatementJobPoller() = default;

void StatementJobPoller::setIntervals(ms minInterval, ms maxInterval) {
    m_minInterval = qMax(ms(1), minInterval);
    m_maxInterval = qMax(m_minInterval, maxInterval);
    m_interval = m_minInterval;
}

void StatementJobPoller::track(const QString &jobId) {
    if (jobId.isEmpty())
        return;
    m_trackedSince.insert(jobId, m_clock.elapsed());
    m_lastSeen.remove(jobId);
    m_lastStatus.remove(jobId);
    pollSoon();
}

void StatementJobPoller::untrack(const QString &jobId) {
    m_trackedSince.remove(jobId);
    m_lastSeen.remove(jobId);
    m_lastStatus.remove(jobId);
    m_unresolved.remove(jobId);
    if (m_trackedSince.isEmpty())
        m_timer.stop();
}

QSet<QString> StatementJobPoller::tracked() const {
    QSet<QString> ids;
    ids.reserve(m_trackedSince.size());
    for (auto it = m_trackedSince.cbegin(); it != m_trackedSince.cend(); ++it)
        ids.insert(it.key());
    return ids;
}

void StatementJobPoller::pollSoon() {
    m_interval = m_minInterval;
    if (m_roundRunning) {
        m_soonRequested = true; // the running round schedules the next one at the minimum
        return;
    }
    if (m_trackedSince.isEmpty())
        return;
    if (!m_timer.isActive() || m_timer.remainingTime() > int(m_interval.count()))
        m_timer.start(int(m_interval.count()));
}

void StatementJobPoller::giveUpOverdue() {
    const qint64 now = m_clock.elapsed();
    QList<QPair<QString, qint64>> overdue;
    for (auto it = m_trackedSince.cbegin(); it != m_trackedSince.cend(); ++it) {
        if (now - it.value() >= m_giveUpAfter.count())
            overdue.append({it.key(), now - it.value()});
    }
    for (const auto &[jobId, waited] : std::as_const(overdue)) {
        const QString status = m_lastStatus.value(jobId);
        untrack(jobId);
        emit gaveUp(jobId, status, waited);
    }
}

void StatementJobPoller::startRound() {
    if (m_roundRunning)
        return;
    giveUpOverdue();
    if (m_trackedSince.isEmpty())
        return;
    m_roundRunning = true;
    m_changed = false;
    m_failedReported = false;
    m_pending = 0;
    m_seen.clear();
    m_unresolved.clear();
    // Jobs tracked during the round may not be listed yet; they wait for the next one.
    m_roundJobs = tracked();
    const bool oneByOne = m_roundJobs.size() <= m_individualLimit;
    qCDebug(lcStatements).nospace() << "poll round: " << m_roundJobs.size() << " job(s), "
                                    << (oneByOne ? "asked one by one" : "from the job lists");
    if (oneByOne) {
        fetchSingles(m_roundJobs);
        return;
    }
    startScan(0);
}

void StatementJobPoller::startScan(int selection) {
    m_selection = selection;
    auto *scan = selection == 0
                     ? new StatementJobListScan(m_client, StatementJobListScan::Selector::Active,
                                                QStringLiteral("TRUE"), this)
                     : new StatementJobListScan(m_client, StatementJobListScan::Selector::Status,
                                                QString(kFinalStatuses[selection - 1]), this);
    m_scan = scan;
    if (selection > 0) {
        // Read on only while a page may still save more than one GET …/statementjobs/{id} would
        // cost (see the class comment): the pages read stay under half the jobs still to be found.
        scan->setWantMore(
            [this](int pagesRead) { return pagesRead * 2 < int(m_unresolved.size()); });
    }
    connect(scan, &StatementJobListScan::jobSeen, this, [this](const StatementJob &job) {
        if (m_selection == 0)
            m_seen.insert(job.id);
        else
            m_unresolved.remove(job.id);
        report(job); // also a job that finished after the active list was read
    });
    connect(scan, &StatementJobListScan::finished, this, &StatementJobPoller::onScanFinished);
    scan->start();
}

void StatementJobPoller::onScanFinished(bool ok, const ApiError &error) {
    StatementJobListScan *scan = m_scan.data();
    m_scan.clear();
    const bool reachedEnd = scan && scan->reachedEnd();
    if (scan) {
        m_requestsSent += scan->requestsSent();
        m_listRequestsSent += scan->requestsSent();
        scan->deleteLater();
    }
    if (!ok) {
        // Whatever is unresolved stays tracked and is looked for again next round.
        if (error.kind != ApiError::Kind::Cancelled)
            reportFailure(error);
        roundDone();
        return;
    }
    if (m_selection == 0) {
        // Tracked but no longer active: finished since the last round.
        for (const QString &id : std::as_const(m_roundJobs)) {
            if (isTracking(id) && !m_seen.contains(id))
                m_unresolved.insert(id);
        }
    }
    if (m_unresolved.isEmpty()) {
        roundDone();
        return;
    }
    // A few are cheaper one by one; so are the rest when a list was cut short (they are
    // probably further down it) or every list has been read (not visible in them yet).
    const bool cutShort = m_selection > 0 && !reachedEnd;
    if (m_unresolved.size() <= m_individualLimit || cutShort || m_selection == kLastSelection) {
        const QSet<QString> rest = m_unresolved;
        m_unresolved.clear();
        fetchSingles(rest);
        return;
    }
    startScan(m_selection + 1);
}

void StatementJobPoller::fetchSingles(const QSet<QString> &jobIds) {
    for (const QString &id : jobIds) {
        if (isTracking(id))
            fetchOne(id);
    }
    if (m_pending == 0)
        roundDone();
}

void StatementJobPoller::fetchOne(const QString &jobId) {
    auto *request = new GetStatementJobRequest(m_client, jobId, this);
    ++m_pending;
    ++m_requestsSent;
    ++m_singleRequestsSent;
    connect(request, &GetStatementJobRequest::succeeded, this,
            [this](const StatementJob &job) { report(job); });
    connect(request, &GetStatementJobRequest::failed, this, [this, jobId](const ApiError &error) {
        if (error.kind == ApiError::Kind::Cancelled)
            return;
        if (error.httpStatus == 404) {
            if (isTracking(jobId)) {
                untrack(jobId);
                emit jobMissing(jobId, error);
            }
            return;
        }
        reportFailure(error);
    });
    connect(request, &GetStatementJobRequest::finished, this, [this, request] {
        request->deleteLater();
        requestDone();
    });
    request->start();
}

void StatementJobPoller::report(const StatementJob &job) {
    if (!isTracking(job.id))
        return;
    const QString print = fingerprint(job);
    if (m_lastSeen.value(job.id) == print)
        return;
    m_changed = true;
    if (job.isTerminal()) {
        untrack(job.id);
    } else {
        m_lastSeen.insert(job.id, print);
        m_lastStatus.insert(job.id, job.statementJobStatus);
    }
    emit jobUpdated(job);
}

void StatementJobPoller::reportFailure(const ApiError &error) {
    if (m_failedReported)
        return;
    m_failedReported = true;
    emit pollFailed(error);
}

void StatementJobPoller::requestDone() {
    if (--m_pending == 0 && m_roundRunning)
        roundDone();
}

void StatementJobPoller::roundDone() {
    m_roundRunning = false;
    m_roundJobs.clear();
    m_seen.clear();
    m_unresolved.clear();
    if (m_changed || m_soonRequested)
        m_interval = m_minInterval;
    else
        m_interval = qMin(m_maxInterval, m_interval * 2);
    m_soonRequested = false;
    scheduleNext();
}

void StatementJobPoller::scheduleNext() {
    if (m_trackedSince.isEmpty()) {
        m_timer.stop();
        return;
    }
    m_timer.start(int(m_interval.count()));
}

} // namespace m3ter
