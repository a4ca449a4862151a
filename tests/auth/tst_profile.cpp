#include "auth/Profile.h"

#include <QSet>
#include <QTest>
#include <QUuid>

using m3ter::Profile;

class TestProfile : public QObject {
    Q_OBJECT

private slots:
    void createGivesUniqueUuidAndDefaults();
    void baseUrl_data();
    void baseUrl();
    void requiredFields();
    void orgIdNotUuidIsOnlyAWarning();
    void clientIdWithColonIsRejected();
    void normalizedTrims();
};

void TestProfile::createGivesUniqueUuidAndDefaults() {
    QSet<QString> ids;
    for (int i = 0; i < 50; ++i) {
        const Profile p = Profile::create(QStringLiteral("Acme"));
        QVERIFY(!QUuid::fromString(p.id).isNull());
        QVERIFY(!p.id.contains(QLatin1Char('{')));
        ids.insert(p.id);
    }
    QCOMPARE(ids.size(), 50);
    const Profile p = Profile::create();
    QCOMPARE(p.baseUrl, QUrl(QStringLiteral("https://api.m3ter.com")));
    QCOMPARE(p.production, false);
}

void TestProfile::baseUrl_data() {
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("ok");
    QTest::newRow("https") << "https://api.m3ter.com" << true;
    QTest::newRow("https with port and path") << "https://proxy.example.com:8443/m3ter" << true;
    QTest::newRow("HTTPS upper case") << "HTTPS://api.m3ter.com" << true;
    QTest::newRow("http loopback v4") << "http://127.0.0.1:8080" << true;
    QTest::newRow("http localhost") << "http://localhost:1234" << true;
    QTest::newRow("http LOCALHOST") << "http://LOCALHOST" << true;
    QTest::newRow("http loopback v6") << "http://[::1]:8080" << true;
    QTest::newRow("http remote") << "http://api.m3ter.com" << false;
    QTest::newRow("http other loopback") << "http://127.0.0.2" << false;
    QTest::newRow("http localhost lookalike") << "http://localhost.evil.example" << false;
    QTest::newRow("ftp") << "ftp://api.m3ter.com" << false;
    QTest::newRow("no scheme") << "api.m3ter.com" << false;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("userinfo") << "https://user:pw@api.m3ter.com" << false;
    QTest::newRow("query") << "https://api.m3ter.com/?x=1" << false;
    QTest::newRow("fragment") << "https://api.m3ter.com/#x" << false;
}

void TestProfile::baseUrl() {
    QFETCH(QString, url);
    QFETCH(bool, ok);
    Profile p = Profile::create(QStringLiteral("Acme"));
    p.orgId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    p.clientId = QStringLiteral("key");
    p.baseUrl = QUrl(url);
    const Profile::Validation v = p.validate();
    QCOMPARE(v.isValid(), ok);
    QCOMPARE(Profile::baseUrlProblem(p.baseUrl).isEmpty(), ok);
    if (!ok)
        QCOMPARE(v.errors.size(), 1);
    else
        QVERIFY(v.warnings.isEmpty());
}

void TestProfile::requiredFields() {
    Profile p;
    p.displayName = QStringLiteral("   ");
    p.orgId = QStringLiteral(" ");
    const Profile::Validation v = p.validate();
    QVERIFY(!v.isValid());
    // Name, organization and client id; the default base URL is fine.
    QCOMPARE(v.errors.size(), 3);
    for (const QString &e : v.errors)
        QVERIFY(!e.isEmpty());
}

void TestProfile::orgIdNotUuidIsOnlyAWarning() {
    Profile p = Profile::create(QStringLiteral("Sandbox"));
    p.clientId = QStringLiteral("key");
    p.orgId = QStringLiteral("demo-org");
    Profile::Validation v = p.validate();
    QVERIFY(v.isValid());
    QCOMPARE(v.warnings.size(), 1);

    p.orgId = QStringLiteral("  8c0e7d1a-3b4f-4f7e-9a39-5f0f2b1c7d11  ");
    v = p.validate();
    QVERIFY(v.isValid());
    QVERIFY(v.warnings.isEmpty());
}

void TestProfile::clientIdWithColonIsRejected() {
    Profile p = Profile::create(QStringLiteral("Acme"));
    p.orgId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    p.clientId = QStringLiteral("key:secret");
    QVERIFY(!p.validate().isValid());
}

void TestProfile::normalizedTrims() {
    Profile p;
    p.id = QStringLiteral(" id ");
    p.displayName = QStringLiteral(" Acme\t");
    p.orgId = QStringLiteral(" org ");
    p.clientId = QStringLiteral("\nkey ");
    const Profile n = p.normalized();
    QCOMPARE(n.id, QStringLiteral("id"));
    QCOMPARE(n.displayName, QStringLiteral("Acme"));
    QCOMPARE(n.orgId, QStringLiteral("org"));
    QCOMPARE(n.clientId, QStringLiteral("key"));
}

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
