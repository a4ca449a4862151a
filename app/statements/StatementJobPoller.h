#pragma once

#include "api/ApiError.h"
#include "domain/StatementJob.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <chrono>

namespace m3ter {

class ApiClient;
class StatementJobListScan;

// Follows statement jobs until they reach a terminal state (COMPLETE, CANCELLED, FAILED), in as
// few requests as it can. One round:
// 1. With only a few jobs tracked (<= individualLimit(), default 3), GET …/statementjobs/{id} per
//    job; done.
// 2. Otherwise the active list (GET …/statementjobs?active=TRUE, 100 per page, every page)
//    refreshes all jobs still PENDING or RUNNING. A tracked job missing from it has left it: it
//    finished.
// 3. The final state and download links of those come from list pages too:
//    GET …/statementjobs?status=COMPLETE, then, only while more than individualLimit() are still
//    unresolved, status=FAILED and status=CANCELLED (m3ter accepts one of active/status/billId per
//    call, docs/m3ter-api.md, "Listing statement jobs"). A status list holds the organization's
//    whole history, so reading stops as soon as every departed job was found, and also once the
//    pages read reach half of the jobs still unresolved: from there asking them one by one is no
//    dearer than reading on (so a long history costs at most ~1.5 × the per-job requests, and a
//    short one ~1 request per 100 jobs).
// 4. The few left (found in no list read: cut short, or not visible there yet) are asked for one by
//    one (GET …/statementjobs/{id}).
// With 1,000 jobs this is ~20 list pages per round instead of 1,000 single-job requests.
//
// Rounds never overlap. The pause between rounds starts at minInterval (1 s) and doubles after
// every round that saw no change, up to maxInterval (10 s); any change or newly tracked job goes
// back to the minimum. Network errors are retried by the ApiClient's policy first; a round that
// still fails is reported with pollFailed() and simply tried again after the next pause.
//
// A job is not followed forever: one that has not reached a terminal state giveUpAfter()
// (default 60 min) after track() — stuck PENDING, RUNNING, in a status this version does not
// know, or never found — is dropped with gaveUp().
class StatementJobPoller : public QObject {
    Q_OBJECT

public:
    using ms = std::chrono::milliseconds;
    static constexpr ms kDefaultGiveUpAfter{60 * 60 * 1000};

    explicit StatementJobPoller(ApiClient *client, QObject *parent = nullptr);
    ~StatementJobPoller() override;

    void setIntervals(ms minInterval, ms maxInterval);
    ms minInterval() const { return m_minInterval; }
    ms maxInterval() const { return m_maxInterval; }
    ms currentInterval() const { return m_interval; }
    void setIndividualLimit(int jobs) { m_individualLimit = qMax(0, jobs); }
    int individualLimit() const { return m_individualLimit; }
    // Applies to jobs tracked from now on and to those already tracked (measured from their
    // track()); at least 1 ms.
    void setGiveUpAfter(ms limit) { m_giveUpAfter = qMax(ms(1), limit); }
    ms giveUpAfter() const { return m_giveUpAfter; }

    // Starts following jobId (again, with a fresh give-up clock); the next round comes after
    // minInterval.
    void track(const QString &jobId);
    void untrack(const QString &jobId);
    QSet<QString> tracked() const;
    bool isTracking(const QString &jobId) const { return m_trackedSince.contains(jobId); }
    // Back to the shortest pause (e.g. after a cancel whose answer was lost).
    void pollSoon();

    // Requests sent so far (list pages + single gets), for tests and benchmarks.
    int requestsSent() const { return m_requestsSent; }
    int listRequestsSent() const { return m_listRequestsSent; }
    int singleRequestsSent() const { return m_singleRequestsSent; }

signals:
    // A tracked job was seen in a new state (or for the first time). A terminal job is no
    // longer tracked when this is emitted.
    void jobUpdated(const m3ter::StatementJob &job);
    // GET …/statementjobs/{id} answered 404: the job no longer exists; it is no longer tracked.
    void jobMissing(const QString &jobId, const m3ter::ApiError &error);
    // The job was followed for giveUpAfter() without reaching a terminal state; it is no longer
    // tracked. lastStatus: the last statementJobStatus seen, empty if none was.
    void gaveUp(const QString &jobId, const QString &lastStatus, qint64 waitedMs);
    // A round failed after the client's retries; polling goes on.
    void pollFailed(const m3ter::ApiError &error);

private:
    void startRound();
    void giveUpOverdue();
    void startScan(int selection);
    void onScanFinished(bool ok, const ApiError &error);
    void fetchSingles(const QSet<QString> &jobIds);
    void fetchOne(const QString &jobId);
    void report(const StatementJob &job);
    void reportFailure(const ApiError &error);
    void requestDone();
    void roundDone();
    void scheduleNext();

    ApiClient *m_client;
    ms m_minInterval{1000};
    ms m_maxInterval{10000};
    ms m_interval{1000};
    ms m_giveUpAfter{kDefaultGiveUpAfter};
    int m_individualLimit = 3;
    QTimer m_timer;
    QElapsedTimer m_clock;
    QHash<QString, qint64> m_trackedSince; // job id -> m_clock time of track()
    QHash<QString, QString> m_lastSeen;    // job id -> fingerprint of the last reported state
    QHash<QString, QString> m_lastStatus;  // job id -> last statementJobStatus seen

    // The running round.
    bool m_roundRunning = false;
    bool m_changed = false;
    bool m_soonRequested = false;
    bool m_failedReported = false;
    QSet<QString> m_roundJobs;  // tracked when the round started
    QSet<QString> m_seen;       // seen in the active list this round
    QSet<QString> m_unresolved; // left the active list, final state not known yet
    int m_selection = 0;        // 0 = active list, 1.. = the status lists in order
    QPointer<StatementJobListScan> m_scan;
    int m_pending = 0; // single gets in flight

    int m_requestsSent = 0;
    int m_listRequestsSent = 0;
    int m_singleRequestsSent = 0;
};

} // namespace m3ter
