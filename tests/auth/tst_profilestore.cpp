#include "auth/ProfileStore.h"
#include "auth/SessionCredentialStore.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using m3ter::CredentialResult;
using m3ter::Profile;
using m3ter::ProfileStore;

namespace {

Profile sampleProfile(const QString &name) {
    Profile p = Profile::create(name);
    p.baseUrl = QUrl(QStringLiteral("https://api.m3ter.com"));
    p.orgId = QStringLiteral("8c0e7d1a-3b4f-4f7e-9a39-5f0f2b1c7d11");
    p.clientId = QStringLiteral("access-key-") + name;
    return p;
}

} // namespace

class TestProfileStore : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void roundTripAcrossInstances();
    void updateAndRemove();
    void activeProfile();
    void findByIdOrName();
    void sortedByName();
    void addRejectsDuplicateId();
    void onlyKnownKeysAndNoSecretOnDisk();
    void unwritableFileIsReported();

private:
    std::optional<QTemporaryDir> m_dir;
    QString m_path;
};

void TestProfileStore::initTestCase() {
    // Collation follows the user's locale; the C locale of a CI shell has no numeric ordering.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestProfileStore::init() {
    m_dir.emplace();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("settings.ini"));
}

void TestProfileStore::roundTripAcrossInstances() {
    Profile acme = sampleProfile(QStringLiteral("Acme"));
    acme.production = true;
    Profile local = sampleProfile(QStringLiteral("Local"));
    local.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8080/prefix"));
    local.orgId = QStringLiteral("not-a-uuid");
    local.displayName = QStringLiteral("Lokal ünïcødé 日本");
    local.keepLocalCopy = false; // on by default: the other profile keeps it
    QVERIFY(acme.keepLocalCopy);
    {
        ProfileStore store(m_path);
        QSignalSpy added(&store, &ProfileStore::profileAdded);
        QCOMPARE(store.add(acme), acme.id);
        QCOMPARE(store.add(local), local.id);
        QCOMPARE(added.size(), 2);
    }
    ProfileStore reopened(m_path);
    QCOMPARE(reopened.profiles().size(), 2);
    QCOMPARE(reopened.profile(acme.id).value(), acme);
    QCOMPARE(reopened.profile(local.id).value(), local);
    QVERIFY(!reopened.profile(QStringLiteral("nope")));

    // A profile without an id gets one.
    Profile anonymous = sampleProfile(QStringLiteral("Anon"));
    anonymous.id.clear();
    const QString id = reopened.add(anonymous);
    QVERIFY(!id.isEmpty());
    QCOMPARE(reopened.profile(id)->displayName, QStringLiteral("Anon"));
}

void TestProfileStore::updateAndRemove() {
    ProfileStore store(m_path);
    Profile p = sampleProfile(QStringLiteral("Acme"));
    store.add(p);
    QSignalSpy updated(&store, &ProfileStore::profileUpdated);
    QSignalSpy removed(&store, &ProfileStore::profileRemoved);

    p.displayName = QStringLiteral("Acme (renamed)");
    p.clientId = QStringLiteral("other-key");
    QVERIFY(store.update(p));
    QCOMPARE(updated.size(), 1);
    QCOMPARE(updated.at(0).at(0).toString(), p.id);
    QCOMPARE(ProfileStore(m_path).profile(p.id).value(), p);

    Profile unknown = sampleProfile(QStringLiteral("Ghost"));
    QVERIFY(!store.update(unknown));
    QVERIFY(!store.lastError().isEmpty());
    QCOMPARE(updated.size(), 1);

    QVERIFY(store.remove(p.id));
    QCOMPARE(removed.size(), 1);
    QVERIFY(!store.contains(p.id));
    QVERIFY(ProfileStore(m_path).profiles().isEmpty());
    QVERIFY(!store.remove(p.id));
}

void TestProfileStore::activeProfile() {
    ProfileStore store(m_path);
    const Profile a = sampleProfile(QStringLiteral("A"));
    const Profile b = sampleProfile(QStringLiteral("B"));
    store.add(a);
    store.add(b);
    QVERIFY(store.activeProfileId().isEmpty());

    QSignalSpy changed(&store, &ProfileStore::activeProfileChanged);
    QVERIFY(store.setActiveProfileId(b.id));
    QCOMPARE(changed.size(), 1);
    QVERIFY(store.setActiveProfileId(b.id)); // no change, no signal
    QCOMPARE(changed.size(), 1);
    QCOMPARE(ProfileStore(m_path).activeProfileId(), b.id);

    QVERIFY(!store.setActiveProfileId(QStringLiteral("missing")));
    QCOMPARE(store.activeProfileId(), b.id);

    // Removing the active profile clears the selection and says so.
    QVERIFY(store.remove(b.id));
    QCOMPARE(changed.size(), 2);
    QVERIFY(changed.at(1).at(0).toString().isEmpty());
    QVERIFY(store.activeProfileId().isEmpty());
}

void TestProfileStore::findByIdOrName() {
    ProfileStore store(m_path);
    const Profile acme = sampleProfile(QStringLiteral("Acme Prod"));
    const Profile twin1 = sampleProfile(QStringLiteral("Twin"));
    const Profile twin2 = sampleProfile(QStringLiteral("twin"));
    store.add(acme);
    store.add(twin1);
    store.add(twin2);
    QCOMPARE(store.find(acme.id)->id, acme.id);
    QCOMPARE(store.find(QStringLiteral("acme prod"))->id, acme.id);
    QVERIFY(!store.find(QStringLiteral("Twin"))); // ambiguous
    QCOMPARE(store.find(twin2.id)->id, twin2.id);
    QVERIFY(!store.find(QStringLiteral("nobody")));
    QVERIFY(!store.find(QString()));
}

void TestProfileStore::sortedByName() {
    ProfileStore store(m_path);
    store.add(sampleProfile(QStringLiteral("charlie")));
    store.add(sampleProfile(QStringLiteral("Alpha")));
    store.add(sampleProfile(QStringLiteral("bravo 10")));
    store.add(sampleProfile(QStringLiteral("bravo 9")));
    QStringList names;
    for (const Profile &p : store.profiles())
        names << p.displayName;
    QCOMPARE(names, (QStringList{QStringLiteral("Alpha"), QStringLiteral("bravo 9"),
                                 QStringLiteral("bravo 10"), QStringLiteral("charlie")}));
}

void TestProfileStore::addRejectsDuplicateId() {
    ProfileStore store(m_path);
    const Profile p = sampleProfile(QStringLiteral("Acme"));
    QCOMPARE(store.add(p), p.id);
    QVERIFY(store.add(p).isEmpty());
    Profile slash = sampleProfile(QStringLiteral("Slash"));
    slash.id = QStringLiteral("a/b");
    QVERIFY(store.add(slash).isEmpty());
    QCOMPARE(store.profiles().size(), 1);
}

void TestProfileStore::onlyKnownKeysAndNoSecretOnDisk() {
    const QString secret = QStringLiteral("s3cr3t-9f2c4e1d-do-not-persist");
    ProfileStore store(m_path);
    Profile p = sampleProfile(QStringLiteral("Acme"));
    store.add(p);
    store.setActiveProfileId(p.id);

    m3ter::SessionCredentialStore credentials;
    std::optional<CredentialResult> written;
    credentials.writeSecret(p.id, secret, nullptr, [&](const CredentialResult &r) { written = r; });
    QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 5000);
    QVERIFY(written->ok());
    p.displayName = QStringLiteral("Acme 2");
    QVERIFY(store.update(p));

    QFile file(m_path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(!bytes.isEmpty());
    QVERIFY(!bytes.contains(secret.toUtf8()));
    QVERIFY(!bytes.toLower().contains("secret"));

    // Structural check: nothing but the documented keys exist, so no future field can carry a
    // secret unnoticed.
    QSettings settings(m_path, QSettings::IniFormat);
    const QString prefix = QStringLiteral("profiles/") + p.id + QLatin1Char('/');
    const QStringList allowed{
        QStringLiteral("profiles/active"),       prefix + QStringLiteral("displayName"),
        prefix + QStringLiteral("baseUrl"),      prefix + QStringLiteral("orgId"),
        prefix + QStringLiteral("clientId"),     prefix + QStringLiteral("production"),
        prefix + QStringLiteral("keepLocalCopy")};
    for (const QString &key : settings.allKeys())
        QVERIFY2(allowed.contains(key), qPrintable(key));
}

void TestProfileStore::unwritableFileIsReported() {
    // A directory where the file should be makes every sync fail, also when running as root.
    QVERIFY(QDir().mkpath(m_path));
    ProfileStore store(m_path);
    QVERIFY(store.add(sampleProfile(QStringLiteral("Acme"))).isEmpty());
    QVERIFY(!store.lastError().isEmpty());
    QVERIFY(store.profiles().isEmpty());
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
