// The connection dialog, offscreen, against the sandbox: fill in a profile, test it, save it.
// The profile lands in the ProfileStore (a temporary settings file) and the secret only in the
// CredentialStore (the in-memory fake here; the real keychain is covered in tests/auth).
#include "auth/ProfileStore.h"
#include "auth/SessionCredentialStore.h"
#include "common/MessageBox.h"
#include "connection/ConnectionDialog.h"
#include "sandbox/SandboxServer.h"
#include "session/Session.h"
#include "store/StoreFile.h"
#include "support/TlsTestServer.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace m3ter;
using namespace m3ter::sandbox;

class TestConnectionDialog : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<SessionCredentialStore> m_secrets;

    static void type(QDialog &dialog, const char *name, const QString &text) {
        auto *edit = dialog.findChild<QLineEdit *>(QString::fromLatin1(name));
        QVERIFY2(edit, name);
        edit->clear();
        QTest::keyClicks(edit, text);
    }

    void fillForSandbox(QDialog &dialog, const QString &secret) {
        type(dialog, "profileName", QStringLiteral("Acme (sandbox)"));
        type(dialog, "baseUrl", m_server->baseUrl().toString());
        type(dialog, "orgId", m_server->config().orgId);
        type(dialog, "clientId", m_server->config().clientId);
        type(dialog, "clientSecret", secret);
    }

    static void clickOk(QDialog &dialog) {
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    }

    static void saveScreenshot(QWidget &widget, const QString &path) {
        QVERIFY(widget.grab().save(path));
    }

private slots:
    // The local store of a profile lives in the app's data folder: the test one.
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init() {
        SandboxConfig config;
        config.bills = 30;
        config.accounts = 4;
        m_server = std::make_unique<SandboxServer>(config);
        QVERIFY(m_server->start());
        m_dir = std::make_unique<QTemporaryDir>();
        m_profiles = std::make_unique<ProfileStore>(m_dir->filePath(QStringLiteral("s.ini")));
        m_secrets = std::make_unique<SessionCredentialStore>();
    }

    void cleanup() {
        m_profiles.reset();
        m_secrets.reset();
        m_dir.reset();
        m_server.reset();
    }

    void testThenSaveANewProfile() {
        ConnectionDialog dialog(m_profiles.get(), m_secrets.get(), std::nullopt);
        dialog.setDemoOffered(true);
        dialog.setIntroMessage(QStringLiteral("Welcome to m3ter Bills. Add a connection to your "
                                              "m3ter organization, or try the app first with "
                                              "the built-in demo data."));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *secretEdit = dialog.findChild<QLineEdit *>(QStringLiteral("clientSecret"));
        QCOMPARE(secretEdit->echoMode(), QLineEdit::Password);
        // The default API address is the public m3ter API.
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("baseUrl"))->text(),
                 QStringLiteral("https://api.m3ter.com"));
        fillForSandbox(dialog, m_server->config().clientSecret);
        dialog.findChild<QCheckBox *>(QStringLiteral("production"))->setChecked(true);
        // A local copy is kept unless the user says otherwise.
        auto *keepCopy = dialog.findChild<QCheckBox *>(QStringLiteral("keepLocalCopy"));
        QVERIFY(keepCopy && keepCopy->isChecked());
        keepCopy->setChecked(false);

        QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.statusText().contains(QStringLiteral("Connection works")),
                                 10000);
        QVERIFY(dialog.testButton()->isEnabled());
        saveScreenshot(dialog, QStringLiteral("/tmp/connection-dialog.png"));
        // Testing saves nothing.
        QVERIFY(m_profiles->profiles().isEmpty());

        clickOk(dialog);
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        const QList<Profile> saved = m_profiles->profiles();
        QCOMPARE(saved.size(), 1);
        const Profile &p = saved.first();
        QCOMPARE(p.displayName, QStringLiteral("Acme (sandbox)"));
        QCOMPARE(p.baseUrl, m_server->baseUrl());
        QCOMPARE(p.orgId, m_server->config().orgId);
        QCOMPARE(p.clientId, m_server->config().clientId);
        QVERIFY(p.production);
        QVERIFY(!p.keepLocalCopy);
        QCOMPARE(dialog.profile(), p);
        QCOMPARE(m_secrets->secret(p.id), m_server->config().clientSecret);
        QCOMPARE(dialog.secret(), m_server->config().clientSecret);
        QVERIFY(!dialog.secretKeptForSessionOnly());
        QVERIFY(secretEdit->text().isEmpty());

        // The settings file holds the profile and never the secret.
        QFile ini(m_dir->filePath(QStringLiteral("s.ini")));
        QVERIFY(ini.open(QIODevice::ReadOnly));
        const QByteArray settings = ini.readAll();
        QVERIFY(settings.contains(m_server->config().orgId.toUtf8()));
        QVERIFY(!settings.contains(m_server->config().clientSecret.toUtf8()));
    }

    void badSecretShowsTheUserMessage() {
        ConnectionDialog dialog(m_profiles.get(), m_secrets.get(), std::nullopt);
        dialog.show();
        fillForSandbox(dialog, QStringLiteral("wrong-secret"));
        QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.statusText().contains(QStringLiteral("HTTP 401")), 10000);
        QVERIFY(dialog.statusText().contains(
            QStringLiteral("The access key ID or API secret was not accepted")));
        QVERIFY(!dialog.statusText().contains(QStringLiteral("wrong-secret")));
    }

    void untrustedCertificateShowsItsDetails() {
        TlsTestServer tls;
        QVERIFY(tls.listen());
        ConnectionDialog dialog(m_profiles.get(), m_secrets.get(), std::nullopt);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        fillForSandbox(dialog, QStringLiteral("any-secret"));
        type(dialog, "baseUrl", tls.baseUrl().toString());
        QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.statusText().contains(QStringLiteral("TLS")), 10000);
        QVERIFY2(dialog.certificateDetails().contains(QStringLiteral("SHA-256 fingerprint")),
                 qPrintable(dialog.certificateDetails()));
        QVERIFY(dialog.certificateDetails().contains(QStringLiteral("CN=localhost")));
        QCOMPARE(tls.requestsHandled, 0);
        QCoreApplication::processEvents(); // pending layout and paint, for the screenshot
        saveScreenshot(dialog, QStringLiteral("/tmp/connection-dialog-tls.png"));
    }

    void missingFieldsAreNamedAndNothingIsSaved() {
        ConnectionDialog dialog(m_profiles.get(), m_secrets.get(), std::nullopt);
        dialog.show();
        type(dialog, "profileName", QStringLiteral("Half done"));
        type(dialog, "baseUrl", QStringLiteral("http://api.m3ter.com"));
        clickOk(dialog);
        QVERIFY(dialog.isVisible());
        QVERIFY2(dialog.statusText().contains(QStringLiteral("must use https")),
                 qPrintable(dialog.statusText()));
        QVERIFY(dialog.statusText().contains(QStringLiteral("organization id")));
        QVERIFY(m_profiles->profiles().isEmpty());
    }

    void editingKeepsTheSavedSecretAndTestsWithIt() {
        Profile existing = Profile::create(QStringLiteral("Acme"));
        existing.baseUrl = m_server->baseUrl();
        existing.orgId = m_server->config().orgId;
        existing.clientId = m_server->config().clientId;
        QVERIFY(!m_profiles->add(existing).isEmpty());
        m_secrets->store(existing.id, m_server->config().clientSecret);

        ConnectionDialog dialog(m_profiles.get(), m_secrets.get(), existing);
        dialog.show();
        QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("clientSecret"))->text().isEmpty());
        QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.statusText().contains(QStringLiteral("Connection works")),
                                 10000);
        type(dialog, "profileName", QStringLiteral("Acme EU"));
        clickOk(dialog);
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(m_profiles->profiles().size(), 1);
        QCOMPARE(m_profiles->profile(existing.id)->displayName, QStringLiteral("Acme EU"));
        QCOMPARE(m_secrets->secret(existing.id), m_server->config().clientSecret);
        QVERIFY(dialog.secret().isEmpty()); // the caller reads it from the store

        // A different access key needs its own secret.
        ConnectionDialog again(m_profiles.get(), m_secrets.get(), m_profiles->profile(existing.id));
        again.show();
        type(again, "clientId", QStringLiteral("another-key"));
        clickOk(again);
        QVERIFY(again.isVisible());
        QVERIFY(again.statusText().contains(QStringLiteral("Enter the API secret")));
    }

    // Issue 10, item 8: the secret field said "Saved in the keychain — leave empty to keep"
    // next to "No API secret is saved for this connection".
    void aMissingSavedSecretIsNotClaimedBySecretField() {
        Profile existing = Profile::create(QStringLiteral("Acme"));
        existing.baseUrl = m_server->baseUrl();
        existing.orgId = m_server->config().orgId;
        existing.clientId = m_server->config().clientId;
        QVERIFY(!m_profiles->add(existing).isEmpty());
        // No secret stored for it.

        ConnectionDialog dialog(m_profiles.get(), m_secrets.get(), existing);
        dialog.show();
        auto *secret = dialog.findChild<QLineEdit *>(QStringLiteral("clientSecret"));
        QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.statusText().contains(QStringLiteral("No API secret")),
                                 10000);
        QVERIFY2(!secret->placeholderText().contains(QStringLiteral("Saved")),
                 qPrintable(secret->placeholderText()));
        // OK asks for the secret instead of keeping one that is not there.
        clickOk(dialog);
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.statusText().contains(QStringLiteral("Enter the API secret")));
    }

    // "Forget local data" next to "Keep a copy of the bills": asks first, saying what goes and
    // how much; "No" keeps the store, "Yes" deletes it (file, WAL and shared memory). A new
    // profile has nothing to forget.
    void forgetLocalDataAsksThenDeletesTheStore() {
        {
            ConnectionDialog fresh(m_profiles.get(), m_secrets.get(), std::nullopt);
            QVERIFY(!fresh.forgetLocalDataButton()->isEnabled());
        }
        Profile existing = Profile::create(QStringLiteral("Acme"));
        existing.baseUrl = m_server->baseUrl();
        existing.orgId = m_server->config().orgId;
        existing.clientId = m_server->config().clientId;
        QVERIFY(!m_profiles->add(existing).isEmpty());
        const QString store = Session::storePathFor(QString(), existing);
        {
            ConnectionDialog none(m_profiles.get(), m_secrets.get(), existing);
            QVERIFY(!none.forgetLocalDataButton()->isEnabled()); // no session kept anything
        }
        QVERIFY(QDir().mkpath(QFileInfo(store).absolutePath()));
        for (const QString &path :
             QStringList{store, store + QStringLiteral("-wal"), store + QStringLiteral("-shm")}) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(1024 * 1024, 'x')); // 3 MiB in all
        }

        ConnectionDialog dialog(m_profiles.get(), m_secrets.get(), existing);
        dialog.show();
        QPushButton *forget = dialog.forgetLocalDataButton();
        QVERIFY(forget->isEnabled());
        QCOMPARE(forget->text(), QStringLiteral("&Forget local data…"));
        MessageBox::setNextAnswer(QMessageBox::No);
        QTest::mouseClick(forget, Qt::LeftButton);
        const QString question = MessageBox::lastAnsweredText();
        QVERIFY2(question.contains(QStringLiteral("“Acme” (3.00 MiB in ")), qPrintable(question));
        QVERIFY(question.contains(QStringLiteral("statement files themselves stay")));
        QVERIFY(QFile::exists(store));

        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(forget, Qt::LeftButton);
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QVERIFY2(!QFile::exists(store + suffix), qPrintable(suffix));
        QVERIFY2(dialog.statusText().contains(QStringLiteral("were deleted")),
                 qPrintable(dialog.statusText()));
        QVERIFY(!forget->isEnabled());
        QVERIFY(dialog.isVisible()); // the rest of the profile is still being edited
    }

    // When the store cannot be deleted the dialog says why and the button stays.
    void aStoreThatCannotBeForgottenIsExplained() {
        Profile existing = Profile::create(QStringLiteral("Acme"));
        existing.orgId = QStringLiteral("org-x");
        const QString store = Session::storePathFor(QString(), existing);
        QVERIFY(QDir().mkpath(QFileInfo(store).absolutePath()));
        QFile file(store);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("SQLite format 3");
        file.close();
        ConnectionDialog dialog(m_profiles.get(), m_secrets.get(), existing);
        dialog.setForgetLocalData([](const Profile &, QString *error) {
            *error = QStringLiteral("The bills could not be deleted: in use.");
            return false;
        });
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(dialog.forgetLocalDataButton(), Qt::LeftButton);
        QCOMPARE(dialog.statusText(), QStringLiteral("The bills could not be deleted: in use."));
        QVERIFY(dialog.forgetLocalDataButton()->isEnabled());
        QVERIFY(StoreFile::remove(store));
    }

    void tryTheDemoEndsTheDialogWithItsOwnCode() {
        ConnectionDialog dialog(m_profiles.get(), m_secrets.get(), std::nullopt);
        dialog.setDemoOffered(true);
        dialog.show();
        auto *demo = dialog.findChild<QPushButton *>(QStringLiteral("tryDemoButton"));
        QVERIFY(demo && demo->isVisible());
        QTest::mouseClick(demo, Qt::LeftButton);
        QCOMPARE(dialog.result(), ConnectionDialog::DemoRequested);
        QVERIFY(m_profiles->profiles().isEmpty());
    }
};

QTEST_MAIN(TestConnectionDialog)
#include "tst_connectiondialog.moc"
