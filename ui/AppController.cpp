#include "AppController.h"

#include "MainWindow.h"
#include "api/ApiClient.h"
#include "auth/AuthLogging.h"
#include "auth/CredentialStore.h"
#include "auth/ProfileStore.h"
#include "common/InlineNotice.h"
#include "common/MessageBox.h"
#include "connection/ConnectionDialog.h"
#include "connection/PreferencesDialog.h"
#include "demo/DemoBackend.h"
#include "session/Session.h"
#include "store/BillStore.h"
#include "store/StoreFile.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDir>
#include <QKeySequence>
#include <QMenu>
#include <QMessageBox>

namespace m3ter {

AppController::AppController(ProfileStore *profiles, CredentialStore *credentials, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_credentials(credentials) {
    connect(m_credentials, &CredentialStore::keychainUnavailable, this, &AppController::showNotice);
}

AppController::~AppController() {
    delete m_dialog;
    releaseQuitOnLastWindowClosed();
}

ApiClient *AppController::client() const {
    return m_session ? m_session->client() : nullptr;
}

ConnectionDialog *AppController::connectionDialog() const {
    return m_dialog.data();
}

AppController::Startup AppController::start(const AppOptions &options) {
    Startup out;
    if (options.demo) {
        if (!startDemo()) {
            out.exitCode = 1;
            out.message = tr("The demo sandbox could not start on 127.0.0.1.");
        }
        return out;
    }
    const ResolvedConnection resolved =
        options.resolve(m_profiles->profiles(), m_profiles->activeProfileId());
    if (!resolved.isValid()) {
        out.exitCode = 2;
        out.message = resolved.errors.join(QLatin1Char('\n'));
        return out;
    }
    out.warnings = resolved.warnings;
    switch (resolved.source) {
    case ResolvedConnection::Source::None:
    case ResolvedConnection::Source::Demo:
        showConnectionDialog(std::nullopt, QString(), true);
        break;
    case ResolvedConnection::Source::Profile:
    case ResolvedConnection::Source::CommandLine:
        if (!resolved.secret.isEmpty() || resolved.keychainProfileId.isEmpty()) {
            openSession(resolved.profile, resolved.secret, false);
        } else if (resolved.profile == m_profiles->profile(resolved.keychainProfileId)) {
            switchToProfile(resolved.keychainProfileId);
        } else {
            // Overridden fields (e.g. --base-url) with the profile's saved secret.
            const Profile profile = resolved.profile;
            m_credentials->readSecret(
                resolved.keychainProfileId, this, [this, profile](const CredentialResult &r) {
                    if (r.ok())
                        openSession(profile, r.secret, false);
                    else
                        showConnectionDialog(m_profiles->profile(profile.id),
                                             r.notFound() ? QString() : r.message, true);
                });
        }
        break;
    }
    return out;
}

void AppController::switchToProfile(const QString &profileId) {
    const std::optional<Profile> profile = m_profiles->profile(profileId);
    if (!profile) {
        showNotice(tr("That connection no longer exists."));
        return;
    }
    m_credentials->readSecret(profileId, this, [this, profile](const CredentialResult &r) {
        if (r.ok()) {
            m_profiles->setActiveProfileId(profile->id);
            openSession(*profile, r.secret, false);
            return;
        }
        const QString intro =
            r.notFound() ? tr("No API secret is saved for “%1” on this computer. Enter it to "
                              "connect.")
                               .arg(profile->displayName)
                         : r.message;
        showConnectionDialog(profile, intro, m_window == nullptr);
    });
}

bool AppController::startDemo() {
    auto demo = std::make_unique<DemoBackend>();
    if (!demo->start()) {
        showNotice(tr("The demo sandbox could not start on 127.0.0.1."));
        return false;
    }
    const ApiConnection connection = demo->connection();
    // The old session (possibly the previous demo) goes first, then the new backend is kept.
    Profile profile;
    //: Name of the built-in demo connection (generated bills on a local test server).
    profile.displayName = tr("Demo sandbox");
    profile.baseUrl = connection.baseUrl;
    profile.orgId = connection.orgId;
    profile.clientId = connection.clientId;
    openSession(profile, connection.clientSecret, true);
    m_demo = std::move(demo);
    return true;
}

void AppController::openSession(const Profile &profile, const QString &secret, bool demo) {
    // Between closing the old window and showing the new one no window is visible; that must
    // not end the application.
    holdQuitOnLastWindowClosed();
    if (m_window) {
        m_window->close(); // saves its geometry and filter
        m_window.reset();
    }
    m_session.reset();
    if (!demo)
        m_demo.reset();

    Session::Options options;
    options.throwawayStore = demo; // the demo's bills are not worth keeping
    options.keepLocalCopy = demo || profile.keepLocalCopy;
    if (!options.keepLocalCopy) // turned off: the copy kept so far goes
        StoreFile::remove(Session::storePathFor(QString(), profile));
    m_session = std::make_unique<Session>(profile, secret, options);
    m_sessionProfileId = demo ? QString() : profile.id;
    m_window = std::make_unique<MainWindow>(m_session.get());
    QMenu *menu = m_window->connectionMenu();
    connect(menu, &QMenu::aboutToShow, this, [this, menu] { rebuildConnectionMenu(menu); });
    rebuildConnectionMenu(menu); // shortcuts work before the menu was ever opened
    qCInfo(lcAuth).noquote() << "session opened:" << (demo ? QStringLiteral("demo") : profile.id)
                             << "org" << profile.orgId;
    m_window->show();
    m_window->start();
    releaseQuitOnLastWindowClosed();
    if (!m_pendingNotice.isEmpty()) {
        m_window->notice()->showMessage(m_pendingNotice, QString(), tr("Dismiss"));
        m_pendingNotice.clear();
    }
    emit sessionOpened();
}

void AppController::showConnectionDialog(const std::optional<Profile> &existing,
                                         const QString &intro, bool offerDemo) {
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    if (!m_window)
        holdQuitOnLastWindowClosed();
    m_dialog = new ConnectionDialog(m_profiles, m_credentials, existing, m_window.get());
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The running session's store is closed, deleted and started again empty; another
    // profile's file is only deleted.
    m_dialog->setForgetLocalData([this](const Profile &profile, QString *error) {
        if (m_session && !isDemo() && m_sessionProfileId == profile.id && m_session->store())
            return m_session->forgetLocalData(error);
        return Session::forgetLocalDataOf(profile, error);
    });
    m_dialog->setDemoOffered(offerDemo);
    if (!intro.isEmpty())
        m_dialog->setIntroMessage(intro);
    else if (!m_window && !existing)
        m_dialog->setIntroMessage(
            tr("Welcome to m3ter Bills. Add a connection to your m3ter organization, or try the "
               "app first with the built-in demo data."));
    connect(m_dialog, &QDialog::finished, this, &AppController::onDialogFinished);
    // Not exec(): no nested event loop; the window (if any) stays painted and the network runs.
    m_dialog->open();
}

void AppController::onDialogFinished(int result) {
    ConnectionDialog *dialog = m_dialog;
    if (!dialog)
        return;
    if (result == ConnectionDialog::DemoRequested) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (startDemo() || m_window)
                    return;
                // Nothing else is on screen: ask again, with the reason.
                const QString reason = m_pendingNotice;
                m_pendingNotice.clear();
                showConnectionDialog(std::nullopt, reason, true);
            },
            Qt::QueuedConnection);
        return;
    }
    if (result != QDialog::Accepted) {
        if (!m_window)
            explainNoConnectionAndQuit();
        return;
    }
    const Profile profile = dialog->profile();
    const QString secret = dialog->secret();
    if (dialog->secretKeptForSessionOnly() && !dialog->keychainNotice().isEmpty())
        m_pendingNotice = dialog->keychainNotice();
    m_profiles->setActiveProfileId(profile.id);
    // Queued: the dialog is still inside its own done().
    QMetaObject::invokeMethod(
        this,
        [this, profile, secret] {
            if (secret.isEmpty())
                switchToProfile(profile.id);
            else
                openSession(profile, secret, false);
        },
        Qt::QueuedConnection);
}

void AppController::rebuildConnectionMenu(QMenu *menu) {
    // clear() drops the actions but not the submenu and the action group of the last build.
    qDeleteAll(menu->findChildren<QMenu *>(QString(), Qt::FindDirectChildrenOnly));
    qDeleteAll(menu->findChildren<QActionGroup *>(QString(), Qt::FindDirectChildrenOnly));
    menu->clear();
    auto *group = new QActionGroup(menu);
    const QList<Profile> profiles = m_profiles->profiles();
    for (const Profile &p : profiles) {
        const QString text =
            p.production ? tr("%1 (production)").arg(p.displayName) : p.displayName;
        QAction *action = menu->addAction(text);
        action->setObjectName(QStringLiteral("profile:") + p.id);
        action->setCheckable(true);
        action->setChecked(!isDemo() && p.id == m_sessionProfileId);
        action->setToolTip(tr("Organization %1 at %2").arg(p.orgId, p.baseUrl.host()));
        group->addAction(action);
        const QString id = p.id;
        connect(action, &QAction::triggered, this, [this, id] {
            if (id == m_sessionProfileId && !isDemo())
                return;
            // Queued: the window that owns this menu is about to be replaced.
            QMetaObject::invokeMethod(
                this, [this, id] { switchToProfile(id); }, Qt::QueuedConnection);
        });
    }
    //: Connection menu: the built-in demo connection (generated bills on a local test server).
    QAction *demo = menu->addAction(tr("Demo sandbox"));
    demo->setObjectName(QStringLiteral("demoProfile"));
    demo->setCheckable(true);
    demo->setChecked(isDemo());
    group->addAction(demo);
    connect(demo, &QAction::triggered, this, [this] {
        if (!isDemo())
            QMetaObject::invokeMethod(
                this, [this] { startDemo(); }, Qt::QueuedConnection);
    });

    menu->addSeparator();
    QAction *add = menu->addAction(tr("&New connection…"), this, [this] { editConnection(); });
    add->setObjectName(QStringLiteral("newConnectionAction"));
    QAction *edit = menu->addAction(tr("&Edit current connection…"), this,
                                    [this] { editConnection(m_sessionProfileId); });
    edit->setObjectName(QStringLiteral("editConnectionAction"));
    edit->setEnabled(!isDemo() && m_profiles->contains(m_sessionProfileId));
    QMenu *remove = menu->addMenu(tr("&Remove connection"));
    remove->setObjectName(QStringLiteral("removeConnectionMenu"));
    for (const Profile &p : profiles) {
        if (p.id == m_sessionProfileId && !isDemo())
            continue; // switch away first: the window is using it
        const QString id = p.id;
        remove->addAction(p.displayName, this, [this, id] { removeProfile(id); });
    }
    remove->setEnabled(!remove->isEmpty());

    menu->addSeparator();
    QAction *preferences =
        menu->addAction(tr("&Preferences…"), this, [this] { openPreferences(); });
    preferences->setObjectName(QStringLiteral("preferencesAction"));
    preferences->setShortcuts(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);
}

void AppController::editConnection(const QString &profileId) {
    std::optional<Profile> existing;
    if (!profileId.isEmpty())
        existing = m_profiles->profile(profileId);
    showConnectionDialog(existing, QString(), false);
}

void AppController::openPreferences() {
    auto *dialog = new PreferencesDialog(m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void AppController::removeProfile(const QString &profileId) {
    const std::optional<Profile> profile = m_profiles->profile(profileId);
    if (!profile)
        return;
    const auto answer = MessageBox::question(
        m_window.get(), tr("Remove connection"),
        tr("Remove the connection “%1”, its saved API secret and the bills stored for it from "
           "this computer?")
            .arg(profile->displayName));
    if (answer != QMessageBox::Yes)
        return;
    if (!m_profiles->remove(profileId)) {
        showNotice(tr("The connection could not be removed: %1").arg(m_profiles->lastError()));
        return;
    }
    m_credentials->deleteSecret(profileId, this, [this](const CredentialResult &r) {
        if (!r.ok())
            showNotice(r.message);
    });
    // Its local bill store goes with it (closed first when the open session uses it).
    if (m_session && m_sessionProfileId == profileId && m_session->store())
        m_session->store()->close();
    const QString store = Session::storePathFor(QString(), *profile);
    if (!StoreFile::remove(store))
        showNotice(tr("The bills stored for “%1” could not be removed from %2.")
                       .arg(profile->displayName, QDir::toNativeSeparators(store)));
}

void AppController::explainNoConnectionAndQuit() {
    auto *box = new QMessageBox(QMessageBox::Information, tr("No connection"),
                                tr("No connection was set up, so m3ter Bills closes now."),
                                QMessageBox::Ok);
    box->setObjectName(QStringLiteral("noConnectionMessage"));
    box->setInformativeText(
        tr("Start m3ter Bills again to add a connection to your m3ter organization or to try "
           "the demo with generated bills."));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QDialog::finished, this, &AppController::quitRequested);
    box->open();
}

void AppController::holdQuitOnLastWindowClosed() {
    if (m_quitHeld)
        return;
    m_quitOnLastWindowClosed = QGuiApplication::quitOnLastWindowClosed();
    QGuiApplication::setQuitOnLastWindowClosed(false);
    m_quitHeld = true;
}

void AppController::releaseQuitOnLastWindowClosed() {
    if (!m_quitHeld)
        return;
    QGuiApplication::setQuitOnLastWindowClosed(m_quitOnLastWindowClosed);
    m_quitHeld = false;
}

void AppController::showNotice(const QString &text) {
    if (text.isEmpty())
        return;
    if (!m_window) {
        m_pendingNotice = text;
        return;
    }
    m_window->notice()->showMessage(text, QString(), tr("Dismiss"));
}

} // namespace m3ter
