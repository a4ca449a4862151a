#include "api/ApiConnection.h"

#include <QTest>

using namespace m3ter;

namespace {

ApiConnection valid(const QString &base = QStringLiteral("https://api.m3ter.com")) {
    ApiConnection c;
    c.baseUrl = QUrl(base);
    c.orgId = QStringLiteral("org-1");
    c.clientId = QStringLiteral("id");
    c.clientSecret = QStringLiteral("secret");
    return c;
}

} // namespace

class TestApiConnection : public QObject {
    Q_OBJECT

private slots:
    void defaultBaseUrl() {
        QCOMPARE(ApiConnection().baseUrl, QUrl(QStringLiteral("https://api.m3ter.com")));
    }

    void acceptedUrls_data() {
        QTest::addColumn<QString>("base");
        QTest::newRow("https") << QStringLiteral("https://api.m3ter.com");
        QTest::newRow("https with prefix") << QStringLiteral("https://proxy.example/m3ter/");
        QTest::newRow("loopback v4") << QStringLiteral("http://127.0.0.1:8080");
        QTest::newRow("localhost") << QStringLiteral("http://localhost:1234");
        QTest::newRow("loopback v6") << QStringLiteral("http://[::1]:99");
    }
    void acceptedUrls() {
        QFETCH(QString, base);
        const ApiError e = valid(base).validate();
        QVERIFY2(!e.isError(), qPrintable(e.userText()));
    }

    void refusedUrls_data() {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("mustContain");
        QTest::newRow("plain http")
            << QStringLiteral("http://api.m3ter.com") << QStringLiteral("https://");
        QTest::newRow("lan http") << QStringLiteral("http://192.168.1.10")
                                  << QStringLiteral("https://");
        QTest::newRow("ftp") << QStringLiteral("ftp://api.m3ter.com") << QStringLiteral("https://");
        QTest::newRow("garbage") << QStringLiteral("not a url") << QStringLiteral("not a valid");
        QTest::newRow("user info")
            << QStringLiteral("https://u:p@api.m3ter.com") << QStringLiteral("user name");
    }
    void refusedUrls() {
        QFETCH(QString, base);
        QFETCH(QString, mustContain);
        const ApiError e = valid(base).validate();
        QCOMPARE(e.kind, ApiError::Kind::Config);
        QVERIFY2(e.userText().contains(mustContain), qPrintable(e.userText()));
    }

    void missingFields() {
        ApiConnection c = valid();
        c.orgId.clear();
        QVERIFY(c.validate().userText().contains(QStringLiteral("organization")));
        c = valid();
        c.clientId = QStringLiteral("  ");
        QVERIFY(c.validate().userText().contains(QStringLiteral("access key")));
        c = valid();
        c.clientSecret.clear();
        QVERIFY(c.validate().userText().contains(QStringLiteral("secret")));
    }

    void urls() {
        const ApiConnection c = valid(QStringLiteral("https://proxy.example/m3ter/"));
        QCOMPARE(c.tokenUrl().toString(),
                 QStringLiteral("https://proxy.example/m3ter/oauth/token"));
        QCOMPARE(c.apiUrl(QStringLiteral("bills")).toString(),
                 QStringLiteral("https://proxy.example/m3ter/organizations/org-1/bills"));
    }

    void queryIsEncodedStrictly() {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("ids"), QStringLiteral("a,b"));
        q.addQueryItem(QStringLiteral("nextToken"), QStringLiteral("x+y/z= w&v"));
        const QUrl url = valid().apiUrl(QStringLiteral("bills"), q);
        QCOMPARE(url.query(QUrl::FullyEncoded),
                 QStringLiteral("ids=a%2Cb&nextToken=x%2By%2Fz%3D%20w%26v"));
        QCOMPARE(QUrlQuery(url).queryItemValue(QStringLiteral("nextToken"), QUrl::FullyDecoded),
                 QStringLiteral("x+y/z= w&v"));
    }

    void pathSegmentsAreEscaped() {
        const QUrl url = valid().apiUrl(QStringLiteral("bills/") +
                                        ApiConnection::pathSegment(QStringLiteral("a/b?c")));
        QCOMPARE(url.path(QUrl::FullyEncoded),
                 QStringLiteral("/organizations/org-1/bills/a%2Fb%3Fc"));
        QVERIFY(!url.hasQuery());
    }

    void origin() {
        const ApiConnection c = valid();
        QVERIFY(c.isApiOrigin(QUrl(QStringLiteral("https://api.m3ter.com/organizations/x"))));
        QVERIFY(c.isApiOrigin(QUrl(QStringLiteral("https://API.m3ter.com:443/x"))));
        QVERIFY(!c.isApiOrigin(QUrl(QStringLiteral("http://api.m3ter.com/x"))));
        QVERIFY(!c.isApiOrigin(QUrl(QStringLiteral("https://api.m3ter.com:8443/x"))));
        QVERIFY(!c.isApiOrigin(QUrl(QStringLiteral("https://files.m3ter.com/x"))));
    }
};

QTEST_GUILESS_MAIN(TestApiConnection)
#include "tst_apiconnection.moc"
