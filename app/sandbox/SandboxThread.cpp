#include "SandboxThread.h"

#include "SandboxServer.h"

#include <QMetaObject>

namespace m3ter::sandbox {

SandboxThread::SandboxThread(SandboxConfig config)
    : m_config(std::move(config)) {
    m_thread.setObjectName(QStringLiteral("m3ter-sandbox"));
}

SandboxThread::~SandboxThread() {
    if (m_thread.isRunning()) {
        // The server's sockets and timers belong to its thread: delete it there.
        QMetaObject::invokeMethod(
            m_anchor,
            [this] {
                delete m_server;
                m_server = nullptr;
            },
            Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    delete m_anchor;
}

bool SandboxThread::start() {
    if (m_server)
        return true;
    m_anchor = new QObject;
    m_thread.start();
    m_anchor->moveToThread(&m_thread);
    bool ok = false;
    QMetaObject::invokeMethod(
        m_anchor,
        [this, &ok] {
            m_server = new SandboxServer(m_config);
            ok = m_server->start();
            if (ok) {
                m_config = m_server->config();
                m_baseUrl = m_server->baseUrl();
                m_downloadBaseUrl = m_server->downloadBaseUrl();
            } else {
                m_error = m_server->errorString();
            }
        },
        Qt::BlockingQueuedConnection);
    return ok;
}

FaultInjector &SandboxThread::faults() {
    Q_ASSERT(m_server);
    return m_server->faults();
}

RequestLog &SandboxThread::requestLog() {
    Q_ASSERT(m_server);
    return m_server->requestLog();
}

} // namespace m3ter::sandbox
