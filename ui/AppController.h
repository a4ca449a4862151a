#pragma once

#include "auth/AppOptions.h"
#include "auth/Profile.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QMenu;

namespace m3ter {

class ApiClient;
class ConnectionDialog;
class CredentialStore;
class DemoBackend;
class MainWindow;
class ProfileStore;
class Session;

// Owns one session at a time: the Session of the active connection and the MainWindow that
// presents it (plus the embedded sandbox in demo mode). Switching profiles tears both down and
// builds new ones, so no request, cache or token can mix two organizations. Also runs the
// connection dialog (first start, new, edit, missing secret) and the preferences.
class AppController : public QObject {
    Q_OBJECT

public:
    struct Startup {
        // >= 0: exit with this code right away (message for stderr); -1: run the event loop.
        int exitCode = -1;
        QString message;
        QStringList warnings;
    };

    // Borrows both stores; they must outlive the controller.
    AppController(ProfileStore *profiles, CredentialStore *credentials, QObject *parent = nullptr);
    ~AppController() override;

    Startup start(const AppOptions &options);

    // Reads the profile's secret from the store, then rebuilds the session for it (or asks for
    // the secret when none is saved). Makes it the active profile on success.
    void switchToProfile(const QString &profileId);
    bool startDemo();
    // Opens the connection dialog for a new profile (empty id) or to edit one.
    void editConnection(const QString &profileId = QString());
    void openPreferences();

    // Test seams.
    MainWindow *window() const { return m_window.get(); }
    Session *session() const { return m_session.get(); }
    ApiClient *client() const;
    ConnectionDialog *connectionDialog() const;
    // The profile of the running session; empty in demo mode or for a command-line connection.
    QString sessionProfileId() const { return m_sessionProfileId; }
    bool isDemo() const { return m_demo != nullptr; }
    QString pendingNotice() const { return m_pendingNotice; }

signals:
    // A new window was built and shown.
    void sessionOpened();
    // The user closed the first-start dialog without a connection and was told how to come
    // back: nothing to show.
    void quitRequested();

private:
    void openSession(const Profile &profile, const QString &secret, bool demo);
    void showConnectionDialog(const std::optional<Profile> &existing, const QString &intro,
                              bool offerDemo);
    void onDialogFinished(int result);
    void rebuildConnectionMenu(QMenu *menu);
    void removeProfile(const QString &profileId);
    void showNotice(const QString &text);
    void explainNoConnectionAndQuit();
    // While no main window exists the connection dialog is the only window, and it hides before
    // the session it asked for opens: that must not end the application (Qt quits when the last
    // window closes). Held from the first dialog until a main window is shown.
    void holdQuitOnLastWindowClosed();
    void releaseQuitOnLastWindowClosed();

    ProfileStore *m_profiles;
    CredentialStore *m_credentials;
    // Destroyed in reverse: the window presents the session, the session may talk to the demo
    // sandbox.
    std::unique_ptr<DemoBackend> m_demo;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;
    QPointer<ConnectionDialog> m_dialog;
    QString m_sessionProfileId;
    QString m_pendingNotice;
    bool m_quitHeld = false;
    bool m_quitOnLastWindowClosed = true;
};

} // namespace m3ter
