#include "DemoBackend.h"

#include "sandbox/SandboxThread.h"

namespace m3ter {

DemoBackend::DemoBackend() = default;
DemoBackend::~DemoBackend() = default;

bool DemoBackend::start() {
    sandbox::SandboxConfig config;
    config.seed = 20261122;
    config.accounts = 60;
    config.bills = 1200;
    config.jobSeconds = 4;
    // The demo shows every state the app can show: mismatched totals, locked bills, stale and
    // invalidated statements, failing statement jobs.
    config.edgeCaseShare = 0.05;
    m_thread = std::make_unique<sandbox::SandboxThread>(config);
    return m_thread->start();
}

ApiConnection DemoBackend::connection() const {
    ApiConnection connection;
    connection.baseUrl = m_thread->baseUrl();
    connection.orgId = m_thread->config().orgId;
    connection.clientId = m_thread->config().clientId;
    connection.clientSecret = m_thread->config().clientSecret;
    return connection;
}

} // namespace m3ter
