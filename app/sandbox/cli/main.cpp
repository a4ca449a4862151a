// m3ter-sandbox: a local m3ter-compatible server for demos, manual testing and client
// development. See app/sandbox/SandboxServer.h and FaultSpec.h for what it implements.

#include "SignalQuitter.h"
#include "sandbox/FaultInjector.h"
#include "sandbox/RequestLog.h"
#include "sandbox/Router.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <cstdio>

using namespace m3ter::sandbox;

namespace {

struct IntOption {
    QCommandLineOption option;
    int *target;
    int min;
    int max;
};

[[noreturn]] void fail(const QString &message) {
    QTextStream(stderr) << "m3ter-sandbox: " << message << '\n';
    std::exit(2);
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("m3ter-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));

    SandboxConfig config;
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A local m3ter-compatible Config API server with generated, seed-determined data.\n"
        "Serves POST /oauth/token and /organizations/{orgId}/... (bills, line items, accounts,\n"
        "statements, statement jobs) on 127.0.0.1, and presigned statement downloads on a\n"
        "second port. Runs until Ctrl-C (SIGINT) or SIGTERM."));
    parser.addHelpOption();
    parser.addVersionOption();

    const QCommandLineOption port(QStringLiteral("port"),
                                  QStringLiteral("API port on 127.0.0.1 (0 = any free port)."),
                                  QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption downloadPort(
        QStringLiteral("download-port"),
        QStringLiteral("Port of the presigned-download origin (0 = any free port)."),
        QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QStringLiteral("Data seed; the same seed gives the same data."),
                                  QStringLiteral("n"), QString::number(config.seed));
    const QCommandLineOption jobSeconds(
        QStringLiteral("job-seconds"),
        QStringLiteral("Seconds a statement job takes (PENDING, RUNNING, then COMPLETE)."),
        QStringLiteral("s"), QString::number(config.jobSeconds));
    const QCommandLineOption jobFailureRate(
        QStringLiteral("job-failure-rate"),
        QStringLiteral("Share of statement jobs that end FAILED, 0..1."), QStringLiteral("p"),
        QString::number(config.jobFailureRate));
    const QCommandLineOption edgeCaseShare(
        QStringLiteral("edge-case-share"),
        QStringLiteral("Share of bills, 0..1, in a state random data rarely gives: total not "
                       "matching its line items, locked, stale or invalidated statement, failing "
                       "statement jobs."),
        QStringLiteral("p"), QString::number(config.edgeCaseShare));
    const QCommandLineOption orgId(
        QStringLiteral("org-id"),
        QStringLiteral("Organization id (default: derived from the seed)."), QStringLiteral("id"));
    const QCommandLineOption clientId(QStringLiteral("client-id"),
                                      QStringLiteral("Access key id accepted at /oauth/token."),
                                      QStringLiteral("id"), config.clientId);
    const QCommandLineOption clientSecret(QStringLiteral("client-secret"),
                                          QStringLiteral("API secret accepted at /oauth/token."),
                                          QStringLiteral("secret"), config.clientSecret);
    const QCommandLineOption fault(
        QStringLiteral("fault"),
        QStringLiteral(
            "Inject a fault; repeatable. ROUTE=KIND[:COUNT]. ROUTE is one of %1 or * (all).\n"
            "KIND: an HTTP status 400-599 (e.g. 500, 502, 503), 429@SECONDS (429 with "
            "Retry-After; plain 429 sends none), delay@MS, reset (abort the connection), stall "
            "(never answer), malformed (200 with invalid JSON), truncated (short body, then "
            "close). COUNT: the next N requests (default 1); -1 or * = always.\n"
            "Examples: --fault bills.list=503:2 --fault token=429@3 --fault download=delay@800:*")
            .arg(Router::routeNames().join(QStringLiteral(", "))),
        QStringLiteral("route=kind[:count]"));

    int accounts = config.accounts;
    int bills = config.bills;
    int rateLimit = config.rateLimitPerSecond;
    int tokenLifetime = config.tokenLifetimeSeconds;
    int urlLifetime = config.downloadUrlLifetimeSeconds;
    int latency = config.latencyMs;
    int statementKb = 0;
    const QList<IntOption> intOptions{
        {QCommandLineOption(QStringLiteral("accounts"), QStringLiteral("Number of accounts."),
                            QStringLiteral("n"), QString::number(accounts)),
         &accounts, 1, 100000},
        {QCommandLineOption(QStringLiteral("bills"), QStringLiteral("Number of bills."),
                            QStringLiteral("n"), QString::number(bills)),
         &bills, 0, 5000000},
        {QCommandLineOption(QStringLiteral("rate-limit"),
                            QStringLiteral("Requests per second per organization; 0 = off. Excess "
                                           "requests get 429 with Retry-After: 1."),
                            QStringLiteral("n"), QString::number(rateLimit)),
         &rateLimit, 0, 1000000},
        {QCommandLineOption(QStringLiteral("token-lifetime"),
                            QStringLiteral("Bearer token lifetime in seconds (expires_in)."),
                            QStringLiteral("s"), QString::number(tokenLifetime)),
         &tokenLifetime, 1, 100000000},
        {QCommandLineOption(QStringLiteral("download-url-lifetime"),
                            QStringLiteral("Lifetime of presigned download URLs in seconds."),
                            QStringLiteral("s"), QString::number(urlLifetime)),
         &urlLifetime, 1, 100000000},
        {QCommandLineOption(QStringLiteral("latency-ms"),
                            QStringLiteral("Extra delay added to every response."),
                            QStringLiteral("ms"), QString::number(latency)),
         &latency, 0, 600000},
        {QCommandLineOption(QStringLiteral("statement-kb"),
                            QStringLiteral("Pad every statement file served for download to at "
                                           "least this many KiB (JSON: trailing spaces, CSV: "
                                           "trailing empty lines); 0 = natural size, ~2 KB."),
                            QStringLiteral("kib"), QString::number(statementKb)),
         &statementKb, 0, 4 * 1024 * 1024},
    };
    const QCommandLineOption logRequests(
        QStringLiteral("log-requests"),
        QStringLiteral("Print one line per request served: request<TAB>origin (api or "
                       "download)<TAB>route (- if none)<TAB>HTTP status (0 = no answer). No URLs, "
                       "queries or headers."));
    const QCommandLineOption admin(
        QStringLiteral("admin"),
        QStringLiteral(
            "Enable the control route (off by default; not part of the m3ter API), to change "
            "bills between refreshes as month end does: POST /_admin/{orgId}/bills/OPERATION on "
            "the API port, from 127.0.0.1 only, no token. OPERATION: recalculate (amounts and "
            "total move, lastCalculatedDate now, APPROVED back to PENDING, generated statements "
            "stale), approve (PENDING to APPROVED), lock (APPROVED only), add (new PENDING "
            "monthly bills for last month), remove. Locked bills take none of them. Body: "
            "{\"count\": N} for the newest N bills it applies to (with \"status\": "
            "\"PENDING\" or \"APPROVED\" to pick among those), or {\"billIds\": [...]} "
            "(not with add). All or nothing: 404 unknown bill, 409 a bill in the wrong state. "
            "The reply lists the bills changed: {\"operation\", \"billIds\", \"bills\": "
            "[{\"id\", \"before\", \"after\"}]}.\n"
            "Example: curl -d '{\"count\": 2, \"status\": \"APPROVED\"}' "
            "http://127.0.0.1:PORT/_admin/ORG/bills/recalculate"));
    parser.addOptions({port, downloadPort, seed, jobSeconds, jobFailureRate, edgeCaseShare, orgId,
                       clientId, clientSecret, fault});
    for (const IntOption &o : intOptions)
        parser.addOption(o.option);
    parser.addOption(logRequests);
    parser.addOption(admin);
    parser.process(app);

    auto toInt = [&](const QCommandLineOption &o, int min, int max) {
        bool ok = false;
        const int v = parser.value(o).toInt(&ok);
        if (!ok || v < min || v > max)
            fail(QStringLiteral("--%1 must be an integer in %2..%3")
                     .arg(o.names().constFirst())
                     .arg(min)
                     .arg(max));
        return v;
    };
    for (const IntOption &o : intOptions)
        *o.target = toInt(o.option, o.min, o.max);
    config.port = quint16(toInt(port, 0, 65535));
    config.downloadPort = quint16(toInt(downloadPort, 0, 65535));
    bool ok = false;
    config.seed = parser.value(seed).toULongLong(&ok);
    if (!ok)
        fail(QStringLiteral("--seed must be a non-negative integer"));
    config.jobSeconds = parser.value(jobSeconds).toDouble(&ok);
    if (!ok || config.jobSeconds < 0)
        fail(QStringLiteral("--job-seconds must be a number >= 0"));
    config.jobFailureRate = parser.value(jobFailureRate).toDouble(&ok);
    if (!ok || config.jobFailureRate < 0 || config.jobFailureRate > 1)
        fail(QStringLiteral("--job-failure-rate must be a number in 0..1"));
    config.edgeCaseShare = parser.value(edgeCaseShare).toDouble(&ok);
    if (!ok || config.edgeCaseShare < 0 || config.edgeCaseShare > 1)
        fail(QStringLiteral("--edge-case-share must be a number in 0..1"));
    config.accounts = accounts;
    config.bills = bills;
    config.rateLimitPerSecond = rateLimit;
    config.tokenLifetimeSeconds = tokenLifetime;
    config.downloadUrlLifetimeSeconds = urlLifetime;
    config.latencyMs = latency;
    config.statementMinBytes = qint64(statementKb) * 1024;
    config.orgId = parser.value(orgId);
    config.clientId = parser.value(clientId);
    config.clientSecret = parser.value(clientSecret);
    config.adminRoute = parser.isSet(admin);

    QElapsedTimer timer;
    timer.start();
    SandboxServer server(config);
    const qint64 generatedMs = timer.elapsed();
    for (const QString &spec : parser.values(fault)) {
        QString error;
        if (!server.faults().addFromString(spec, &error))
            fail(QStringLiteral("--fault %1: %2").arg(spec, error));
    }
    if (parser.isSet(logRequests)) {
        // Line-buffered by hand: a reader on a pipe (e.g. bench_statements) sees each request as
        // it is answered.
        server.requestLog().setObserver([](const RequestLogEntry &e) {
            const QByteArray line = "request\t" + e.origin.toUtf8() + '\t' +
                                    (e.route.isEmpty() ? QByteArray("-") : e.route.toUtf8()) +
                                    '\t' + QByteArray::number(e.status) + '\n';
            std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
            std::fflush(stdout);
        });
    }
    if (!server.start())
        fail(server.errorString());

    SignalQuitter quitter;
    QTextStream out(stdout);
    const SandboxConfig &c = server.config();
    out << "m3ter-sandbox listening\n"
        << "  base URL:      " << server.baseUrl().toString() << '\n'
        << "  token URL:     " << server.baseUrl().toString() << "/oauth/token\n"
        << "  download URL:  " << server.downloadBaseUrl().toString() << '\n'
        << "  org id:        " << c.orgId << '\n'
        << "  client id:     " << c.clientId << '\n'
        << "  client secret: " << c.clientSecret << '\n'
        << "  data:          " << server.store().accounts().size() << " accounts, "
        << server.store().billCount() << " bills (seed " << c.seed << ", generated in "
        << generatedMs << " ms)\n";
    if (c.statementMinBytes > 0)
        out << "  statements:    padded to " << c.statementMinBytes / 1024 << " KiB\n";
    for (const QString &spec : parser.values(fault))
        out << "  fault:         " << spec << '\n';
    if (c.adminRoute)
        out << "  admin URL:     " << server.baseUrl().toString() << "/_admin/" << c.orgId
            << "/bills/{recalculate|approve|lock|add|remove}\n";
    out << "Press Ctrl-C to stop.\n";
    out.flush();

    const int rc = app.exec();
    QTextStream(stdout) << "m3ter-sandbox: stopped, served " << server.requestLog().total()
                        << " requests\n";
    return rc;
}
