// The first start as the real application runs it: inside QApplication::exec(), where Qt ends
// the application when its last window closes. The welcome dialog (and the dialog that asks for
// a secret the keychain does not have) is the only window; it hides before the session it asked
// for opens, and that must not end the application. Every case drives the dialog from inside
// the main loop and checks that the loop is still running when the main window shows its bills.
#include "AppController.h"
#include "MainWindow.h"
#include "auth/ProfileStore.h"
#include "auth/SessionCredentialStore.h"
#include "connection/ConnectionDialog.h"
#include "domain/BillFilter.h"
#include "models/BillTableModel.h"
#include "sandbox/SandboxServer.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using namespace m3ter;
using namespace m3ter::sandbox;

namespace {

// Exit codes of runMainLoop() that are not the application's own.
constexpr int kStillRunning = 42;
constexpr int kTimedOut = 43;

// One thing a person does once the screen shows what they wait for.
struct Step {
    std::function<bool()> ready;
    std::function<void()> act;
};

// Runs the real main loop and performs the steps in order from inside it, each once its
// condition holds. Returns kStillRunning when the last step's condition held while the loop
// still ran, kTimedOut when a condition never held, else the code the application quit with.
int runMainLoop(QList<Step> steps, int timeoutMs = 20000) {
    QCoreApplication::removePostedEvents(qApp, QEvent::Quit);
    int next = 0;
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (next < steps.size() && steps[next].ready()) {
            const Step &step = steps[next++];
            if (step.act)
                step.act();
        }
        if (next == steps.size())
            QCoreApplication::exit(kStillRunning);
    });
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, [] { QCoreApplication::exit(kTimedOut); });
    poll.start();
    deadline.start(timeoutMs);
    return QApplication::exec();
}

void type(QWidget *dialog, const char *name, const QString &text) {
    auto *edit = dialog->findChild<QLineEdit *>(QString::fromLatin1(name));
    QVERIFY2(edit, name);
    edit->clear();
    QTest::keyClicks(edit, text);
}

QMessageBox *visibleMessageBox() {
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible())
            return box;
    }
    return nullptr;
}

void clickOk(QWidget *dialog) {
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
}

} // namespace

class TestFirstStart : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<SessionCredentialStore> m_secrets;
    std::unique_ptr<AppController> m_controller;
    bool m_quitRequested = false;

    void newController() {
        m_controller.reset();
        m_quitRequested = false;
        m_controller = std::make_unique<AppController>(m_profiles.get(), m_secrets.get());
        // What main() does with it.
        connect(m_controller.get(), &AppController::quitRequested, this, [this] {
            m_quitRequested = true;
            QCoreApplication::quit();
        });
    }

    void start() {
        const auto startup = m_controller->start(
            AppOptions::parse({QStringLiteral("m3ter-bills")}, QProcessEnvironment()));
        QCOMPARE(startup.exitCode, -1);
    }

    bool billsShown() const {
        MainWindow *w = m_controller->window();
        return w && w->isVisible() && w->billModel()->rowCount() > 0 &&
               w->billModel()->loadState() == BillTableModel::LoadState::Idle;
    }

    bool dialogShown() const {
        return m_controller->connectionDialog() && m_controller->connectionDialog()->isVisible();
    }

    void fillSandboxConnection() {
        ConnectionDialog *dialog = m_controller->connectionDialog();
        type(dialog, "profileName", QStringLiteral("Sandbox"));
        type(dialog, "baseUrl", m_server->baseUrl().toString());
        type(dialog, "orgId", m_server->config().orgId);
        type(dialog, "clientId", m_server->config().clientId);
        type(dialog, "clientSecret", m_server->config().clientSecret);
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("m3ter-bills-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("firststart"));
        QVERIFY(QGuiApplication::quitOnLastWindowClosed()); // as in the application
        SandboxConfig config;
        config.bills = 40;
        config.accounts = 4;
        m_server = std::make_unique<SandboxServer>(config);
        QVERIFY(m_server->start());
        m_secrets = std::make_unique<SessionCredentialStore>();
    }

    void init() {
        m_controller.reset();
        QSettings().clear();
        QSettings().setValue(QStringLiteral("billTable/filter"), BillFilter().toVariantMap());
        QSettings().sync();
        m_profiles = std::make_unique<ProfileStore>();
        m_secrets->clear();
        newController();
    }

    void cleanup() {
        m_controller.reset();
        QCoreApplication::removePostedEvents(qApp, QEvent::Quit);
    }

    void tryTheDemoOpensTheMainWindow() {
        start();
        const int code = runMainLoop({
            {[this] { return dialogShown(); },
             [this] {
                 QTest::mouseClick(m_controller->connectionDialog()->findChild<QPushButton *>(
                                       QStringLiteral("tryDemoButton")),
                                   Qt::LeftButton);
             }},
            {[this] { return billsShown(); }, nullptr},
        });
        QCOMPARE(code, kStillRunning);
        QVERIFY(m_controller->isDemo());
        QVERIFY(QGuiApplication::quitOnLastWindowClosed()); // closing the window still quits
    }

    void connectAfterTestConnectionOpensTheMainWindow() {
        start();
        const int code = runMainLoop({
            {[this] { return dialogShown(); },
             [this] {
                 fillSandboxConnection();
                 QTest::mouseClick(m_controller->connectionDialog()->testButton(), Qt::LeftButton);
             }},
            {[this] {
                 return m_controller->connectionDialog()->statusText().contains(
                     QStringLiteral("Connection works"));
             },
             [this] { clickOk(m_controller->connectionDialog()); }},
            {[this] { return billsShown(); }, nullptr},
        });
        QCOMPARE(code, kStillRunning);
        QVERIFY(!m_controller->sessionProfileId().isEmpty());
        QCOMPARE(m_profiles->activeProfileId(), m_controller->sessionProfileId());
    }

    void savingTheAskedForSecretOpensTheMainWindow() {
        // A saved profile whose secret the keychain does not have (it was unavailable when the
        // connection was made): the next start asks for the secret.
        Profile profile = Profile::create(QStringLiteral("Sandbox"));
        profile.baseUrl = m_server->baseUrl();
        profile.orgId = m_server->config().orgId;
        profile.clientId = m_server->config().clientId;
        const QString id = m_profiles->add(profile);
        QVERIFY(!id.isEmpty());
        m_profiles->setActiveProfileId(id);
        start();
        const int code = runMainLoop({
            {[this] { return dialogShown(); },
             [this] {
                 ConnectionDialog *dialog = m_controller->connectionDialog();
                 type(dialog, "clientSecret", m_server->config().clientSecret);
                 clickOk(dialog);
             }},
            {[this] { return billsShown(); }, nullptr},
        });
        QCOMPARE(code, kStillRunning);
        QCOMPARE(m_controller->sessionProfileId(), id);
    }

    void cancelSaysHowToComeBackThenQuits() {
        start();
        QString shownText;
        const int code = runMainLoop({
            {[this] { return dialogShown(); },
             [this] { m_controller->connectionDialog()->reject(); }},
            {[] { return visibleMessageBox() != nullptr; },
             [&shownText] {
                 QMessageBox *box = visibleMessageBox();
                 shownText = box->text() + QLatin1Char('\n') + box->informativeText();
                 box->accept();
             }},
            {[] { return false; }, nullptr}, // the application quits by itself
        });
        QVERIFY2(shownText.contains(QStringLiteral("No connection was set up")),
                 qPrintable(shownText));
        QVERIFY(shownText.contains(QStringLiteral("Start m3ter Bills again")));
        QCOMPARE(code, 0);
        QVERIFY(m_quitRequested);
        QVERIFY(!m_controller->window());
    }
};

QTEST_MAIN(TestFirstStart)
#include "tst_firststart.moc"
