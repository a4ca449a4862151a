#include "api/ApiError.h"

#include <QTest>

using namespace m3ter;

class TestApiError : public QObject {
    Q_OBJECT

private slots:
    void jsonMessageIsExtracted() {
        QCOMPARE(ApiError::extractServerMessage(R"({"message":"Bill not found","code":7})"),
                 QStringLiteral("Bill not found"));
    }

    void rawBodyWhenNoJsonMessage_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("text") << QByteArray("upstream broke\n") << QStringLiteral("upstream broke");
        QTest::newRow("json without message")
            << QByteArray(R"({"error":"x"})") << QStringLiteral(R"({"error":"x"})");
        QTest::newRow("message not a string")
            << QByteArray(R"({"message":42})") << QStringLiteral(R"({"message":42})");
        QTest::newRow("empty") << QByteArray() << QString();
    }
    void rawBodyWhenNoJsonMessage() {
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        QCOMPARE(ApiError::extractServerMessage(body), expected);
    }

    void longBodiesAreTruncated() {
        const QString message = ApiError::extractServerMessage(QByteArray(5000, 'x'));
        QVERIFY(message.size() <= 300);
        QVERIFY(message.endsWith(QChar(0x2026)));
    }

    void serverMessageIsRedacted() {
        const QString message =
            ApiError::extractServerMessage(R"({"message":"bad Authorization: Bearer abc.def"})");
        QVERIFY(!message.contains(QStringLiteral("abc.def")));
    }

    void httpKinds() {
        QCOMPARE(ApiError::http(401, {}).kind, ApiError::Kind::Auth);
        QCOMPARE(ApiError::http(403, {}).kind, ApiError::Kind::Auth);
        QCOMPARE(ApiError::http(404, {}).kind, ApiError::Kind::Http);
        QCOMPARE(ApiError::http(503, {}).httpStatus, 503);
        QVERIFY(!ApiError().isError());
    }

    void specificUserTexts_data() {
        QTest::addColumn<ApiError>("error");
        QTest::addColumn<QString>("mustContain");
        auto network = [](QNetworkReply::NetworkError code) {
            ApiError e;
            e.kind = ApiError::Kind::Network;
            e.networkError = code;
            return e;
        };
        QTest::newRow("host not found")
            << network(QNetworkReply::HostNotFoundError) << QStringLiteral("could not be found");
        QTest::newRow("refused") << network(QNetworkReply::ConnectionRefusedError)
                                 << QStringLiteral("refused");
        QTest::newRow("redirect") << network(QNetworkReply::InsecureRedirectError)
                                  << QStringLiteral("redirected");
        ApiError tls;
        tls.kind = ApiError::Kind::Tls;
        QTest::newRow("tls") << tls << QStringLiteral("TLS");
        ApiError timeout;
        timeout.kind = ApiError::Kind::Timeout;
        QTest::newRow("timeout") << timeout << QStringLiteral("in time");
        QTest::newRow("401") << ApiError::http(401, {}) << QStringLiteral("API secret");
        QTest::newRow("403") << ApiError::http(403, {}) << QStringLiteral("organization ID");
        QTest::newRow("404") << ApiError::http(404, {}) << QStringLiteral("not found");
        QTest::newRow("429") << ApiError::http(429, {}) << QStringLiteral("Too many requests");
        QTest::newRow("503") << ApiError::http(503, {}) << QStringLiteral("HTTP 503");
        QTest::newRow("parse") << ApiError::parse(QStringLiteral("data[2].billDate"))
                               << QStringLiteral("data[2].billDate");
        QTest::newRow("config") << ApiError::config(QStringLiteral("Use https."))
                                << QStringLiteral("Use https.");
        QTest::newRow("cancelled") << ApiError::cancelled() << QStringLiteral("cancelled");
        QTest::newRow("server message appended")
            << ApiError::http(400, R"({"message":"pageSize must be 1-100"})")
            << QStringLiteral("pageSize must be 1-100");
    }
    void specificUserTexts() {
        QFETCH(ApiError, error);
        QFETCH(QString, mustContain);
        QVERIFY2(error.userText().contains(mustContain), qPrintable(error.userText()));
    }

    void logStringNamesTheKind() {
        const QString log = ApiError::http(503, R"({"message":"down"})").toLogString();
        QVERIFY2(log.startsWith(QStringLiteral("Http http=503")), qPrintable(log));
        QVERIFY(log.contains(QStringLiteral("down")));
    }
};

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
