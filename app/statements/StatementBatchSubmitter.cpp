#include "statements/StatementBatchSubmitter.h"

#include "api/ApiClient.h"
#include "api/CreateStatementJobBatchRequest.h"
#include "api/ListStatementJobsRequest.h"

#include <QTimer>

#include <algorithm>
#include <optional>

namespace m3ter {

namespace {

bool sameBill(const QString &a, const QString &b) {
    return a.compare(b, Qt::CaseInsensitive) == 0; // UUIDs; servers differ in letter case
}

// No answer, or an answer we could not read: the server may or may not have created the jobs.
bool isUnclear(const ApiError &error) {
    switch (error.kind) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Parse:
        return true;
    case ApiError::Kind::Http:
        return error.httpStatus >= 500 || error.httpStatus == 408;
    default:
        return false;
    }
}

} // namespace

StatementBatchSubmitter::StatementBatchSubmitter(ApiClient *client, const QList<Bill> &bills,
                                                 bool includeCsv, const QDateTime &startedAtUtc,
                                                 QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_bills(bills)
    , m_includeCsv(includeCsv)
    , m_startedAt(startedAtUtc.toUTC()) {
    for (const Bill &bill : bills)
        m_open.insert(bill.entryId);
}

bool StatementBatchSubmitter::isAdoptable(const StatementJob &job, bool includeCsv,
                                          const QDateTime &startedAtUtc) {
    if (includeCsv && !job.includeCsvFormat.value_or(false))
        return false;
    if (!job.isTerminal())
        return true;
    return job.dtCreated.isValid() &&
           job.dtCreated >= startedAtUtc.addSecs(-kClockSkewAllowanceSecs);
}

void StatementBatchSubmitter::start(bool outcomeUnknown) {
    if (m_bills.isEmpty()) {
        checkFinished();
        return;
    }
    if (outcomeUnknown)
        lookup(m_bills);
    else
        post(m_bills);
}

void StatementBatchSubmitter::post(const QList<Bill> &bills) {
    ++m_postRounds;
    QStringList ids;
    for (const Bill &bill : bills)
        ids.append(bill.billId);
    auto *request = new CreateStatementJobBatchRequest(m_client, ids, this);
    request->setIncludeCsvFormat(m_includeCsv);
    ++m_postsSent;
    connect(request, &CreateStatementJobBatchRequest::succeeded, this,
            [this, bills](const QList<StatementJob> &jobs) {
                QList<Bill> missing;
                for (const Bill &bill : bills) {
                    auto it = std::find_if(jobs.begin(), jobs.end(), [&](const StatementJob &j) {
                        return sameBill(j.billId, bill.billId);
                    });
                    if (it != jobs.end())
                        resolve(bill, *it, false);
                    else
                        missing.append(bill);
                }
                // A bill the answer did not mention may still have a job: look, don't guess.
                if (!missing.isEmpty())
                    lookup(missing);
            });
    connect(request, &CreateStatementJobBatchRequest::failed, this,
            [this, bills](const ApiError &error) { onPostFailed(bills, error); });
    connect(request, &CreateStatementJobBatchRequest::finished, request, &QObject::deleteLater);
    request->start();
}

void StatementBatchSubmitter::onPostFailed(const QList<Bill> &bills, const ApiError &error) {
    if (error.kind == ApiError::Kind::Cancelled)
        return;
    if (isUnclear(error)) {
        lookup(bills);
        return;
    }
    if (error.kind == ApiError::Kind::Http && error.httpStatus == 429 &&
        m_postRounds < kMaxPostRounds) {
        QTimer::singleShot(m_retryDelayMs, this, [this, bills] { post(bills); });
        return;
    }
    failAll(bills, StatementError::withApi(StatementError::Kind::SubmitRefused, error));
}

void StatementBatchSubmitter::lookup(const QList<Bill> &bills) {
    ++m_lookupRounds;
    m_lookupBills = bills;
    m_found.clear();
    m_lookupErrors.clear();
    m_lookupPending = 0;
    for (const Bill &bill : bills) {
        ++m_lookupPending;
        lookupPage(bill, {});
    }
}

void StatementBatchSubmitter::lookupPage(const Bill &bill, const QString &nextToken) {
    auto *request = ListStatementJobsRequest::byBill(m_client, bill.billId, this);
    request->setNextToken(nextToken);
    ++m_lookupsSent;
    connect(request, &ListStatementJobsRequest::succeeded, this,
            [this, bill](const Page<StatementJob> &page) {
                m_found[bill.entryId] += page.items;
                if (page.hasMore())
                    lookupPage(bill, page.nextToken);
                else
                    lookupDone();
            });
    connect(request, &ListStatementJobsRequest::failed, this, [this, bill](const ApiError &error) {
        if (error.kind == ApiError::Kind::Cancelled)
            return;
        m_lookupErrors.insert(bill.entryId, error);
        lookupDone();
    });
    connect(request, &ListStatementJobsRequest::finished, request, &QObject::deleteLater);
    request->start();
}

void StatementBatchSubmitter::lookupDone() {
    if (--m_lookupPending > 0)
        return;
    QList<Bill> toPost;
    QList<Bill> toLookAgain;
    for (const Bill &bill : std::as_const(m_lookupBills)) {
        if (m_lookupErrors.contains(bill.entryId)) {
            toLookAgain.append(bill);
            continue;
        }
        // A copy of the job, not a pointer into the list: value() returns a temporary.
        std::optional<StatementJob> best;
        const QList<StatementJob> jobs = m_found.value(bill.entryId);
        for (const StatementJob &job : jobs) {
            if (!sameBill(job.billId, bill.billId) || (m_isKnownJob && m_isKnownJob(job.id)) ||
                !isAdoptable(job, m_includeCsv, m_startedAt))
                continue;
            if (!best || job.dtCreated > best->dtCreated)
                best = job;
        }
        if (best)
            resolve(bill, *best, true);
        else
            toPost.append(bill);
    }
    m_found.clear();

    if (!toLookAgain.isEmpty()) {
        if (m_lookupRounds < kMaxLookupRounds) {
            QTimer::singleShot(m_retryDelayMs, this, [this, toLookAgain] { lookup(toLookAgain); });
        } else {
            const ApiError error = m_lookupErrors.value(toLookAgain.first().entryId);
            failAll(toLookAgain,
                    StatementError::withApi(StatementError::Kind::SubmitUnconfirmed, error));
        }
    }
    if (!toPost.isEmpty()) {
        if (m_postRounds < kMaxPostRounds)
            post(toPost);
        else {
            StatementError failure = StatementError::of(StatementError::Kind::SubmitAttempts);
            failure.attempts = m_postRounds;
            failAll(toPost, failure);
        }
    }
    checkFinished();
}

void StatementBatchSubmitter::resolve(const Bill &bill, const StatementJob &job, bool adopted) {
    if (!m_open.remove(bill.entryId))
        return;
    emit jobCreated(bill.entryId, job, adopted);
    checkFinished();
}

void StatementBatchSubmitter::failAll(const QList<Bill> &bills, const StatementError &error) {
    for (const Bill &bill : bills) {
        if (m_open.remove(bill.entryId))
            emit submitFailed(bill.entryId, error);
    }
    checkFinished();
}

void StatementBatchSubmitter::checkFinished() {
    if (!m_open.isEmpty() || m_finishedEmitted)
        return;
    m_finishedEmitted = true;
    emit finished();
}

} // namespace m3ter
