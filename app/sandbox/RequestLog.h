#pragma once

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QString>

#include <functional>

namespace m3ter::sandbox {

struct RequestLogEntry {
    QString origin; // "api" or "download"
    QByteArray method;
    QString path;
    QString query;
    QString route; // empty when no route matched
    bool hasAuthorization = false;
    QByteArray authorization;
    QByteArray userAgent;
    QByteArray contentType;
    QByteArray retryCount; // X-Stainless-Retry-Count, if a client sends it
    int status = 0;        // 0 = no HTTP answer (reset or stall fault)
    QString fault;         // the injected fault, if any (FaultSpec::toString())
    qint64 timeMs = 0;
};

// Every request on both origins, so tests can assert what reached the server: e.g. that no
// Authorization header ever reached the download origin, or how many retries a client made.
// Thread-safe: the server may run in a SandboxThread while the test reads the log.
// Bounded: once `capacity` entries are held the older half is dropped, so a long --demo session
// does not grow without limit (tests stay far below the default).
class RequestLog {
public:
    static constexpr int kDefaultCapacity = 100000;

    void append(const RequestLogEntry &entry);
    // Called with every appended entry, on the appending (server) thread, outside the lock; e.g.
    // m3ter-sandbox --log-requests prints it. Set it before the server starts.
    void setObserver(std::function<void(const RequestLogEntry &)> observer);
    void setCapacity(int capacity);
    // Requests seen since the last clear(), including entries dropped for capacity.
    qint64 total() const;
    QList<RequestLogEntry> entries() const;
    int count(const QString &route = {}) const;
    int countIf(const std::function<bool(const RequestLogEntry &)> &predicate) const;
    void clear();

private:
    mutable QMutex m_mutex;
    QList<RequestLogEntry> m_entries;
    int m_capacity = kDefaultCapacity;
    qint64 m_total = 0;
    std::function<void(const RequestLogEntry &)> m_observer;
};

} // namespace m3ter::sandbox
