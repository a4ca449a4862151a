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
class RequestLog {
public:
    void append(const RequestLogEntry &entry);
    QList<RequestLogEntry> entries() const;
    int count(const QString &route = {}) const;
    int countIf(const std::function<bool(const RequestLogEntry &)> &predicate) const;
    void clear();

private:
    mutable QMutex m_mutex;
    QList<RequestLogEntry> m_entries;
};

} // namespace m3ter::sandbox
