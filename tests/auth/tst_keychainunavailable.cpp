#include "CredentialWaiter.h"
#include "auth/KeychainCredentialStore.h"
#include "auth/Profile.h"
#include "auth/ProfileStore.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>
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
    void retriesOnceBeforeGivingUp();
    // Last: it starts a Secret Service on the bus address the other cases found empty.
    void usesAKeychainThatStartsLate();
    void cleanupTestCase();

private:
    // A store that retries quickly, so the cases that expect the fallback stay short.
    static std::unique_ptr<KeychainCredentialStore> quickStore() {
        auto store =
            std::make_unique<KeychainCredentialStore>(QStringLiteral("com.m3ter.bills.test"));
        store->setRetryDelay(50);
        return store;
    }

    std::optional<QTemporaryDir> m_home;
    QProcess m_bus;
    QProcess m_keyring;
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
    auto owned = quickStore();
    KeychainCredentialStore &store = *owned;
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
    auto owned = quickStore();
    KeychainCredentialStore &store = *owned;
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

void TestKeychainUnavailable::retriesOnceBeforeGivingUp() {
    // At login the keychain often answers only a moment after the apps that need it have
    // started: the store waits once before it falls back for the whole session.
    KeychainCredentialStore store(QStringLiteral("com.m3ter.bills.test"));
    store.setRetryDelay(700);
    QSignalSpy notices(&store, &KeychainCredentialStore::keychainUnavailable);
    CredentialWaiter w;
    QElapsedTimer clock;
    clock.start();
    CREDENTIAL_STEP(w, store.readSecret(m_profileId, nullptr, w.callback()));
    QVERIFY(w.result().unavailable);
    QVERIFY2(clock.elapsed() >= 700, "gave up without waiting for the retry");
    QCOMPARE(notices.size(), 1);
}

namespace {
QStringList g_authLog;
void captureAuthLog(QtMsgType, const QMessageLogContext &context, const QString &message) {
    if (QByteArray(context.category) == "m3ter.auth")
        g_authLog << message;
}
} // namespace

void TestKeychainUnavailable::usesAKeychainThatStartsLate() {
    const QString dbusDaemon = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
    const QString keyringDaemon =
        QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon"));
    if (dbusDaemon.isEmpty() || keyringDaemon.isEmpty())
        QSKIP("needs dbus-daemon and gnome-keyring-daemon (.ci/setup installs them)");

    KeychainCredentialStore store(QStringLiteral("com.m3ter.bills.test"));
    store.setRetryDelay(4000);
    QSignalSpy notices(&store, &KeychainCredentialStore::keychainUnavailable);
    QLoggingCategory::setFilterRules(QStringLiteral("m3ter.auth.info=true"));
    const QtMessageHandler previous = qInstallMessageHandler(captureAuthLog);
    CredentialWaiter w(20000);
    store.writeSecret(m_profileId, m_secret, nullptr, w.callback());
    // The first attempt finds no bus; only then does the keychain "start".
    const bool firstAttemptFailed = QTest::qWaitFor(
        [] {
            return std::any_of(g_authLog.cbegin(), g_authLog.cend(), [](const QString &line) {
                return line.contains(QStringLiteral("retrying"));
            });
        },
        10000);
    qInstallMessageHandler(previous);
    QVERIFY2(firstAttemptFailed, "the first attempt did not fail and schedule a retry");

    const QString address = QString::fromLocal8Bit(qgetenv("DBUS_SESSION_BUS_ADDRESS"));
    m_bus.start(dbusDaemon, {QStringLiteral("--session"), QStringLiteral("--nofork"),
                             QStringLiteral("--address=") + address});
    QVERIFY(m_bus.waitForStarted());
    const QString socket = address.mid(address.indexOf(u'=') + 1);
    QVERIFY(QTest::qWaitFor([&] { return QFileInfo::exists(socket); }, 3000));
    m_keyring.start(keyringDaemon, {QStringLiteral("--foreground"), QStringLiteral("--unlock"),
                                    QStringLiteral("--components=secrets")});
    QVERIFY(m_keyring.waitForStarted());
    m_keyring.write("late-keyring-password");
    m_keyring.closeWriteChannel();

    QVERIFY2(w.wait(), "the write did not finish");
    QVERIFY2(w.result().ok(), qPrintable(w.result().message + u' ' + w.result().detail));
    QVERIFY2(!w.result().unavailable, "fell back to memory although the keychain came up");
    QVERIFY(!store.isUnavailable());
    QCOMPARE(notices.size(), 0);

    // In the keychain, not in this store's memory: a new store (the next start) reads it.
    KeychainCredentialStore next(QStringLiteral("com.m3ter.bills.test"));
    CREDENTIAL_STEP(w, next.readSecret(m_profileId, nullptr, w.callback()));
    QVERIFY2(w.result().ok(), CredentialWaiter::statusName(w.result()));
    QCOMPARE(w.result().secret, m_secret);
    CREDENTIAL_STEP(w, next.deleteSecret(m_profileId, nullptr, w.callback()));
}

void TestKeychainUnavailable::cleanupTestCase() {
    for (QProcess *process : {&m_keyring, &m_bus}) {
        if (process->state() != QProcess::NotRunning) {
            process->terminate();
            if (!process->waitForFinished(3000))
                process->kill();
            process->waitForFinished(3000);
        }
    }
}

QTEST_GUILESS_MAIN(TestKeychainUnavailable)
#include "tst_keychainunavailable.moc"
