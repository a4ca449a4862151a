#pragma once

#include <QDate>
#include <QString>

namespace m3ter::sandbox {

// Every knob of the sandbox in one value type, so tests, benchmarks, --demo and the CLI build the
// same server. Defaults mirror what m3ter documents (token lifetime, 50 req/s per org).
struct SandboxConfig {
    quint64 seed = 1;
    int accounts = 80;
    int bills = 1000;
    // Empty: a UUID derived from the seed, so a seed always names the same organization.
    QString orgId;
    QString clientId = QStringLiteral("sandbox-client");
    QString clientSecret = QStringLiteral("sandbox-secret");
    int tokenLifetimeSeconds = 18000;
    // A statement job is PENDING for the first quarter of this, then RUNNING, then finished.
    double jobSeconds = 3;
    double jobFailureRate = 0;
    int rateLimitPerSecond = 50; // 0 = off
    int downloadUrlLifetimeSeconds = 900;
    // Statement files served by the download origin are padded to at least this many bytes
    // (StatementRenderer::padded); 0 = their natural size (~2 KB). For benchmarks of large
    // downloads.
    qint64 statementMinBytes = 0;
    // A deterministic share (0..1) of bills, picked from the seed, in one of the states the app
    // has a look for but random data rarely gives: a total that does not match its line items,
    // a locked bill, a stale statement, a statement that comes back INVALIDATED, statement jobs
    // that always fail. 0 = none, so tests that count bills by state keep their numbers; the
    // demo uses a few percent. Which bills are picked does not depend on the share's size
    // beyond "more".
    double edgeCaseShare = 0;
    // The control route POST /_admin/{orgId}/bills/{operation} (AdminEndpoint, BillAdmin):
    // changes bills between refreshes as month end does. Off by default: the route then does
    // not exist (404 like any unknown path). m3ter-sandbox --admin.
    bool adminRoute = false;
    int latencyMs = 0;
    quint16 port = 0;
    quint16 downloadPort = 0;
    // The "today" the bills are generated around. Invalid = the current UTC date; tests that
    // compare two servers across midnight can pin it.
    QDate referenceDate;
};

} // namespace m3ter::sandbox
