// TokenResponse: the token endpoint's body, without a network (TokenProvider's tests cover the
// exchange itself).
#include "api/TokenResponse.h"

#include <QTest>

using namespace m3ter;
using namespace std::chrono;

class TestTokenResponse : public QObject {
    Q_OBJECT

private slots:
    void validBody() {
        TokenResponse r;
        const ApiError e = TokenResponse::parse(
            R"({"access_token":"abc","token_type":"Bearer","expires_in":18000})", &r);
        QVERIFY(!e.isError());
        QCOMPARE(r.accessToken, QStringLiteral("abc"));
        QCOMPARE(r.lifetime, seconds(18000));
    }

    void brokenBodiesNameTheField_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("not json") << QByteArray("<html>") << QStringLiteral("(token response)");
        QTest::newRow("array") << QByteArray("[]") << QStringLiteral("(token response)");
        QTest::newRow("no token") << QByteArray(R"({"expires_in":5})")
                                  << QStringLiteral("access_token");
        QTest::newRow("empty token") << QByteArray(R"({"access_token":"","expires_in":5})")
                                     << QStringLiteral("access_token");
        QTest::newRow("no lifetime")
            << QByteArray(R"({"access_token":"a"})") << QStringLiteral("expires_in");
        QTest::newRow("zero lifetime")
            << QByteArray(R"({"access_token":"a","expires_in":0})") << QStringLiteral("expires_in");
        QTest::newRow("text lifetime") << QByteArray(R"({"access_token":"a","expires_in":"5"})")
                                       << QStringLiteral("expires_in");
        QTest::newRow("mac token")
            << QByteArray(R"({"access_token":"a","expires_in":5,"token_type":"mac"})")
            << QStringLiteral("token_type");
    }
    void brokenBodiesNameTheField() {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        TokenResponse r;
        r.accessToken = QStringLiteral("unchanged");
        const ApiError e = TokenResponse::parse(body, &r);
        QCOMPARE(e.kind, ApiError::Kind::Parse);
        QCOMPARE(e.field, field);
        QCOMPARE(r.accessToken, QStringLiteral("unchanged"));
    }

    // Found by fuzz_token_response: "expires_in": 0.5 passed the "> 0" check and became a
    // lifetime of 0 s, a token expired on arrival. Lifetimes are whole seconds, 1 s at least,
    // and huge ones are capped so that the timers can hold them.
    void lifetimeIsAtLeastOneSecondAndCapped_data() {
        QTest::addColumn<QByteArray>("expiresIn");
        QTest::addColumn<qint64>("seconds");
        QTest::newRow("half a second") << QByteArray("0.5") << qint64(1);
        QTest::newRow("tiny") << QByteArray("1e-300") << qint64(1);
        QTest::newRow("fraction") << QByteArray("2.9") << qint64(2);
        QTest::newRow("huge") << QByteArray("1e300") << qint64(1000000000);
    }
    void lifetimeIsAtLeastOneSecondAndCapped() {
        QFETCH(QByteArray, expiresIn);
        QFETCH(qint64, seconds);
        TokenResponse r;
        QVERIFY(!TokenResponse::parse(R"({"access_token":"a","expires_in":)" + expiresIn + '}', &r)
                     .isError());
        QCOMPARE(r.lifetime.count(), seconds);
    }
};

QTEST_GUILESS_MAIN(TestTokenResponse)
#include "tst_tokenresponse.moc"
