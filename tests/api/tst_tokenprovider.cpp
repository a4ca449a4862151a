#include "ApiTestSupport.h"
#include "api/TokenProvider.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace m3ter;
using namespace m3ter::test;
using namespace std::chrono;

class TestTokenProvider : public QObject {
    Q_OBJECT

private slots:
    void init() {
        m_server = std::make_unique<FakeHttpServer>();
        QVERIFY(m_server->listen());
        m_network = std::make_unique<QNetworkAccessManager>();
        m_tokens = std::make_unique<TokenProvider>(fakeConnection(*m_server), m_network.get());
    }
    void cleanup() {
        m_tokens.reset();
        m_network.reset();
        m_server.reset();
    }

    void requestShape() {
        m_server->setDefault(QStringLiteral("/oauth/token"), tokenResponse(QStringLiteral("abc")));
        QSignalSpy ready(m_tokens.get(), &TokenProvider::tokenReady);
        m_tokens->requestToken();
        QVERIFY(ready.wait());
        QCOMPARE(ready.at(0).at(0).toString(), QStringLiteral("abc"));

        const auto requests = m_server->requests();
        QCOMPARE(requests.size(), 1);
        const RecordedRequest &r = requests.first();
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.path, QStringLiteral("/oauth/token"));
        QCOMPARE(r.header("Authorization"),
                 "Basic " + QByteArray("key-id:s3cret-value").toBase64());
        QCOMPARE(r.header("Accept"), QByteArray("application/json"));
        QVERIFY(r.header("Content-Type").startsWith("application/json"));
        QVERIFY(r.header("User-Agent").startsWith("m3ter-bills/"));
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        QCOMPARE(body.value(QLatin1String("grant_type")).toString(),
                 QStringLiteral("client_credentials"));
        QVERIFY(!r.body.contains("s3cret"));
    }

    void tokenIsCachedAndReused() {
        m_server->setDefault(QStringLiteral("/oauth/token"), tokenResponse(QStringLiteral("abc")));
        QSignalSpy ready(m_tokens.get(), &TokenProvider::tokenReady);
        m_tokens->requestToken();
        QVERIFY(ready.wait());
        QCOMPARE(m_tokens->validToken(), QStringLiteral("abc"));
        m_tokens->requestToken(); // valid: answered from the cache, on the next turn
        QVERIFY(ready.wait());
        QCOMPARE(ready.size(), 2);
        QCOMPARE(m_tokens->fetchCount(), 1);
        QCOMPARE(m_server->count(QStringLiteral("/oauth/token")), 1);
    }

    void refreshMargin() {
        QCOMPARE(TokenProvider::refreshMargin(seconds(18000)), milliseconds(300000));
        QCOMPARE(TokenProvider::refreshMargin(seconds(5)), milliseconds(1000));
        QCOMPARE(TokenProvider::refreshMargin(seconds(600)), milliseconds(120000));
    }

    void refreshesBeforeExpiry() {
        // 1 s lifetime → usable for 0.8 s; once it is no longer handed out, a new one is fetched.
        serveNumberedTokens(*m_server, 1);
        QSignalSpy ready(m_tokens.get(), &TokenProvider::tokenReady);
        m_tokens->requestToken();
        QVERIFY(ready.wait());
        QCOMPARE(m_tokens->validToken(), QStringLiteral("tok-1"));
        QTRY_VERIFY_WITH_TIMEOUT(m_tokens->validToken().isEmpty(), 5000);
        m_tokens->requestToken();
        QVERIFY(ready.wait());
        QCOMPARE(ready.last().at(0).toString(), QStringLiteral("tok-2"));
        QCOMPARE(m_tokens->fetchCount(), 2);
    }

    void singleFlight() {
        FakeResponse slow = tokenResponse(QStringLiteral("abc"));
        slow.after(200);
        m_server->setDefault(QStringLiteral("/oauth/token"), slow);
        QSignalSpy ready(m_tokens.get(), &TokenProvider::tokenReady);
        for (int i = 0; i < 10; ++i)
            m_tokens->requestToken();
        QVERIFY(m_tokens->isFetching());
        QVERIFY(ready.wait());
        QCOMPARE(ready.size(), 1);
        QCOMPARE(m_server->count(QStringLiteral("/oauth/token")), 1);
    }

    void badCredentialsAreAnAuthError() {
        m_server->setDefault(QStringLiteral("/oauth/token"),
                             FakeResponse::message(401, QStringLiteral("Bad credentials")));
        QSignalSpy failed(m_tokens.get(), &TokenProvider::failed);
        m_tokens->requestToken();
        QVERIFY(failed.wait());
        const auto error = failed.at(0).at(0).value<ApiError>();
        QCOMPARE(error.kind, ApiError::Kind::Auth);
        QCOMPARE(error.httpStatus, 401);
        QCOMPARE(error.serverMessage, QStringLiteral("Bad credentials"));
        QVERIFY2(error.userText().contains(QStringLiteral("not accepted")),
                 qPrintable(error.userText()));
        QVERIFY(m_tokens->validToken().isEmpty());
    }

    void malformedResponses_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("not json") << QByteArray("<html>") << QStringLiteral("(token response)");
        QTest::newRow("no token") << QByteArray(R"({"expires_in":10})")
                                  << QStringLiteral("access_token");
        QTest::newRow("token not string") << QByteArray(R"({"access_token":5,"expires_in":10})")
                                          << QStringLiteral("access_token");
        QTest::newRow("no expiry")
            << QByteArray(R"({"access_token":"a"})") << QStringLiteral("expires_in");
        QTest::newRow("expiry as string") << QByteArray(R"({"access_token":"a","expires_in":"10"})")
                                          << QStringLiteral("expires_in");
        QTest::newRow("zero expiry")
            << QByteArray(R"({"access_token":"a","expires_in":0})") << QStringLiteral("expires_in");
        QTest::newRow("mac token")
            << QByteArray(R"({"access_token":"a","expires_in":10,"token_type":"mac"})")
            << QStringLiteral("token_type");
    }
    void malformedResponses() {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        m_server->setDefault(QStringLiteral("/oauth/token"), FakeResponse::json(200, body));
        QSignalSpy failed(m_tokens.get(), &TokenProvider::failed);
        m_tokens->requestToken();
        QVERIFY(failed.wait());
        const auto error = failed.at(0).at(0).value<ApiError>();
        QCOMPARE(error.kind, ApiError::Kind::Parse);
        QCOMPARE(error.field, field);
    }

    void tokenTypeIsCaseInsensitive() {
        m_server->setDefault(
            QStringLiteral("/oauth/token"),
            FakeResponse::json(200,
                               R"({"access_token":"a","expires_in":100,"token_type":"bEaReR"})"));
        QSignalSpy ready(m_tokens.get(), &TokenProvider::tokenReady);
        m_tokens->requestToken();
        QVERIFY(ready.wait());
    }

    void invalidateIfCurrentKeepsANewerToken() {
        serveNumberedTokens(*m_server);
        QSignalSpy ready(m_tokens.get(), &TokenProvider::tokenReady);
        m_tokens->requestToken();
        QVERIFY(ready.wait());
        m_tokens->invalidateIfCurrent(QStringLiteral("tok-0"));
        QCOMPARE(m_tokens->validToken(), QStringLiteral("tok-1"));
        m_tokens->invalidateIfCurrent(QStringLiteral("tok-1"));
        QVERIFY(m_tokens->validToken().isEmpty());
        m_tokens->requestToken();
        QVERIFY(ready.wait());
        QCOMPARE(m_tokens->validToken(), QStringLiteral("tok-2"));
        m_tokens->invalidate();
        QVERIFY(m_tokens->validToken().isEmpty());
    }

    void unusableConnectionFailsWithoutNetwork() {
        ApiConnection c = fakeConnection(*m_server);
        c.baseUrl = QUrl(QStringLiteral("http://api.m3ter.com"));
        TokenProvider tokens(c, m_network.get());
        QSignalSpy failed(&tokens, &TokenProvider::failed);
        tokens.requestToken();
        QVERIFY(failed.wait());
        QCOMPARE(failed.at(0).at(0).value<ApiError>().kind, ApiError::Kind::Config);
        QCOMPARE(tokens.fetchCount(), 0);
    }

private:
    std::unique_ptr<FakeHttpServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<TokenProvider> m_tokens;
};

QTEST_GUILESS_MAIN(TestTokenProvider)
#include "tst_tokenprovider.moc"
