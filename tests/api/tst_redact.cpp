#include "api/Redact.h"

#include <QTest>

using namespace m3ter;

class TestRedact : public QObject {
    Q_OBJECT

private slots:
    void authorizationHeaderKeepsScheme_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("bearer") << QStringLiteral("Authorization: Bearer eyJhbGciOi.abc.def")
                                << QStringLiteral("Authorization: Bearer <redacted>");
        QTest::newRow("basic") << QStringLiteral("authorization: Basic a2V5OnNlY3JldA==")
                               << QStringLiteral("authorization: Basic <redacted>");
        QTest::newRow("no scheme") << QStringLiteral("Authorization: abc123")
                                   << QStringLiteral("Authorization: <redacted>");
        QTest::newRow("in a sentence")
            << QStringLiteral("sent headers Authorization=Bearer xyz, Accept=json")
            << QStringLiteral("sent headers Authorization=Bearer <redacted>, Accept=json");
    }
    void authorizationHeaderKeepsScheme() {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(redact(input), expected);
    }

    void bareBearerCredential() {
        const QString out = redact(QStringLiteral("using Bearer tok.en-value_1 for the call"));
        QVERIFY(!out.contains(QStringLiteral("tok.en-value_1")));
        QCOMPARE(out, QStringLiteral("using Bearer <redacted> for the call"));
    }

    void jsonSecrets() {
        const QString in = QStringLiteral("{\"access_token\":\"abc.def\",\"expires_in\":18000,"
                                          "\"client_secret\" : \"p\\\"w\",\"name\":\"x\"}");
        const QString out = redact(in);
        QVERIFY2(!out.contains(QStringLiteral("abc.def")), qPrintable(out));
        QVERIFY2(!out.contains(QStringLiteral("p\\\"w")), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral(R"("access_token":"<redacted>")")));
        QVERIFY(out.contains(QStringLiteral(R"("expires_in":18000)")));
        QVERIFY(out.contains(QStringLiteral(R"("name":"x")")));
    }

    void presignedUrlSignature() {
        const QString in = QStringLiteral(
            "https://files.example/x.json?expires=1700000000&sig=deadbeef&X-Amz-Signature=cafe");
        const QString out = redact(in);
        QVERIFY(!out.contains(QStringLiteral("deadbeef")));
        QVERIFY(!out.contains(QStringLiteral("cafe")));
        QVERIFY(out.contains(QStringLiteral("expires=1700000000")));
        QVERIFY(out.contains(QStringLiteral("sig=<redacted>")));
    }

    void knownSecretsAnywhere() {
        const QString out =
            redact(QStringLiteral("secret is hunter22 (hunter22)"), {QStringLiteral("hunter22")});
        QCOMPARE(out, QStringLiteral("secret is <redacted> (<redacted>)"));
        // Too short to be meaningful: left alone rather than shredding the text.
        QCOMPARE(redact(QStringLiteral("a b c"), {QStringLiteral("a")}), QStringLiteral("a b c"));
    }

    void innocentTextUnchanged() {
        const QString in = QStringLiteral("GET /organizations/o/bills?pageSize=100&nextToken=n1");
        QCOMPARE(redact(in), in);
    }

    void headerValues() {
        QCOMPARE(redactHeaderValue("Authorization", "Bearer abc"), QByteArray("Bearer <redacted>"));
        QCOMPARE(redactHeaderValue("authorization", "abc"), QByteArray("<redacted>"));
        QCOMPARE(redactHeaderValue("Cookie", "a=b"), QByteArray("<redacted>"));
        QCOMPARE(redactHeaderValue("Accept", "application/json"), QByteArray("application/json"));
    }
};

QTEST_GUILESS_MAIN(TestRedact)
#include "tst_redact.moc"
