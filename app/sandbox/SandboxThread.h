#pragma once

#include "SandboxConfig.h"

#include <QThread>
#include <QUrl>

namespace m3ter::sandbox {

class FaultInjector;
class RequestLog;
class SandboxServer;

// Runs a SandboxServer (data generation included) in a thread of its own, so the server's CPU
// time stays off the caller's thread: the app's --demo mode keeps its GUI thread free, and
// benchmarks measure the client rather than the server.
class SandboxThread {
public:
    explicit SandboxThread(SandboxConfig config);
    ~SandboxThread();
    SandboxThread(const SandboxThread &) = delete;
    SandboxThread &operator=(const SandboxThread &) = delete;

    // Generates the data and starts listening; blocks until that is done. False on failure
    // (see errorString()).
    bool start();
    QString errorString() const { return m_error; }

    QUrl baseUrl() const { return m_baseUrl; }
    QUrl downloadBaseUrl() const { return m_downloadBaseUrl; }
    // The resolved config (org id, actual ports) once start() succeeded.
    const SandboxConfig &config() const { return m_config; }

    // Both are internally locked, so they may be used from any thread while the server runs.
    FaultInjector &faults();
    RequestLog &requestLog();

private:
    SandboxConfig m_config;
    QThread m_thread;
    QObject *m_anchor = nullptr; // lives in m_thread; target of the blocking calls
    SandboxServer *m_server = nullptr;
    QUrl m_baseUrl;
    QUrl m_downloadBaseUrl;
    QString m_error;
};

} // namespace m3ter::sandbox
