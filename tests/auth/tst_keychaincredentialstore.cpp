#include "CredentialWaiter.h"
#include "auth/KeychainCredentialStore.h"
#include "auth/Profile.h"
#include "auth/ProfileStore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using m3ter::CredentialResult;
using m3ter::KeychainCredentialStore;

// Against a real Secret Service. Meant for `ctest -L keychain` inside dbus-run-session with an
// unlocked gnome-keyring under a throwaway HOME (see .ci/test); it fails, rather than skips,
// when no keychain answers, so a broken CI keyring cannot pass unnoticed.
class TestKeychainCredentialStore : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void saveReadUpdateDelete();
    void profilesAreSeparate();
    void settingsAndHomeHoldNoPlainSecret();
    void cleanupTestCase();

private:
    // A test service keeps the application's own entries out of reach.
    const QString m_service = QStringLiteral("com.m3ter.bills.test");
    const QString m_id1 = m3ter::Profile::newId();
    const QString m_id2 = m3ter::Profile::newId();
    const QString m_secret = QStringLiteral("kc-3b9d1e-Sécret-🔑-value");
    QTemporaryDir m_dir;
};

void TestKeychainCredentialStore::initTestCase() {
    QVERIFY(m_dir.isValid());
    KeychainCredentialStore store(m_service);
    CredentialWaiter w;
    CREDENTIAL_STEP(w, store.readSecret(m_id1, nullptr, w.callback()));
    if (w.result().unavailable)
        QFAIL(qPrintable(QStringLiteral("No usable Secret Service (%1). Run inside "
                                        "dbus-run-session with an unlocked gnome-keyring-daemon, "
                                        "as .ci/test does.")
                             .arg(w.result().detail)));
    QVERIFY2(w.result().notFound(), CredentialWaiter::statusName(w.result()));
}

void TestKeychainCredentialStore::saveReadUpdateDelete() {
    KeychainCredentialStore store(m_service);
    QSignalSpy notices(&store, &KeychainCredentialStore::keychainUnavailable);
    CredentialWaiter w;

    CREDENTIAL_STEP(w, store.writeSecret(m_id1, m_secret, nullptr, w.callback()));
    QVERIFY2(w.result().ok(), qPrintable(w.result().detail));
    QVERIFY2(!w.result().unavailable, qPrintable(w.result().detail));

    CREDENTIAL_STEP(w, store.readSecret(m_id1, nullptr, w.callback()));
    QVERIFY2(w.result().ok(), qPrintable(w.result().detail));
    QCOMPARE(w.result().secret, m_secret);

    // A second store (the next application start) reads the same entry.
    {
        KeychainCredentialStore again(m_service);
        CredentialWaiter w2;
        CREDENTIAL_STEP(w2, again.readSecret(m_id1, nullptr, w2.callback()));
        QCOMPARE(w2.result().secret, m_secret);
    }

    CREDENTIAL_STEP(w, store.writeSecret(m_id1, QStringLiteral("updated"), nullptr, w.callback()));
    QVERIFY(w.result().ok());
    CREDENTIAL_STEP(w, store.readSecret(m_id1, nullptr, w.callback()));
    QCOMPARE(w.result().secret, QStringLiteral("updated"));

    CREDENTIAL_STEP(w, store.deleteSecret(m_id1, nullptr, w.callback()));
    QVERIFY2(w.result().ok(), qPrintable(w.result().detail));

    CREDENTIAL_STEP(w, store.readSecret(m_id1, nullptr, w.callback()));
    QVERIFY2(w.result().notFound(), CredentialWaiter::statusName(w.result()));
    QVERIFY(!w.result().unavailable);

    // Deleting again is not an error: the caller only wants it gone.
    CREDENTIAL_STEP(w, store.deleteSecret(m_id1, nullptr, w.callback()));
    QVERIFY(w.result().ok());

    QCOMPARE(notices.size(), 0);
    QVERIFY(!store.isUnavailable());
}

void TestKeychainCredentialStore::profilesAreSeparate() {
    KeychainCredentialStore store(m_service);
    KeychainCredentialStore otherService(m_service + QStringLiteral(".other"));
    CredentialWaiter w;
    CREDENTIAL_STEP(w, store.writeSecret(m_id1, QStringLiteral("one"), nullptr, w.callback()));
    QVERIFY(w.result().ok());
    CREDENTIAL_STEP(w, store.writeSecret(m_id2, QStringLiteral("two"), nullptr, w.callback()));
    QVERIFY(w.result().ok());
    CREDENTIAL_STEP(w, store.readSecret(m_id1, nullptr, w.callback()));
    QCOMPARE(w.result().secret, QStringLiteral("one"));
    CREDENTIAL_STEP(w, store.readSecret(m_id2, nullptr, w.callback()));
    QCOMPARE(w.result().secret, QStringLiteral("two"));
    CREDENTIAL_STEP(w, otherService.readSecret(m_id1, nullptr, w.callback()));
    QVERIFY2(w.result().notFound(), CredentialWaiter::statusName(w.result()));
    CREDENTIAL_STEP(w, store.deleteSecret(m_id2, nullptr, w.callback()));
    CREDENTIAL_STEP(w, store.readSecret(m_id1, nullptr, w.callback()));
    QCOMPARE(w.result().secret, QStringLiteral("one"));
}

void TestKeychainCredentialStore::settingsAndHomeHoldNoPlainSecret() {
    const QString path = m_dir.filePath(QStringLiteral("settings.ini"));
    m3ter::ProfileStore profiles(path);
    m3ter::Profile p = m3ter::Profile::create(QStringLiteral("Acme"));
    p.id = m_id1;
    QVERIFY(!profiles.add(p).isEmpty());

    KeychainCredentialStore store(m_service);
    CredentialWaiter w;
    CREDENTIAL_STEP(w, store.writeSecret(m_id1, m_secret, nullptr, w.callback()));
    QVERIFY(w.result().ok());
    p.displayName = QStringLiteral("Acme renamed");
    QVERIFY(profiles.update(p));

    QStringList roots{m_dir.path()};
    // The keyring files live under HOME; scan it only when it is a throwaway one (as in CI), not
    // a developer's real home directory.
    const QString home = QDir::homePath();
    if (home.startsWith(QDir::tempPath() + QLatin1Char('/')))
        roots << home;
    for (const QString &root : roots) {
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (!f.open(QIODevice::ReadOnly))
                continue; // sockets and the like
            const QByteArray bytes = f.read(16 * 1024 * 1024);
            QVERIFY2(!bytes.contains(m_secret.toUtf8()), qPrintable(f.fileName()));
        }
    }
}

void TestKeychainCredentialStore::cleanupTestCase() {
    KeychainCredentialStore store(m_service);
    CredentialWaiter w;
    for (const QString &id : {m_id1, m_id2}) {
        store.deleteSecret(id, nullptr, w.callback());
        w.wait();
    }
}

QTEST_GUILESS_MAIN(TestKeychainCredentialStore)
#include "tst_keychaincredentialstore.moc"
