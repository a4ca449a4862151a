#pragma once

#include "api/ApiError.h"
#include "domain/StatementJob.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <chrono>

namespace m3ter {

class ApiClient;

// Follows statement jobs until they reach a terminal state (COMPLETE, CANCELLED, FAILED), in as
// few requests as it can:
// - with many jobs tracked, one paged J4 list (active=TRUE, 100 per page) refreshes them all;
//   a tracked job missing from that list has left it (finished), so it is fetched once with J3
//   to learn its final state and URLs;
// - with only a few tracked (<= individualLimit(), default 3), J3 per job is cheaper.
// Rounds never overlap. The pause between rounds starts at minInterval (1 s) and doubles after
// every round that saw no change, up to maxInterval (10 s); any change or newly tracked job
// goes back to the minimum. Network errors are retried by the ApiClient's policy first; a round
// that still fails is reported with pollFailed() and simply tried again after the next pause.
class StatementJobPoller : public QObject {
    Q_OBJECT

public:
    using ms = std::chrono::milliseconds;

    explicit StatementJobPoller(ApiClient *client, QObject *parent = nullptr);

    void setIntervals(ms minInterval, ms maxInterval);
    ms minInterval() const { return m_minInterval; }
    ms maxInterval() const { return m_maxInterval; }
    ms currentInterval() const { return m_interval; }
    void setIndividualLimit(int jobs) { m_individualLimit = qMax(0, jobs); }
    int individualLimit() const { return m_individualLimit; }

    // Starts following jobId (again); the next round comes after minInterval.
    void track(const QString &jobId);
    void untrack(const QString &jobId);
    QSet<QString> tracked() const { return m_tracked; }
    bool isTracking(const QString &jobId) const { return m_tracked.contains(jobId); }
    // Back to the shortest pause (e.g. after a cancel whose answer was lost).
    void pollSoon();

    // Requests sent so far (list pages + single gets), for tests and benchmarks.
    int requestsSent() const { return m_requestsSent; }

signals:
    // A tracked job was seen in a new state (or for the first time). A terminal job is no
    // longer tracked when this is emitted.
    void jobUpdated(const m3ter::StatementJob &job);
    // J3 answered 404: the job no longer exists; it is no longer tracked.
    void jobMissing(const QString &jobId, const m3ter::ApiError &error);
    // A round failed after the client's retries; polling goes on.
    void pollFailed(const m3ter::ApiError &error);

private:
    void startRound();
    void requestListPage(const QString &nextToken);
    void fetchOne(const QString &jobId);
    void report(const StatementJob &job);
    void requestDone();
    void roundDone();
    void scheduleNext();

    ApiClient *m_client;
    ms m_minInterval{1000};
    ms m_maxInterval{10000};
    ms m_interval{1000};
    int m_individualLimit = 3;
    QTimer m_timer;
    QSet<QString> m_tracked;
    QHash<QString, QString> m_lastSeen; // job id -> fingerprint of the last reported state
    QSet<QString> m_seenInList;
    bool m_roundRunning = false;
    bool m_changed = false;
    bool m_soonRequested = false;
    bool m_failedReported = false;
    int m_pending = 0;
    int m_requestsSent = 0;
};

} // namespace m3ter
