// Auth contract (docs/m3ter-api.md, "Hosts and authentication"): the token endpoint and the 403
// rules of every /organizations route.

#include "SandboxTestClient.h"
#include "sandbox/AccessTokenStore.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxStore.h"

#include <QTest>
#include <QThread>

using namespace m3ter::sandbox;

class TestSandboxAuth : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void tokenJson();
    void tokenForm();
    void tokenBadCredentials_data();
    void tokenBadCredentials();
    void tokenWrongGrant_data();
    void tokenWrongGrant();
    void tokenOnlyPost();
    void bearerRequired_data();
    void bearerRequired();
    void expiredTokenIsForbidden();
    void expireAllHelper();
    void wrongOrganization();
    void extraHeadersIgnored();
    void unknownPathIs404();

private:
    QUrl tokenUrl() const;

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
};

void TestSandboxAuth::initTestCase() {
    SandboxConfig config;
    config.bills = 50;
    config.accounts = 10;
    config.rateLimitPerSecond = 0;
    m_server = std::make_unique<SandboxServer>(config);
    QVERIFY(m_server->start());
    m_client = std::make_unique<SandboxTestClient>(m_server->baseUrl(), m_server->config().orgId);
}

QUrl TestSandboxAuth::tokenUrl() const {
    QUrl url = m_server->baseUrl();
    url.setPath(QStringLiteral("/oauth/token"));
    return url;
}

void TestSandboxAuth::tokenJson() {
    const HttpResult r = m_client->send(
        "POST", tokenUrl(), R"({"grant_type":"client_credentials"})",
        {{"Authorization", SandboxTestClient::basic(QStringLiteral("sandbox-client"),
                                                    QStringLiteral("sandbox-secret"))}});
    QCOMPARE(r.status, 200);
    QVERIFY(r.header("Content-Type").startsWith("application/json"));
    const QJsonObject o = r.object();
    QVERIFY(!o.value(QStringLiteral("access_token")).toString().isEmpty());
    QCOMPARE(o.value(QStringLiteral("expires_in")).toInt(), 18000);
    QCOMPARE(o.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
    QVERIFY(o.contains(QStringLiteral("scope")));
    QVERIFY(o.value(QStringLiteral("scope")).isNull());

    // Tokens are opaque and random: two requests give two different tokens, both valid.
    const QString first = m_client->fetchToken();
    QVERIFY(!first.isEmpty());
    QCOMPARE(m_client->get(QStringLiteral("/bills")).status, 200);
    const QString second = m_client->fetchToken();
    QVERIFY(first != second);
    QCOMPARE(m_client->get(QStringLiteral("/bills")).status, 200);
}

void TestSandboxAuth::tokenForm() {
    const HttpResult r = m_client->send(
        "POST", tokenUrl(), "grant_type=client_credentials",
        {{"Authorization", SandboxTestClient::basic(QStringLiteral("sandbox-client"),
                                                    QStringLiteral("sandbox-secret"))},
         {"Content-Type", "application/x-www-form-urlencoded"}});
    QCOMPARE(r.status, 200);
    QVERIFY(!r.object().value(QStringLiteral("access_token")).toString().isEmpty());
}

void TestSandboxAuth::tokenBadCredentials_data() {
    QTest::addColumn<QByteArray>("authorization");
    QTest::newRow("wrong secret") << SandboxTestClient::basic(QStringLiteral("sandbox-client"),
                                                              QStringLiteral("nope"));
    QTest::newRow("wrong id") << SandboxTestClient::basic(QStringLiteral("someone"),
                                                          QStringLiteral("sandbox-secret"));
    QTest::newRow("missing") << QByteArray();
    QTest::newRow("bearer instead of basic") << QByteArray("Bearer abc");
    QTest::newRow("garbage base64") << QByteArray("Basic !!!");
}

void TestSandboxAuth::tokenBadCredentials() {
    QFETCH(QByteArray, authorization);
    SandboxTestClient::Headers headers;
    if (!authorization.isEmpty())
        headers.append({"Authorization", authorization});
    const HttpResult r =
        m_client->send("POST", tokenUrl(), R"({"grant_type":"client_credentials"})", headers);
    QCOMPARE(r.status, 401);
    QVERIFY(r.header("Content-Type").startsWith("application/json"));
    QVERIFY(!r.message().isEmpty());
}

void TestSandboxAuth::tokenWrongGrant_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::newRow("json password")
        << QByteArray(R"({"grant_type":"password"})") << QByteArray("application/json");
    QTest::newRow("json missing") << QByteArray(R"({"scope":"x"})")
                                  << QByteArray("application/json");
    QTest::newRow("form wrong") << QByteArray("grant_type=authorization_code")
                                << QByteArray("application/x-www-form-urlencoded");
    QTest::newRow("empty form") << QByteArray("x=1")
                                << QByteArray("application/x-www-form-urlencoded");
}

void TestSandboxAuth::tokenWrongGrant() {
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    const HttpResult r = m_client->send(
        "POST", tokenUrl(), body,
        {{"Authorization", SandboxTestClient::basic(QStringLiteral("sandbox-client"),
                                                    QStringLiteral("sandbox-secret"))},
         {"Content-Type", contentType}});
    QCOMPARE(r.status, 400);
    QVERIFY(!r.message().isEmpty());
}

void TestSandboxAuth::tokenOnlyPost() {
    const HttpResult r = m_client->send("GET", tokenUrl());
    QCOMPARE(r.status, 405);
    QVERIFY(!r.message().isEmpty());
}

void TestSandboxAuth::bearerRequired_data() {
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<QString>("path");
    const QStringList paths{QStringLiteral("/bills"), QStringLiteral("/accounts"),
                            QStringLiteral("/statementjobs")};
    for (const QString &path : paths) {
        QTest::addRow("none %s", qPrintable(path)) << QByteArray() << path;
        QTest::addRow("unknown %s", qPrintable(path)) << QByteArray("Bearer not-a-token") << path;
        QTest::addRow("basic %s", qPrintable(path))
            << SandboxTestClient::basic(QStringLiteral("sandbox-client"),
                                        QStringLiteral("sandbox-secret"))
            << path;
    }
}

void TestSandboxAuth::bearerRequired() {
    QFETCH(QByteArray, authorization);
    QFETCH(QString, path);
    SandboxTestClient::Headers headers;
    if (!authorization.isEmpty())
        headers.append({"Authorization", authorization});
    const HttpResult r = m_client->send("GET", m_client->orgUrl(path), {}, headers);
    QCOMPARE(r.status, 403);
    QVERIFY(r.header("Content-Type").startsWith("application/json"));
    QVERIFY(!r.message().isEmpty());
}

void TestSandboxAuth::expiredTokenIsForbidden() {
    SandboxConfig config;
    config.bills = 10;
    config.accounts = 3;
    config.tokenLifetimeSeconds = 1;
    SandboxServer server(config);
    QVERIFY(server.start());
    SandboxTestClient client(server.baseUrl(), server.config().orgId);
    client.fetchToken();
    QCOMPARE(client.get(QStringLiteral("/bills")).status, 200);
    QThread::msleep(1100);
    const HttpResult r = client.get(QStringLiteral("/bills"));
    QCOMPARE(r.status, 403);
    QVERIFY(r.message().contains(QLatin1String("expired")));
    // A new token works again, as the client's refresh-and-replay would do.
    client.fetchToken();
    QCOMPARE(client.get(QStringLiteral("/bills")).status, 200);
}

void TestSandboxAuth::expireAllHelper() {
    m_client->fetchToken();
    QCOMPARE(m_client->get(QStringLiteral("/bills")).status, 200);
    m_server->tokens().expireAll();
    QCOMPARE(m_client->get(QStringLiteral("/bills")).status, 403);
}

void TestSandboxAuth::wrongOrganization() {
    m_client->fetchToken();
    SandboxTestClient other(m_server->baseUrl(),
                            QStringLiteral("00000000-0000-4000-8000-000000000000"));
    other.token = m_client->token;
    const HttpResult r = other.get(QStringLiteral("/bills"));
    QCOMPARE(r.status, 403);
    QVERIFY(r.message().contains(QLatin1String("organization")));
    // The org id comparison is case-insensitive, as UUIDs are.
    SandboxTestClient upper(m_server->baseUrl(), m_server->config().orgId.toUpper());
    upper.token = m_client->token;
    QCOMPARE(upper.get(QStringLiteral("/accounts")).status, 200);
}

void TestSandboxAuth::extraHeadersIgnored() {
    m_client->fetchToken();
    const HttpResult r = m_client->send("GET", m_client->orgUrl(QStringLiteral("/bills")), {},
                                        {{"Authorization", "Bearer " + m_client->token.toLatin1()},
                                         {"User-Agent", "M3ter/Python 0.9.0"},
                                         {"X-Stainless-Lang", "python"},
                                         {"X-Stainless-Package-Version", "0.9.0"},
                                         {"X-Stainless-Retry-Count", "0"},
                                         {"Accept", "application/json"}});
    QCOMPARE(r.status, 200);
    const RequestLogEntry last = m_server->requestLog().entries().last();
    QCOMPARE(last.userAgent, QByteArray("M3ter/Python 0.9.0"));
    QCOMPARE(last.retryCount, QByteArray("0"));
    QCOMPARE(last.route, QStringLiteral("bills.list"));
    QVERIFY(last.hasAuthorization);
}

void TestSandboxAuth::unknownPathIs404() {
    m_client->fetchToken();
    const HttpResult r = m_client->get(QStringLiteral("/nothing-here"));
    QCOMPARE(r.status, 404);
    QVERIFY(!r.message().isEmpty());
    // Statement files are served only by the download origin.
    QUrl url = m_server->baseUrl();
    url.setPath(QStringLiteral("/_files/a/b/statement.json"));
    QCOMPARE(m_client->send("GET", url).status, 404);
}

QTEST_GUILESS_MAIN(TestSandboxAuth)
#include "tst_sandbox_auth.moc"
