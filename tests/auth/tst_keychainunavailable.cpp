#include "CredentialWaiter.h"
#include "auth/KeychainCredentialStore.h"
#include "auth/Profile.h"
#include "auth/ProfileStore.h"

#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using m3ter::CredentialResult;
using m3ter::KeychainCredentialStore;

// Without a Secret Service the store must keep working from memory, tell the user once, and
// leave nothing on disk.
class TestKeychainUnavailable : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void fallsBackToSessionMemory();
    void nothingSurvivesTheSession();
    void nothingWrittenToDisk();

private:
    std::optional<QTemporaryDir> m_home;
    const QString m_secret = QStringLiteral("unavail-7c1e2f-secret-value");
    const QString m_profileId = m3ter::Profile::newId();
};

void TestKeychainUnavailable::initTestCase() {
    m_home.emplace();
    QVERIFY(m_home->isValid());
    // Before any QtKeychain call: GLib and QtDBus read these when they first connect. A bus
    // address that points nowhere fails fast; without it, D-Bus would try X11 autolaunch.
    const QByteArray home = QFile::encodeName(m_home->path());
    qputenv("HOME", home);
    qputenv("XDG_CONFIG_HOME", home + "/.config");
    qputenv("XDG_DATA_HOME", home + "/.local/share");
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + home + "/no-such-bus");
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "XDG_CURRENT_DESKTOP", "DESKTOP_SESSION",
                             "KDE_FULL_SESSION", "KDE_SESSION_VERSION", "GNOME_DESKTOP_SESSION_ID"})
        qunsetenv(name);
}

void TestKeychainUnavailable::fallsBackToSessionMemory() {
    KeychainCredentialStore store(QStringLiteral("com.m3ter.bills.test"));
    QSignalSpy notices(&store, &KeychainCredentialStore::keychainUnavailable);
    CredentialWaiter w;

    CREDENTIAL_STEP(w, store.writeSecret(m_profileId, m_secret, nullptr, w.callback()));
    QVERIFY2(w.result().ok(), CredentialWaiter::statusName(w.result()));
    QVERIFY(w.result().unavailable);
    QCOMPARE(w.result().message, KeychainCredentialStore::unavailableNotice());
    QVERIFY(!w.result().message.isEmpty());
    QVERIFY(!w.result().detail.contains(m_secret));
    QVERIFY(store.isUnavailable());
    QCOMPARE(notices.size(), 1);
    QCOMPARE(notices.at(0).at(0).toString(), KeychainCredentialStore::unavailableNotice());

    CREDENTIAL_STEP(w, store.readSecret(m_profileId, nullptr, w.callback()));
    QVERIFY(w.result().ok());
    QVERIFY(w.result().unavailable);
    QCOMPARE(w.result().secret, m_secret);

    CREDENTIAL_STEP(
        w, store.writeSecret(m_profileId, QStringLiteral("updated"), nullptr, w.callback()));
    QVERIFY(w.result().ok());
    CREDENTIAL_STEP(w, store.readSecret(m_profileId, nullptr, w.callback()));
    QCOMPARE(w.result().secret, QStringLiteral("updated"));

    CREDENTIAL_STEP(w, store.readSecret(m3ter::Profile::newId(), nullptr, w.callback()));
    QVERIFY(w.result().notFound());
    QVERIFY(w.result().unavailable);

    CREDENTIAL_STEP(w, store.deleteSecret(m_profileId, nullptr, w.callback()));
    QVERIFY(w.result().ok());
    CREDENTIAL_STEP(w, store.readSecret(m_profileId, nullptr, w.callback()));
    QVERIFY(w.result().notFound());

    // Told once per session, not on every operation.
    QCOMPARE(notices.size(), 1);

    CREDENTIAL_STEP(w, store.writeSecret(m_profileId, m_secret, nullptr, w.callback()));
    QVERIFY(w.result().ok());
}

void TestKeychainUnavailable::nothingSurvivesTheSession() {
    // A new store is what the next start of the application sees.
    KeychainCredentialStore store(QStringLiteral("com.m3ter.bills.test"));
    QSignalSpy notices(&store, &KeychainCredentialStore::keychainUnavailable);
    CredentialWaiter w;
    CREDENTIAL_STEP(w, store.readSecret(m_profileId, nullptr, w.callback()));
    QVERIFY2(w.result().notFound(), CredentialWaiter::statusName(w.result()));
    QVERIFY(w.result().unavailable);
    QCOMPARE(notices.size(), 1);
}

void TestKeychainUnavailable::nothingWrittenToDisk() {
    // Also a profile, so the settings file exists and is part of the scan.
    m3ter::ProfileStore profiles(m_home->filePath(QStringLiteral("settings.ini")));
    m3ter::Profile p = m3ter::Profile::create(QStringLiteral("Acme"));
    p.id = m_profileId;
    QVERIFY(!profiles.add(p).isEmpty());

    int files = 0;
    QDirIterator it(m_home->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        ++files;
        QVERIFY2(!bytes.contains(m_secret.toUtf8()), qPrintable(f.fileName()));
        QVERIFY2(!bytes.contains(m_secret.toUtf8().toBase64()), qPrintable(f.fileName()));
    }
    QVERIFY(files >= 1);
}

QTEST_GUILESS_MAIN(TestKeychainUnavailable)
#include "tst_keychainunavailable.moc"
