#pragma once

#include "api/ApiError.h"
#include "domain/StatementJob.h"
#include "statements/StatementError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>

#include <functional>

namespace m3ter {

class ApiClient;

// Creates the statement jobs of one batch (at most 10 bills) without ever creating a duplicate.
//
// The batch POST (…/statementjobs/batch) is never retried blindly: m3ter has no idempotency key.
// When its outcome is unclear (no answer: network error, timeout; a 5xx; or a 2xx that could not be
// read), the jobs of each bill are looked up with `GET …/statementjobs?billId=` (one request per
// bill, all pages: the list accepts only one of active/status/billId) and only bills without a job
// are posted again.
//
// Which job counts as "already created" for a bill (the decision, documented here once):
// a job that is not tracked by anyone else (isKnownJob() false), produces CSV if CSV was asked
// for, and either is still active (PENDING/RUNNING: a second job for the same bill would be
// pointless) or was created no earlier than the submission start minus kClockSkewAllowance (its
// dtCreated is server time; the allowance covers a client clock running ahead). The newest such
// job is adopted, whatever its state, so a FAILED or CANCELLED job of ours is shown rather than
// silently replaced.
//
// A 429 means the server did nothing: the POST is repeated after a pause. Other 4xx are final
// for the whole batch. At most kMaxPostRounds POSTs and kMaxLookupRounds lookups are made; if a
// lookup cannot be completed, the bill is reported as failed rather than risk a duplicate.
class StatementBatchSubmitter : public QObject {
    Q_OBJECT

public:
    static constexpr int kMaxPostRounds = 3;
    static constexpr int kMaxLookupRounds = 3;
    static constexpr qint64 kClockSkewAllowanceSecs = 120;

    struct Bill {
        int entryId = 0;
        QString billId;
    };

    StatementBatchSubmitter(ApiClient *client, const QList<Bill> &bills, bool includeCsv,
                            const QDateTime &startedAtUtc, QObject *parent = nullptr);

    // Jobs for which this returns true are never adopted (they belong to other entries).
    void setKnownJobFilter(std::function<bool(const QString &jobId)> isKnownJob) {
        m_isKnownJob = std::move(isKnownJob);
    }
    // Pause before repeating lookups or a throttled POST; tests shorten it.
    void setRetryDelayMs(int delayMs) { m_retryDelayMs = delayMs; }

    // outcomeUnknown: a POST for these bills may already have been sent (e.g. the app was
    // closed while it was in flight), so start with the lookup.
    void start(bool outcomeUnknown = false);

    int postsSent() const { return m_postsSent; }
    int lookupsSent() const { return m_lookupsSent; }

    // True when this job (for billId) may be adopted for a submission that started at
    // startedAtUtc; see the class comment.
    static bool isAdoptable(const StatementJob &job, bool includeCsv,
                            const QDateTime &startedAtUtc);

signals:
    // The bill's job: created by our POST, or found by a lookup (adopted == true).
    void jobCreated(int entryId, const m3ter::StatementJob &job, bool adopted);
    // No job for this bill, and why.
    void submitFailed(int entryId, const m3ter::StatementError &error);
    // Every bill got jobCreated or submitFailed.
    void finished();

private:
    void post(const QList<Bill> &bills);
    void onPostFailed(const QList<Bill> &bills, const ApiError &error);
    void lookup(const QList<Bill> &bills);
    void lookupPage(const Bill &bill, const QString &nextToken);
    void lookupDone();
    void resolve(const Bill &bill, const StatementJob &job, bool adopted);
    void failAll(const QList<Bill> &bills, const StatementError &error);
    void checkFinished();

    ApiClient *m_client;
    QList<Bill> m_bills;
    bool m_includeCsv;
    QDateTime m_startedAt;
    std::function<bool(const QString &)> m_isKnownJob;
    int m_retryDelayMs = 1000;

    int m_postRounds = 0;
    int m_lookupRounds = 0;
    int m_postsSent = 0;
    int m_lookupsSent = 0;
    QSet<int> m_open; // entry ids without an outcome yet

    // The lookup in progress.
    QList<Bill> m_lookupBills;
    QHash<int, QList<StatementJob>> m_found; // entry id -> jobs of its bill
    QHash<int, ApiError> m_lookupErrors;
    int m_lookupPending = 0;
    bool m_finishedEmitted = false;
};

} // namespace m3ter
