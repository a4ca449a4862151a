#include "auth/AppOptions.h"

#include <QLoggingCategory>
#include <QTest>

using m3ter::AppOptions;
using m3ter::Profile;
using m3ter::ResolvedConnection;

namespace {

const QString kOrg = QStringLiteral("8c0e7d1a-3b4f-4f7e-9a39-5f0f2b1c7d11");

AppOptions parse(QStringList args, const QProcessEnvironment &env = QProcessEnvironment()) {
    args.prepend(QStringLiteral("m3ter-bills"));
    return AppOptions::parse(args, env);
}

QProcessEnvironment envWithSecret(const QString &secret) {
    QProcessEnvironment env;
    env.insert(QStringLiteral("M3TER_CLIENT_SECRET"), secret);
    return env;
}

Profile profile(const QString &name, const QString &clientId) {
    Profile p = Profile::create(name);
    p.orgId = kOrg;
    p.clientId = clientId;
    return p;
}

} // namespace

class TestAppOptions : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void noArguments();
    void flags();
    void helpAndVersion_data();
    void helpAndVersion();
    void secretOnCommandLineIsRefused_data();
    void secretOnCommandLineIsRefused();
    void badValues_data();
    void badValues();
    void strayArgumentsAreNotEchoed_data();
    void strayArgumentsAreNotEchoed();
    void typoInAnOptionNameIsNamed();
    void environmentSecret();
    void resolveNothing();
    void resolveDemo();
    void resolveActiveProfile();
    void resolveNamedProfileWithOverrides();
    void resolveUnknownOrAmbiguousProfile();
    void resolveClientIdOverrideDropsKeychainSecret();
    void resolveCommandLineOnly();
    void verboseRulesEnableM3terCategories();
};

void TestAppOptions::initTestCase() {
    QCoreApplication::setApplicationName(QStringLiteral("m3ter-bills"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));
}

void TestAppOptions::noArguments() {
    const AppOptions o = parse({});
    QVERIFY2(o.errors.isEmpty(), qPrintable(o.errors.join(QLatin1Char('\n'))));
    QVERIFY(!o.demo && !o.verbose && !o.selfTest && !o.showHelp && !o.showVersion);
    QVERIFY(!o.hasConnectionOverrides());
    QVERIFY(o.environmentSecret.isEmpty());
    // Also with an empty list (no program name at all).
    QVERIFY(AppOptions::parse({}, {}).errors.isEmpty());
}

void TestAppOptions::flags() {
    const AppOptions o = parse(
        {QStringLiteral("--verbose"), QStringLiteral("--self-test"), QStringLiteral("--profile"),
         QStringLiteral("Acme"), QStringLiteral("--base-url=http://127.0.0.1:9000"),
         QStringLiteral("--org-id"), kOrg, QStringLiteral("--client-id"), QStringLiteral("key")});
    QVERIFY2(o.errors.isEmpty(), qPrintable(o.errors.join(QLatin1Char('\n'))));
    QVERIFY(o.verbose && o.selfTest && !o.demo);
    QCOMPARE(o.profileName, QStringLiteral("Acme"));
    QCOMPARE(o.baseUrl.value(), QUrl(QStringLiteral("http://127.0.0.1:9000")));
    QCOMPARE(o.orgId.value(), kOrg);
    QCOMPARE(o.clientId.value(), QStringLiteral("key"));

    const AppOptions demo = parse({QStringLiteral("--demo")});
    QVERIFY(demo.errors.isEmpty());
    QVERIFY(demo.demo);
}

void TestAppOptions::helpAndVersion_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("help");
    QTest::addColumn<bool>("version");
    QTest::newRow("--help") << QStringList{QStringLiteral("--help")} << true << false;
    QTest::newRow("-h") << QStringList{QStringLiteral("-h")} << true << false;
    QTest::newRow("--help-all") << QStringList{QStringLiteral("--help-all")} << true << false;
    QTest::newRow("--version") << QStringList{QStringLiteral("--version")} << false << true;
    QTest::newRow("with others") << QStringList{QStringLiteral("--verbose"),
                                                QStringLiteral("--version")}
                                 << false << true;
}

void TestAppOptions::helpAndVersion() {
    QFETCH(QStringList, args);
    QFETCH(bool, help);
    QFETCH(bool, version);
    const AppOptions o = parse(args);
    QVERIFY(o.errors.isEmpty());
    QCOMPARE(o.showHelp, help);
    QCOMPARE(o.showVersion, version);
    for (const char *option : {"--demo", "--profile", "--base-url", "--org-id", "--client-id",
                               "--verbose", "--self-test", "--version", "--help"})
        QVERIFY2(o.helpText.contains(QLatin1String(option)), option);
    QVERIFY(o.helpText.contains(QLatin1String("M3TER_CLIENT_SECRET")));
    QCOMPARE(o.versionText, QStringLiteral("m3ter-bills 0.1.0"));
}

void TestAppOptions::secretOnCommandLineIsRefused_data() {
    QTest::addColumn<QStringList>("args");
    const QString s = QStringLiteral("hunter2-value");
    QTest::newRow("--client-secret=") << QStringList{QStringLiteral("--client-secret=") + s};
    QTest::newRow("--client-secret x") << QStringList{QStringLiteral("--client-secret"), s};
    QTest::newRow("--secret x") << QStringList{QStringLiteral("--secret"), s};
    QTest::newRow("-secret=") << QStringList{QStringLiteral("-secret=") + s};
    QTest::newRow("--client_secret") << QStringList{QStringLiteral("--client_secret"), s};
    QTest::newRow("--api-secret") << QStringList{QStringLiteral("--api-secret"), s};
    QTest::newRow("--password") << QStringList{QStringLiteral("--password=") + s};
    QTest::newRow("after other flags")
        << QStringList{QStringLiteral("--verbose"), QStringLiteral("--Client-Secret"), s};
}

void TestAppOptions::secretOnCommandLineIsRefused() {
    QFETCH(QStringList, args);
    const AppOptions o = parse(args);
    QCOMPARE(o.errors.size(), 1);
    QVERIFY(o.errors.first().contains(QLatin1String("M3TER_CLIENT_SECRET")));
    // The value must not be echoed into a message that ends up on a terminal or in a log.
    QVERIFY(!o.errors.first().contains(QLatin1String("hunter2")));
    QVERIFY(o.environmentSecret.isEmpty());
}

void TestAppOptions::badValues_data() {
    QTest::addColumn<QStringList>("args");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")};
    QTest::newRow("missing value") << QStringList{QStringLiteral("--org-id")};
    QTest::newRow("empty org id") << QStringList{QStringLiteral("--org-id=")};
    QTest::newRow("empty client id")
        << QStringList{QStringLiteral("--client-id"), QStringLiteral("  ")};
    QTest::newRow("empty profile") << QStringList{QStringLiteral("--profile=")};
    QTest::newRow("http remote") << QStringList{QStringLiteral("--base-url"),
                                                QStringLiteral("http://api.m3ter.com")};
    QTest::newRow("not a url") << QStringList{QStringLiteral("--base-url"),
                                              QStringLiteral("not a url")};
    QTest::newRow("positional") << QStringList{QStringLiteral("stray")};
    QTest::newRow("demo + profile")
        << QStringList{QStringLiteral("--demo"), QStringLiteral("--profile=Acme")};
    QTest::newRow("demo + org") << QStringList{QStringLiteral("--demo"),
                                               QStringLiteral("--org-id=x")};
}

void TestAppOptions::badValues() {
    QFETCH(QStringList, args);
    const AppOptions o = parse(args);
    QVERIFY(!o.errors.isEmpty());
    for (const QString &e : o.errors)
        QVERIFY(!e.trimmed().isEmpty());
}

// A secret pasted without its option name (or after a mistyped one) must not be printed back
// to a terminal or a log: "Unexpected argument: topsecret-positional" did that.
void TestAppOptions::strayArgumentsAreNotEchoed_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("secret");
    const QString s = QStringLiteral("topsecret-positional");
    QTest::newRow("positional") << QStringList{s} << s;
    QTest::newRow("positional after options") << QStringList{QStringLiteral("--verbose"), s} << s;
    QTest::newRow("after a value option")
        << QStringList{QStringLiteral("--client-id"), QStringLiteral("ak"), s} << s;
    QTest::newRow("single dash") << QStringList{QStringLiteral("-Xk29fQ7z")}
                                 << QStringLiteral("X, k, 2");
    QTest::newRow("double dash, random")
        << QStringList{QStringLiteral("--Xk29fQ7zLm")} << QStringLiteral("Xk29fQ7zLm");
}

void TestAppOptions::strayArgumentsAreNotEchoed() {
    QFETCH(QStringList, args);
    QFETCH(QString, secret);
    const AppOptions o = parse(args);
    QVERIFY(!o.errors.isEmpty());
    for (const QString &e : o.errors)
        QVERIFY2(!e.contains(secret), qPrintable(e));
}

void TestAppOptions::typoInAnOptionNameIsNamed() {
    const AppOptions o = parse({QStringLiteral("--verbos")});
    QCOMPARE(o.errors.size(), 1);
    QVERIFY2(o.errors.first().contains(QLatin1String("verbos")), qPrintable(o.errors.first()));
}

void TestAppOptions::environmentSecret() {
    QCOMPARE(parse({}, envWithSecret(QStringLiteral(" abc \n"))).environmentSecret,
             QStringLiteral("abc"));
    QVERIFY(parse({}, envWithSecret(QString())).environmentSecret.isEmpty());
    QProcessEnvironment other;
    other.insert(QStringLiteral("M3TER_SECRET"), QStringLiteral("x"));
    QVERIFY(parse({}, other).environmentSecret.isEmpty());
}

void TestAppOptions::resolveNothing() {
    const ResolvedConnection r = parse({}).resolve({}, {});
    QCOMPARE(r.source, ResolvedConnection::Source::None);
    QVERIFY(r.isValid());
    // An active id that no longer exists is the same as none.
    QCOMPARE(
        parse({})
            .resolve({profile(QStringLiteral("A"), QStringLiteral("k"))}, QStringLiteral("gone"))
            .source,
        ResolvedConnection::Source::None);
}

void TestAppOptions::resolveDemo() {
    const Profile a = profile(QStringLiteral("A"), QStringLiteral("k"));
    const ResolvedConnection r = parse({QStringLiteral("--demo")}).resolve({a}, a.id);
    QCOMPARE(r.source, ResolvedConnection::Source::Demo);
    QVERIFY(r.isValid());
    QVERIFY(r.keychainProfileId.isEmpty());
}

void TestAppOptions::resolveActiveProfile() {
    const Profile a = profile(QStringLiteral("A"), QStringLiteral("key-a"));
    Profile b = profile(QStringLiteral("B"), QStringLiteral("key-b"));
    b.production = true;
    const ResolvedConnection r = parse({}).resolve({a, b}, b.id);
    QCOMPARE(r.source, ResolvedConnection::Source::Profile);
    QVERIFY(r.isValid());
    QCOMPARE(r.profile, b);
    QCOMPARE(r.keychainProfileId, b.id);
    QVERIFY(!r.secretFromEnvironment);
    QVERIFY(r.secret.isEmpty());
}

void TestAppOptions::resolveNamedProfileWithOverrides() {
    const Profile a = profile(QStringLiteral("Acme Prod"), QStringLiteral("key-a"));
    const Profile b = profile(QStringLiteral("B"), QStringLiteral("key-b"));
    const QString otherOrg = QStringLiteral("11111111-2222-3333-4444-555555555555");

    // Only the base URL is overridden; org and client id stay the profile's.
    ResolvedConnection r =
        parse({QStringLiteral("--profile"), QStringLiteral("acme prod"),
               QStringLiteral("--base-url"), QStringLiteral("http://localhost:8080")})
            .resolve({a, b}, b.id);
    QVERIFY2(r.isValid(), qPrintable(r.errors.join(QLatin1Char('\n'))));
    QCOMPARE(r.source, ResolvedConnection::Source::Profile);
    QCOMPARE(r.profile.id, a.id);
    QCOMPARE(r.profile.baseUrl, QUrl(QStringLiteral("http://localhost:8080")));
    QCOMPARE(r.profile.orgId, a.orgId);
    QCOMPARE(r.profile.clientId, a.clientId);
    QCOMPARE(r.keychainProfileId, a.id);

    // By id, org overridden, secret from the environment.
    r = parse({QStringLiteral("--profile=") + a.id, QStringLiteral("--org-id"), otherOrg},
              envWithSecret(QStringLiteral("env-secret")))
            .resolve({a, b}, {});
    QVERIFY(r.isValid());
    QCOMPARE(r.profile.orgId, otherOrg);
    QCOMPARE(r.profile.baseUrl, a.baseUrl);
    QCOMPARE(r.secret, QStringLiteral("env-secret"));
    QVERIFY(r.secretFromEnvironment);
    QVERIFY(r.keychainProfileId.isEmpty());
}

void TestAppOptions::resolveUnknownOrAmbiguousProfile() {
    const Profile a = profile(QStringLiteral("Twin"), QStringLiteral("k1"));
    const Profile b = profile(QStringLiteral("twin"), QStringLiteral("k2"));
    ResolvedConnection r = parse({QStringLiteral("--profile=Nobody")}).resolve({a, b}, a.id);
    QVERIFY(!r.isValid());
    QVERIFY(r.errors.first().contains(QLatin1String("Nobody")));
    r = parse({QStringLiteral("--profile=TWIN")}).resolve({a, b}, a.id);
    QVERIFY(!r.isValid());
    r = parse({QStringLiteral("--profile=") + b.id}).resolve({a, b}, a.id);
    QVERIFY(r.isValid());
    QCOMPARE(r.profile.id, b.id);
}

void TestAppOptions::resolveClientIdOverrideDropsKeychainSecret() {
    const Profile a = profile(QStringLiteral("A"), QStringLiteral("key-a"));
    ResolvedConnection r = parse({QStringLiteral("--client-id=key-other")}).resolve({a}, a.id);
    QVERIFY(r.isValid());
    QCOMPARE(r.profile.clientId, QStringLiteral("key-other"));
    QVERIFY(r.keychainProfileId.isEmpty());
    QCOMPARE(r.warnings.size(), 1);
    QVERIFY(r.warnings.first().contains(QLatin1String("M3TER_CLIENT_SECRET")));

    // The same client id as the profile's keeps the stored secret.
    r = parse({QStringLiteral("--client-id=key-a")}).resolve({a}, a.id);
    QCOMPARE(r.keychainProfileId, a.id);
    QVERIFY(r.warnings.isEmpty());
}

void TestAppOptions::resolveCommandLineOnly() {
    const QProcessEnvironment env = envWithSecret(QStringLiteral("s"));
    ResolvedConnection r = parse({QStringLiteral("--org-id"), kOrg, QStringLiteral("--client-id"),
                                  QStringLiteral("key")},
                                 env)
                               .resolve({}, {});
    QVERIFY2(r.isValid(), qPrintable(r.errors.join(QLatin1Char('\n'))));
    QCOMPARE(r.source, ResolvedConnection::Source::CommandLine);
    QVERIFY(r.profile.id.isEmpty());
    QCOMPARE(r.profile.baseUrl, Profile::defaultBaseUrl());
    QVERIFY(r.profile.production); // real m3ter unless proven otherwise
    QCOMPARE(r.secret, QStringLiteral("s"));

    r = parse({QStringLiteral("--base-url=http://127.0.0.1:1"), QStringLiteral("--org-id=o"),
               QStringLiteral("--client-id=k")})
            .resolve({}, {});
    QVERIFY(r.isValid());
    QVERIFY(!r.profile.production);
    QCOMPARE(r.warnings.size(), 1); // "o" is not a UUID
    QVERIFY(r.keychainProfileId.isEmpty());

    // Missing fields are errors, not a half-configured connection.
    r = parse({QStringLiteral("--org-id"), kOrg}).resolve({}, {});
    QVERIFY(!r.isValid());
}

void TestAppOptions::verboseRulesEnableM3terCategories() {
    QLoggingCategory category("m3ter.test.verbose");
    QLoggingCategory other("other.test.verbose");
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false\n") +
                                     AppOptions::verboseLoggingRules());
    QVERIFY(category.isDebugEnabled());
    QVERIFY(!other.isDebugEnabled());
    QLoggingCategory::setFilterRules(QString());
}

QTEST_GUILESS_MAIN(TestAppOptions)
#include "tst_appoptions.moc"
