#pragma once

#include "auth/Profile.h"
#include "session/ConnectionTester.h"

#include <QDialog>

#include <functional>
#include <optional>

class QAction;
class QCheckBox;
class QDialogButtonBox;
class QFrame;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace m3ter {

class CredentialStore;
class PaletteFollower;
class ProfileStore;

// Creates or edits one connection profile: name, API address, organization id, access key id,
// the API secret (saved to the CredentialStore, never to the profile) and the production mark.
// "Test connection" fetches a token and one page of bills without saving anything and says
// exactly what failed. OK writes the secret first (so a profile never exists whose secret the
// keychain refused) and then the profile. On a first start it also offers "Try the demo".
class ConnectionDialog : public QDialog {
    Q_OBJECT

public:
    // done() code when the user chose the demo sandbox instead.
    static constexpr int DemoRequested = 2;

    // `existing`: edit that profile (its secret stays in the store unless a new one is typed);
    // nullopt: a new profile.
    ConnectionDialog(ProfileStore *profiles, CredentialStore *credentials,
                     const std::optional<Profile> &existing, QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    // "Forget local data": what deletes the profile's local bill store once the user has
    // confirmed; false with a translated reason. The default deletes the file
    // (Session::forgetLocalDataOf), for a profile no session has open; AppController hands in
    // one that goes through the running Session when it is the profile's.
    using ForgetLocalData = std::function<bool(const Profile &profile, QString *error)>;
    void setForgetLocalData(ForgetLocalData forget) { m_forgetLocalData = std::move(forget); }

    void setDemoOffered(bool offered);
    // A note above the form, e.g. why the dialog opened at startup.
    void setIntroMessage(const QString &text);

    // After accept(): the saved profile and the secret to connect with right away (memory only).
    Profile profile() const { return m_profile; }
    QString secret() const { return m_secret; }
    // The keychain was unavailable: the secret is kept for this session only; the notice says so.
    bool secretKeptForSessionOnly() const { return m_sessionOnly; }
    QString keychainNotice() const { return m_keychainNotice; }

    // Test seams.
    ConnectionTester *tester() const { return m_tester; }
    QString statusText() const;
    QString certificateDetails() const;
    QPushButton *testButton() const { return m_testButton; }
    QPushButton *forgetLocalDataButton() const { return m_forgetButton; }

    void testConnection();
    // Asks (saying what is deleted and how much), then deletes the profile's local bill store.
    void forgetLocalData();
    void accept() override;

signals:
    void demoRequested();

private:
    Profile profileFromFields() const;
    QUrl baseUrlFromText() const;
    void runTest(const Profile &profile, const QString &secret);
    void onTestFinished(const ConnectionTester::Result &result);
    void onStageChanged(ConnectionTester::Stage stage);
    void saveProfile(const Profile &profile, const QString &secret);
    enum class Tone { Neutral, Busy, Success, Error };
    void showStatus(Tone tone, const QString &text, const QString &details = QString());
    void applyStatusColors(const QPalette &palette);
    void setBusy(bool busy);
    bool needsNewSecret(const Profile &profile) const;
    // The edited profile's store file (Session::storePathFor); empty for a new profile.
    QString storePath() const;
    void updateForgetButton();

    ProfileStore *m_profiles;
    CredentialStore *m_credentials;
    std::optional<Profile> m_existing;
    bool m_secretMissing = false; // the keychain had no secret for m_existing
    ConnectionTester *m_tester;

    QLabel *m_intro;
    QLineEdit *m_name;
    QLineEdit *m_baseUrl;
    QLineEdit *m_orgId;
    QLineEdit *m_clientId;
    QLineEdit *m_secretEdit;
    QAction *m_revealSecret;
    QCheckBox *m_production;
    QCheckBox *m_keepLocalCopy;
    QPushButton *m_forgetButton;
    ForgetLocalData m_forgetLocalData;
    QPushButton *m_testButton;
    QFrame *m_statusFrame;
    QLabel *m_statusIcon;
    QLabel *m_status;
    QPlainTextEdit *m_details;
    QDialogButtonBox *m_buttons;
    QPushButton *m_demoButton;
    Tone m_tone = Tone::Neutral;
    PaletteFollower *m_statusStyle = nullptr;

    Profile m_profile;
    QString m_secret;
    bool m_sessionOnly = false;
    QString m_keychainNotice;
    bool m_saving = false;
};

} // namespace m3ter
