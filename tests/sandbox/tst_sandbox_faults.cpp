// Fault injection, latency, the per-org rate limit, and SandboxThread: every fault kind as a
// Qt client observes it.

#include "SandboxTestClient.h"
#include "sandbox/FaultInjector.h"
#include "sandbox/RequestLog.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxStore.h"
#include "sandbox/SandboxThread.h"

#include <QElapsedTimer>
#include <QTest>
#include <QThread>

using namespace m3ter::sandbox;

class TestSandboxFaults : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void parseSpecs_data();
    void parseSpecs();
    void injectorRules();
    void requestLogIsBounded();
    void statusFaults_data();
    void statusFaults();
    void tooManyRequests();
    void delay();
    void delayedReplyAfterClientLeft();
    void reset();
    void stall();
    void malformedJson();
    void truncatedBody();
    void everyRoute();
    void tokenAndDownloadFaults();
    void latency();
    void rateLimit();
    void threadedServer();

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
};

void TestSandboxFaults::initTestCase() {
    SandboxConfig config;
    config.bills = 40;
    config.accounts = 5;
    config.rateLimitPerSecond = 0;
    config.jobSeconds = 0;
    m_server = std::make_unique<SandboxServer>(config);
    QVERIFY(m_server->start());
    m_client = std::make_unique<SandboxTestClient>(m_server->baseUrl(), m_server->config().orgId);
    QVERIFY(!m_client->fetchToken().isEmpty());
}

void TestSandboxFaults::init() {
    m_server->faults().clear();
}

void TestSandboxFaults::parseSpecs_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("503:2") << QStringLiteral("503:2") << true << QStringLiteral("503:2");
    QTest::newRow("500") << QStringLiteral("500") << true << QStringLiteral("500:1");
    QTest::newRow("429@3") << QStringLiteral("429@3") << true << QStringLiteral("429@3:1");
    QTest::newRow("429 always") << QStringLiteral("429:-1") << true << QStringLiteral("429:-1");
    QTest::newRow("delay star") << QStringLiteral("delay@1500:*") << true
                                << QStringLiteral("delay@1500:-1");
    QTest::newRow("reset") << QStringLiteral("reset:3") << true << QStringLiteral("reset:3");
    QTest::newRow("stall") << QStringLiteral("stall") << true << QStringLiteral("stall:1");
    QTest::newRow("malformed") << QStringLiteral("malformed") << true
                               << QStringLiteral("malformed:1");
    QTest::newRow("truncated") << QStringLiteral("truncated:2") << true
                               << QStringLiteral("truncated:2");
    QTest::newRow("200") << QStringLiteral("200") << false << QString();
    QTest::newRow("999") << QStringLiteral("999") << false << QString();
    QTest::newRow("delay without ms") << QStringLiteral("delay") << false << QString();
    QTest::newRow("503@2") << QStringLiteral("503@2") << false << QString();
    QTest::newRow("count 0") << QStringLiteral("500:0") << false << QString();
    QTest::newRow("words") << QStringLiteral("explode") << false << QString();
}

void TestSandboxFaults::parseSpecs() {
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, canonical);
    QString error;
    const std::optional<FaultSpec> spec = FaultSpec::parse(text, &error);
    QCOMPARE(spec.has_value(), valid);
    if (valid)
        QCOMPARE(spec->toString(), canonical);
    else
        QVERIFY(!error.isEmpty());
}

void TestSandboxFaults::injectorRules() {
    FaultInjector injector;
    QString error;
    QVERIFY(injector.addFromString(QStringLiteral("bills.list=503:2"), &error));
    QVERIFY(injector.addFromString(QStringLiteral("bills.list=reset"), &error));
    QVERIFY(injector.addFromString(QStringLiteral("*=500"), &error));
    QVERIFY(!injector.addFromString(QStringLiteral("bills.lst=503"), &error));
    QVERIFY(error.contains(QLatin1String("bills.list")));
    QVERIFY(!injector.addFromString(QStringLiteral("bills.list"), &error));
    QCOMPARE(injector.pendingCount(QStringLiteral("bills.list")), 3);
    QCOMPARE(injector.take(QStringLiteral("bills.list"))->status, 503);
    QCOMPARE(injector.take(QStringLiteral("bills.list"))->status, 503);
    QCOMPARE(injector.take(QStringLiteral("bills.list"))->kind, FaultSpec::Kind::Reset);
    QCOMPARE(injector.take(QStringLiteral("bills.list"))->status, 500); // the "*" rule
    QVERIFY(!injector.take(QStringLiteral("bills.list")));
    injector.add(QStringLiteral("token"), FaultSpec::stall(-1));
    QCOMPARE(injector.pendingCount(QStringLiteral("token")), -1);
    for (int i = 0; i < 5; ++i)
        QVERIFY(injector.take(QStringLiteral("token")));
    injector.clear(QStringLiteral("token"));
    QVERIFY(!injector.take(QStringLiteral("token")));
}

void TestSandboxFaults::requestLogIsBounded() {
    RequestLog log;
    log.setCapacity(10);
    for (int i = 0; i < 25; ++i) {
        RequestLogEntry e;
        e.status = i;
        log.append(e);
    }
    QCOMPARE(log.total(), 25);
    QVERIFY(log.count() <= 10 && log.count() >= 5);
    QCOMPARE(log.entries().last().status, 24); // the newest are kept
    log.clear();
    QCOMPARE(log.total(), 0);
}

void TestSandboxFaults::statusFaults_data() {
    QTest::addColumn<int>("status");
    QTest::newRow("500") << 500;
    QTest::newRow("502") << 502;
    QTest::newRow("503") << 503;
    QTest::newRow("504") << 504;
    QTest::newRow("409") << 409;
}

void TestSandboxFaults::statusFaults() {
    QFETCH(int, status);
    m_server->faults().add(QStringLiteral("bills.list"), FaultSpec::httpStatus(status, 2));
    for (int i = 0; i < 2; ++i) {
        const HttpResult r = m_client->get(QStringLiteral("/bills"));
        QCOMPARE(r.status, status);
        QVERIFY(r.header("Content-Type").startsWith("application/json"));
        QVERIFY(!r.message().isEmpty());
        QVERIFY(r.header("Retry-After").isEmpty());
    }
    QCOMPARE(m_client->get(QStringLiteral("/bills")).status, 200);
    const QList<RequestLogEntry> log = m_server->requestLog().entries();
    QCOMPARE(log.at(log.size() - 2).fault, QString::number(status));
    QCOMPARE(log.at(log.size() - 2).status, status);
    QVERIFY(log.last().fault.isEmpty());
}

void TestSandboxFaults::tooManyRequests() {
    m_server->faults().add(QStringLiteral("accounts.list"), FaultSpec::tooManyRequests(3));
    m_server->faults().add(QStringLiteral("accounts.list"), FaultSpec::tooManyRequests());
    HttpResult r = m_client->get(QStringLiteral("/accounts"));
    QCOMPARE(r.status, 429);
    QCOMPARE(r.header("Retry-After"), QByteArray("3"));
    QVERIFY(!r.message().isEmpty());
    r = m_client->get(QStringLiteral("/accounts"));
    QCOMPARE(r.status, 429);
    QVERIFY(r.header("Retry-After").isEmpty());
    QCOMPARE(m_client->get(QStringLiteral("/accounts")).status, 200);
}

void TestSandboxFaults::delay() {
    m_server->faults().add(QStringLiteral("bills.get"), FaultSpec::delay(300));
    const QString bill = m_server->store().billId(0);
    HttpResult r = m_client->get(QStringLiteral("/bills/") + bill);
    QCOMPARE(r.status, 200);
    QVERIFY2(r.elapsedMs >= 290, qPrintable(QString::number(r.elapsedMs)));
    QVERIFY(r.object().value(QStringLiteral("id")).toString() == bill);
    r = m_client->get(QStringLiteral("/bills/") + bill);
    QCOMPARE(r.status, 200);
    // The delay served one request: the next one went without a fault.
    QVERIFY(m_server->requestLog().entries().last().fault.isEmpty());
}

void TestSandboxFaults::delayedReplyAfterClientLeft() {
    m_server->faults().add(QStringLiteral("bills.get"), FaultSpec::delay(400, 3));
    const QString bill = m_server->store().billId(1);
    for (int i = 0; i < 3; ++i) {
        const HttpResult r =
            m_client->send("GET", m_client->orgUrl(QStringLiteral("/bills/") + bill), {},
                           {{"Authorization", "Bearer " + m_client->token.toLatin1()}}, 100);
        QCOMPARE(r.status, 0); // the client gave up first
    }
    // A fixed wait, as nothing can be observed: the last delayed reply fires against a closed
    // socket 400 ms after its request, which left at most ~100 ms before the loop ended.
    QTest::qWait(450);
    QCOMPARE(m_client->get(QStringLiteral("/bills/") + bill).status, 200);
}

void TestSandboxFaults::reset() {
    // -1: Qt resends a request silently when a reused connection drops before any reply byte,
    // so only a persistent reset is guaranteed to reach the client as an error.
    m_server->faults().add(QStringLiteral("accounts.get"), FaultSpec::reset(-1));
    const QString account = m_server->store().accounts().at(0).id.toString(QUuid::WithoutBraces);
    const int before = m_server->requestLog().count(QStringLiteral("accounts.get"));
    const HttpResult r = m_client->get(QStringLiteral("/accounts/") + account);
    QCOMPARE(r.status, 0);
    QVERIFY(r.error != QNetworkReply::NoError);
    QVERIFY(m_server->requestLog().count(QStringLiteral("accounts.get")) > before);
    QCOMPARE(m_server->requestLog().entries().last().status, 0);
    m_server->faults().clear();
    QCOMPARE(m_client->get(QStringLiteral("/accounts/") + account).status, 200);
}

void TestSandboxFaults::stall() {
    m_server->faults().add(QStringLiteral("statementjobs.list"), FaultSpec::stall());
    const HttpResult r =
        m_client->send("GET", m_client->orgUrl(QStringLiteral("/statementjobs")), {},
                       {{"Authorization", "Bearer " + m_client->token.toLatin1()}}, 300);
    QCOMPARE(r.status, 0);
    QVERIFY(r.error == QNetworkReply::OperationCanceledError ||
            r.error == QNetworkReply::TimeoutError);
    QVERIFY2(r.elapsedMs >= 250,
             qPrintable(QStringLiteral("%1 ms, error %2").arg(r.elapsedMs).arg(int(r.error))));
    QCOMPARE(m_client->get(QStringLiteral("/statementjobs")).status, 200);
}

void TestSandboxFaults::malformedJson() {
    m_server->faults().add(QStringLiteral("bills.list"), FaultSpec::malformedJson());
    const HttpResult r = m_client->get(QStringLiteral("/bills"));
    QCOMPARE(r.status, 200);
    QVERIFY(r.header("Content-Type").startsWith("application/json"));
    QVERIFY(!r.body.isEmpty());
    QVERIFY(!r.isJson());
    QVERIFY(m_client->get(QStringLiteral("/bills")).isJson());
}

void TestSandboxFaults::truncatedBody() {
    m_server->faults().add(QStringLiteral("bills.list"), FaultSpec::truncatedBody());
    const HttpResult r =
        m_client->get(QStringLiteral("/bills"), QUrlQuery(QStringLiteral("pageSize=20")));
    QVERIFY(r.error != QNetworkReply::NoError);
    QVERIFY(!r.isJson());
    const qint64 declared = r.header("Content-Length").toLongLong();
    QVERIFY(declared > 0);
    QVERIFY(r.body.size() < declared);
    QCOMPARE(m_client->get(QStringLiteral("/bills")).status, 200);
}

void TestSandboxFaults::everyRoute() {
    m_server->faults().add(QStringLiteral("*"), FaultSpec::httpStatus(502, -1));
    const QString bill = m_server->store().billId(2);
    QCOMPARE(m_client->get(QStringLiteral("/bills")).status, 502);
    QCOMPARE(m_client->get(QStringLiteral("/bills/") + bill).status, 502);
    QCOMPARE(m_client->get(QStringLiteral("/bills/%1/lineitems").arg(bill)).status, 502);
    QCOMPARE(m_client->get(QStringLiteral("/accounts")).status, 502);
    QCOMPARE(m_client->post(QStringLiteral("/statementjobs/batch"), "{}").status, 502);
    // Specific rules win over "*".
    m_server->faults().add(QStringLiteral("accounts.list"), FaultSpec::httpStatus(503));
    QCOMPARE(m_client->get(QStringLiteral("/accounts")).status, 503);
    m_server->faults().clear();
    QCOMPARE(m_client->get(QStringLiteral("/accounts")).status, 200);
}

void TestSandboxFaults::tokenAndDownloadFaults() {
    m_server->faults().add(QStringLiteral("token"), FaultSpec::httpStatus(503));
    SandboxTestClient other(m_server->baseUrl(), m_server->config().orgId);
    QVERIFY(other.fetchToken().isEmpty());
    QVERIFY(!other.fetchToken().isEmpty());

    const QString bill = m_server->store().billId(3);
    const QUrl url(m_client->post(QStringLiteral("/bills/%1/statement/csv").arg(bill))
                       .object()
                       .value(QStringLiteral("downloadUrl"))
                       .toString());
    m_server->faults().add(QStringLiteral("download"), FaultSpec::httpStatus(500));
    m_server->faults().add(QStringLiteral("download"), FaultSpec::truncatedBody());
    QCOMPARE(m_client->send("GET", url).status, 500);
    QVERIFY(m_client->send("GET", url).error != QNetworkReply::NoError);
    const HttpResult ok = m_client->send("GET", url);
    QCOMPARE(ok.status, 200);
    QVERIFY(ok.body.startsWith("billId,"));
}

void TestSandboxFaults::latency() {
    SandboxConfig config;
    config.bills = 5;
    config.accounts = 2;
    config.latencyMs = 150;
    config.jobSeconds = 0;
    SandboxServer server(config);
    QVERIFY(server.start());
    SandboxTestClient client(server.baseUrl(), server.config().orgId);
    QElapsedTimer timer;
    timer.start();
    client.fetchToken();
    QVERIFY(timer.elapsed() >= 140);
    HttpResult r = client.get(QStringLiteral("/bills"));
    QCOMPARE(r.status, 200);
    QVERIFY(r.elapsedMs >= 140);
    r = client.get(QStringLiteral("/bills/00000000-0000-4000-8000-000000000000"));
    QCOMPARE(r.status, 404);
    QVERIFY(r.elapsedMs >= 140);
    const QUrl url(
        client.post(QStringLiteral("/bills/%1/statement/csv").arg(server.store().billId(0)))
            .object()
            .value(QStringLiteral("downloadUrl"))
            .toString());
    r = client.send("GET", url);
    QCOMPARE(r.status, 200);
    QVERIFY(r.elapsedMs >= 140);
}

void TestSandboxFaults::rateLimit() {
    SandboxConfig config;
    config.bills = 5;
    config.accounts = 2;
    config.rateLimitPerSecond = 5;
    config.jobSeconds = 0;
    SandboxServer server(config);
    QVERIFY(server.start());
    SandboxTestClient client(server.baseUrl(), server.config().orgId);

    // The token endpoint does not count.
    for (int i = 0; i < 12; ++i)
        QVERIFY(!client.fetchToken().isEmpty());

    int ok = 0;
    int limited = 0;
    HttpResult last429;
    for (int i = 0; i < 20; ++i) {
        const HttpResult r = client.get(QStringLiteral("/accounts"));
        if (r.status == 200) {
            ++ok;
        } else {
            QCOMPARE(r.status, 429);
            ++limited;
            last429 = r;
        }
    }
    QVERIFY2(ok >= 5 && limited >= 5,
             qPrintable(QStringLiteral("%1 ok, %2 limited").arg(ok).arg(limited)));
    QCOMPARE(last429.header("Retry-After"), QByteArray("1"));
    QVERIFY(last429.header("Content-Type").startsWith("application/json"));
    QVERIFY(!last429.message().isEmpty());

    // Downloads do not count either: the download origin answers while the API is throttled.
    server.store().bill(0).csvStatementGenerated = true;
    QThread::msleep(1100);
    const QUrl url(
        client.get(QStringLiteral("/bills/%1/statement/csv").arg(server.store().billId(0)))
            .object()
            .value(QStringLiteral("downloadUrl"))
            .toString());
    QVERIFY(url.isValid() && !url.isEmpty());
    while (client.get(QStringLiteral("/accounts")).status == 200) {
    }
    for (int i = 0; i < 10; ++i)
        QCOMPARE(client.send("GET", url).status, 200);

    // After a second the bucket has refilled.
    QThread::msleep(1100);
    QCOMPARE(client.get(QStringLiteral("/accounts")).status, 200);
}

void TestSandboxFaults::threadedServer() {
    SandboxConfig config;
    config.bills = 300;
    config.accounts = 10;
    config.jobSeconds = 0;
    SandboxThread thread(config);
    QVERIFY(thread.start());
    QVERIFY(!thread.config().orgId.isEmpty());
    QVERIFY(thread.config().port != 0);
    QCOMPARE(thread.baseUrl().port(), int(thread.config().port));
    QCOMPARE(thread.downloadBaseUrl().port(), int(thread.config().downloadPort));

    SandboxTestClient client(thread.baseUrl(), thread.config().orgId);
    QVERIFY(!client.fetchToken().isEmpty());
    const HttpResult page =
        client.get(QStringLiteral("/bills"), QUrlQuery(QStringLiteral("pageSize=100")));
    QCOMPARE(page.status, 200);
    QCOMPARE(page.object().value(QStringLiteral("data")).toArray().size(), 100);

    thread.faults().add(QStringLiteral("bills.list"), FaultSpec::httpStatus(503));
    QCOMPARE(client.get(QStringLiteral("/bills")).status, 503);
    QCOMPARE(client.get(QStringLiteral("/bills")).status, 200);
    QCOMPARE(thread.requestLog().count(QStringLiteral("bills.list")), 3);
    QCOMPARE(thread.requestLog().count(QStringLiteral("token")), 1);

    // A statement round trip through both origins of the threaded server.
    const QString bill = page.object()
                             .value(QStringLiteral("data"))
                             .toArray()
                             .at(0)
                             .toObject()
                             .value(QStringLiteral("id"))
                             .toString();
    const QJsonObject job = client
                                .postJson(QStringLiteral("/statementjobs"),
                                          QJsonObject{{QStringLiteral("billId"), bill}})
                                .object();
    const HttpResult file =
        client.send("GET", QUrl(job.value(QStringLiteral("presignedJsonStatementUrl")).toString()));
    QCOMPARE(file.status, 200);
    QCOMPARE(file.object().value(QStringLiteral("billId")).toString(), bill);
}

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandbox_faults.moc"
