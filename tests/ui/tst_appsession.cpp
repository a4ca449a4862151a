// Whole sessions through AppController, offscreen, against the sandbox with 5-second tokens:
// the first start asks for a connection (and the keychain is unavailable: the secret is kept
// for the session and a non-blocking notice says so), tokens expire mid-session without the user
// noticing, switching profiles rebuilds the window (with the production banner), and afterwards
// neither the secret nor any token issued appears in the log output (all m3ter.* categories on,
// as --verbose does), the settings file or any file the app keeps (statement queue included).
#include "AppController.h"
#include "MainWindow.h"
#include "api/ApiClient.h"
#include "api/TokenProvider.h"
#include "auth/ProfileStore.h"
#include "auth/SessionCredentialStore.h"
#include "bills/ChangesPanel.h"
#include "common/InlineNotice.h"
#include "common/MessageBox.h"
#include "connection/ConnectionDialog.h"
#include "domain/BillFilter.h"
#include "models/BillTableModel.h"
#include "sandbox/SandboxServer.h"
#include "session/Session.h"
#include "store/BillStore.h"
#include "store/ChangeListModel.h"
#include "store/StoreFile.h"
#include "store/StoreSync.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMenu>
#include <QMutex>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

#include <algorithm>
#include <memory>
#include <optional>

using namespace m3ter;
using namespace m3ter::sandbox;

namespace {

QMutex logMutex;
QStringList logLines;

void captureMessage(QtMsgType, const QMessageLogContext &context, const QString &message) {
    QMutexLocker lock(&logMutex);
    logLines << QString::fromLatin1(context.category ? context.category : "") +
                    QStringLiteral(": ") + message;
}

// What the real KeychainCredentialStore does when no Secret Service answers: keep the secret in
// memory, flag the result and say so once.
class UnavailableKeychain : public SessionCredentialStore {
public:
    static QString notice() {
        return QStringLiteral("The system keychain is not available. The API secret is kept for "
                              "this session only.");
    }

protected:
    void doWrite(const QString &profileId, const QString &secret, Callback done) override {
        SessionCredentialStore::doWrite(profileId, secret, [this, done](CredentialResult r) {
            r.unavailable = true;
            r.message = notice();
            emit keychainUnavailable(notice());
            done(r);
        });
    }
};

} // namespace

class TestAppSession : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<UnavailableKeychain> m_secrets;
    std::unique_ptr<AppController> m_controller;
    QString m_firstId;

    static void type(QWidget *dialog, const char *name, const QString &text) {
        auto *edit = dialog->findChild<QLineEdit *>(QString::fromLatin1(name));
        QVERIFY2(edit, name);
        edit->clear();
        QTest::keyClicks(edit, text);
    }

    static StoredFilter readStored(BillStore *store, const QString &key) {
        return StoreSync::readFilter(*store, key);
    }

    bool billsLoaded() const {
        MainWindow *w = m_controller->window();
        return w && w->billModel()->rowCount() > 0 &&
               w->billModel()->loadState() == BillTableModel::LoadState::Idle;
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("m3ter-bills-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("appsession"));
        QSettings().clear();
        QSettings().sync();
        // Every list starts with all bills, so the session has pages to load.
        QSettings().setValue(QStringLiteral("billTable/filter"), BillFilter().toVariantMap());
        qInstallMessageHandler(captureMessage);
        QLoggingCategory::setFilterRules(QStringLiteral("m3ter.*=true"));

        SandboxConfig config;
        config.bills = 150;
        config.accounts = 6;
        config.tokenLifetimeSeconds = 5;
        config.clientSecret =
            QStringLiteral("scan-secret-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_server = std::make_unique<SandboxServer>(config);
        QVERIFY(m_server->start());
        m_profiles = std::make_unique<ProfileStore>();
        m_secrets = std::make_unique<UnavailableKeychain>();
        m_controller = std::make_unique<AppController>(m_profiles.get(), m_secrets.get());
    }

    void cleanupTestCase() {
        m_controller.reset();
        qInstallMessageHandler(nullptr);
        QLoggingCategory::setFilterRules(QString());
    }

    void firstStartAsksForAConnection() {
        QVERIFY(m_profiles->profiles().isEmpty());
        const auto startup = m_controller->start(
            AppOptions::parse({QStringLiteral("m3ter-bills")}, QProcessEnvironment()));
        QCOMPARE(startup.exitCode, -1);
        QVERIFY(!m_controller->window());
        QPointer<ConnectionDialog> dialog = m_controller->connectionDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("tryDemoButton"))->isVisible());

        type(dialog, "profileName", QStringLiteral("Acme test"));
        type(dialog, "baseUrl", m_server->baseUrl().toString());
        type(dialog, "orgId", m_server->config().orgId);
        type(dialog, "clientId", m_server->config().clientId);
        type(dialog, "clientSecret", m_server->config().clientSecret);
        QTest::mouseClick(dialog->testButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->statusText().contains(QStringLiteral("Connection works")),
                                 10000);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);

        QTRY_VERIFY_WITH_TIMEOUT(m_controller->window(), 10000);
        QTRY_VERIFY(dialog.isNull()); // deleted on close
        m_firstId = m_controller->sessionProfileId();
        QVERIFY(!m_firstId.isEmpty());
        QCOMPARE(m_profiles->activeProfileId(), m_firstId);
        QCOMPARE(m_secrets->secret(m_firstId), m_server->config().clientSecret);
        // The keychain could not take the secret: said plainly, without blocking the window.
        InlineNotice *notice = m_controller->window()->notice();
        QVERIFY(notice->isVisible());
        QCOMPARE(notice->text(), UnavailableKeychain::notice());
        QTRY_VERIFY_WITH_TIMEOUT(billsLoaded(), 10000);
        QVERIFY(!m_controller->window()->findChild<QLabel *>(QStringLiteral("productionBanner")));
    }

    void tokenExpiryMidSessionIsTransparent() {
        MainWindow *window = m_controller->window();
        QVERIFY(window);
        TokenProvider *tokens = m_controller->client()->tokenProvider();
        const int fetchesBefore = tokens->fetchCount();
        // The sandbox's tokens live 5 s: wait until the client no longer uses the one it holds.
        QTRY_VERIFY_WITH_TIMEOUT(tokens->validToken().isEmpty(), 20000);
        window->findChild<QAction *>(QStringLiteral("refreshAction"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(billsLoaded(), 10000);
        QVERIFY(tokens->fetchCount() > fetchesBefore);
        QVERIFY(window->billModel()->errorText().isEmpty());
        // Refreshed ahead of expiry: the user never saw an error, and none reached the client.
        QCOMPARE(m_server->requestLog().countIf(
                     [](const RequestLogEntry &e) { return e.status == 401 || e.status == 403; }),
                 0);
    }

    void switchingProfilesRebuildsTheSession() {
        Profile production = Profile::create(QStringLiteral("Acme live"));
        production.baseUrl = m_server->baseUrl();
        production.orgId = m_server->config().orgId;
        production.clientId = m_server->config().clientId;
        production.production = true;
        const QString id = m_profiles->add(production);
        QVERIFY(!id.isEmpty());
        m_secrets->store(id, m_server->config().clientSecret);

        QPointer<MainWindow> old = m_controller->window();
        QMenu *menu = old->connectionMenu();
        emit menu->aboutToShow();
        auto *action = menu->findChild<QAction *>(QStringLiteral("profile:") + id);
        QVERIFY(action);
        QVERIFY(!action->isChecked());
        QVERIFY(menu->findChild<QAction *>(QStringLiteral("profile:") + m_firstId)->isChecked());
        action->trigger();

        QTRY_VERIFY_WITH_TIMEOUT(old.isNull() && m_controller->window(), 10000);
        QCOMPARE(m_controller->sessionProfileId(), id);
        QCOMPARE(m_profiles->activeProfileId(), id);
        MainWindow *window = m_controller->window();
        auto *banner = window->findChild<QLabel *>(QStringLiteral("productionBanner"));
        QVERIFY(banner);
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().startsWith(QStringLiteral("PRODUCTION")));
        QVERIFY(window->windowTitle().contains(QStringLiteral("PRODUCTION")));
        QTRY_VERIFY_WITH_TIMEOUT(billsLoaded(), 10000);
        window->resize(1200, 700);
        QVERIFY(window->grab().save(QStringLiteral("/tmp/production-session.png")));
    }

    void noSecretOrTokenLeaks() {
        m_controller.reset(); // closes the window: settings are written
        QSettings().sync();

        QSet<QString> tokens;
        for (const RequestLogEntry &e : m_server->requestLog().entries()) {
            if (e.authorization.startsWith("Bearer "))
                tokens << QString::fromLatin1(e.authorization.mid(7));
        }
        QVERIFY2(tokens.size() >= 3, qPrintable(QString::number(tokens.size())));
        const QString secret = m_server->config().clientSecret;
        const QString basic = QString::fromLatin1(
            (m_server->config().clientId + QLatin1Char(':') + secret).toUtf8().toBase64());
        QStringList forbidden{secret, basic};
        forbidden += QStringList(tokens.begin(), tokens.end());

        QStringList lines;
        {
            QMutexLocker lock(&logMutex);
            lines = logLines;
        }
        QVERIFY2(lines.size() >= 10, qPrintable(QString::number(lines.size())));
        for (const QString &line : lines) {
            for (const QString &f : forbidden)
                QVERIFY2(!line.contains(f), qPrintable(line));
        }

        // The settings file and every file the app keeps (statement queue, caches).
        QStringList files{QSettings().fileName()};
        for (auto location :
             {QStandardPaths::AppConfigLocation, QStandardPaths::AppDataLocation,
              QStandardPaths::AppLocalDataLocation, QStandardPaths::CacheLocation}) {
            QDirIterator it(QStandardPaths::writableLocation(location), QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext())
                files << it.next();
        }
        files.removeDuplicates();
        // The local bill store (its database and write-ahead log) is among them.
        QVERIFY2(std::any_of(files.cbegin(), files.cend(),
                             [](const QString &path) {
                                 return path.contains(QLatin1String("/stores/")) &&
                                        path.endsWith(QLatin1String(".sqlite"));
                             }),
                 qPrintable(files.join(QLatin1Char(' '))));
        bool sawProfiles = false;
        for (const QString &path : files) {
            QFile file(path);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
            const QByteArray data = file.readAll();
            sawProfiles |= data.contains(m_server->config().orgId.toUtf8());
            for (const QString &f : forbidden)
                QVERIFY2(!data.contains(f.toUtf8()), qPrintable(path));
        }
        QVERIFY2(sawProfiles, qPrintable(files.join(QLatin1Char(' '))));
    }

    // Turning "Keep a copy of the bills" off for a profile removes the copy kept so far, and its
    // next session keeps none.
    void turningTheLocalCopyOffRemovesIt() {
        std::optional<Profile> profile = m_profiles->profile(m_firstId);
        QVERIFY(profile);
        const QString store = Session::storePathFor(
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation), *profile);
        QVERIFY2(QFile::exists(store), qPrintable(store)); // from the sessions before
        profile->keepLocalCopy = false;
        QVERIFY(m_profiles->update(*profile));
        m_profiles->setActiveProfileId(m_firstId);

        m_controller = std::make_unique<AppController>(m_profiles.get(), m_secrets.get());
        const auto startup = m_controller->start(
            AppOptions::parse({QStringLiteral("m3ter-bills")}, QProcessEnvironment()));
        QCOMPARE(startup.exitCode, -1);
        QTRY_VERIFY_WITH_TIMEOUT(m_controller->window(), 10000);
        QCOMPARE(m_controller->sessionProfileId(), m_firstId);
        QVERIFY(!m_controller->window()->changesPanel());
        QVERIFY(!QFile::exists(store));
        QVERIFY(!QFile::exists(store + QStringLiteral("-wal")));
        m_controller.reset();
        profile->keepLocalCopy = true;
        QVERIFY(m_profiles->update(*profile));
    }

    // "Forget local data" for the connection in use (Edit connection): its store is closed,
    // deleted and started again empty, and the window goes on working: the next refresh is kept
    // again.
    void forgettingTheLocalDataOfTheOpenConnection() {
        m_profiles->setActiveProfileId(m_firstId);
        m_controller = std::make_unique<AppController>(m_profiles.get(), m_secrets.get());
        const auto startup = m_controller->start(
            AppOptions::parse({QStringLiteral("m3ter-bills")}, QProcessEnvironment()));
        QCOMPARE(startup.exitCode, -1);
        QTRY_VERIFY_WITH_TIMEOUT(m_controller->window(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(billsLoaded(), 10000);
        Session *session = m_controller->session();
        BillStore *store = session->store();
        QVERIFY(store);
        const QString key = BillStore::filterKey(BillFilter());
        store->flush();
        QVERIFY(!readStored(store, key).rows.isEmpty());
        const qint64 before = StoreFile::sizeOnDisk(session->storePath());
        QVERIFY(before > 0);

        m_controller->editConnection(m_firstId);
        QPointer<ConnectionDialog> dialog = m_controller->connectionDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(dialog->forgetLocalDataButton()->isEnabled());
        QSignalSpy forgotten(session, &Session::storeForgotten);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(dialog->forgetLocalDataButton(), Qt::LeftButton);
        QVERIFY2(MessageBox::lastAnsweredText().contains(QLocale().formattedDataSize(before)),
                 qPrintable(MessageBox::lastAnsweredText()));
        QCOMPARE(forgotten.size(), 1);
        QVERIFY2(dialog->statusText().contains(QStringLiteral("were deleted")),
                 qPrintable(dialog->statusText()));
        dialog->reject();

        // The same session, an empty store.
        QCOMPARE(m_controller->session(), session);
        QTRY_VERIFY(store->isOpen());
        QVERIFY(readStored(store, key).rows.isEmpty());
        QCOMPARE(m_controller->window()->changesPanel()->model()->rowCount(), 0);
        m_controller->window()->findChild<QAction *>(QStringLiteral("refreshAction"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(billsLoaded(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!readStored(store, key).rows.isEmpty(), 10000);
        m_controller.reset();
    }

    // Removing a connection asks first (answered through the MessageBox seam; tst_accessibility
    // opens the real box): "No" keeps it, "Yes" removes it and its secret.
    void removingAConnectionAsksFirst() {
        m_controller = std::make_unique<AppController>(m_profiles.get(), m_secrets.get());
        const auto startup = m_controller->start(AppOptions::parse(
            {QStringLiteral("m3ter-bills"), QStringLiteral("--demo")}, QProcessEnvironment()));
        QCOMPARE(startup.exitCode, -1);
        QVERIFY(m_controller->window());
        Profile spare = Profile::create(QStringLiteral("Spare"));
        spare.baseUrl = m_server->baseUrl();
        spare.orgId = m_server->config().orgId;
        spare.clientId = m_server->config().clientId;
        const QString id = m_profiles->add(spare);
        QVERIFY(!id.isEmpty());
        m_secrets->store(id, QStringLiteral("spare-secret"));
        QTRY_COMPARE(m_secrets->secret(id), QStringLiteral("spare-secret"));
        const auto removeAction = [this]() -> QAction * {
            QMenu *menu = m_controller->window()->connectionMenu();
            emit menu->aboutToShow();
            auto *remove = menu->findChild<QMenu *>(QStringLiteral("removeConnectionMenu"));
            const QList<QAction *> actions = remove ? remove->actions() : QList<QAction *>();
            for (QAction *action : actions) {
                if (action->text() == QLatin1String("Spare"))
                    return action;
            }
            return nullptr;
        };

        // A local bill store of the profile (as a session of it would have left).
        spare.id = id;
        const QString store = Session::storePathFor(
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation), spare);
        QVERIFY(QDir().mkpath(QFileInfo(store).absolutePath()));
        for (const QString &path : QStringList{store, store + QStringLiteral("-wal")}) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("SQLite format 3");
        }

        QAction *remove = removeAction();
        QVERIFY(remove);
        MessageBox::setNextAnswer(QMessageBox::No);
        remove->trigger();
        QVERIFY2(MessageBox::lastAnsweredText().contains(QStringLiteral("“Spare”")),
                 qPrintable(MessageBox::lastAnsweredText()));
        QVERIFY(m_profiles->contains(id));
        QCOMPARE(m_secrets->secret(id), QStringLiteral("spare-secret"));
        QVERIFY(QFile::exists(store));

        remove = removeAction();
        QVERIFY(remove);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        remove->trigger();
        QVERIFY(!m_profiles->contains(id));
        QTRY_VERIFY(!m_secrets->contains(id));
        QVERIFY(!QFile::exists(store));
        QVERIFY(!QFile::exists(store + QStringLiteral("-wal")));
        QVERIFY(!removeAction());
        m_controller.reset();
    }

    void demoAndBackThroughTheConnectionMenu() {
        m_controller = std::make_unique<AppController>(m_profiles.get(), m_secrets.get());
        const auto startup = m_controller->start(AppOptions::parse(
            {QStringLiteral("m3ter-bills"), QStringLiteral("--demo")}, QProcessEnvironment()));
        QCOMPARE(startup.exitCode, -1);
        QVERIFY(m_controller->isDemo());
        QVERIFY(m_controller->window()->windowTitle().contains(QStringLiteral("Demo sandbox")));
        QTRY_VERIFY_WITH_TIMEOUT(billsLoaded(), 10000);

        QMenu *menu = m_controller->window()->connectionMenu();
        emit menu->aboutToShow();
        QVERIFY(menu->findChild<QAction *>(QStringLiteral("demoProfile"))->isChecked());
        QVERIFY(!menu->findChild<QAction *>(QStringLiteral("editConnectionAction"))->isEnabled());
        menu->findChild<QAction *>(QStringLiteral("profile:") + m_firstId)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!m_controller->isDemo(), 10000);
        QCOMPARE(m_controller->sessionProfileId(), m_firstId);
        QTRY_VERIFY_WITH_TIMEOUT(billsLoaded(), 10000);
        m_controller.reset();
    }
};

QTEST_MAIN(TestAppSession)
#include "tst_appsession.moc"
