// The proxy preference: saved without any password, applied to the whole application at once.
#include "connection/PreferencesDialog.h"
#include "session/AppSettings.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

using namespace m3ter;

class TestPreferencesDialog : public QObject {
    Q_OBJECT

private:
    static void clickOk(QDialog &dialog) {
        QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("m3ter-bills-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("preferences"));
        QSettings().clear();
    }

    void defaultIsTheSystemProxy() {
        PreferencesDialog dialog;
        QCOMPARE(dialog.proxySettings().mode, ProxySettings::Mode::System);
        QVERIFY(!dialog.findChild<QLineEdit *>(QStringLiteral("proxyHost"))->isEnabled());
    }

    void manualProxyIsSavedAndApplied() {
        PreferencesDialog dialog;
        dialog.show();
        dialog.findChild<QRadioButton *>(QStringLiteral("proxyManual"))->setChecked(true);
        auto *host = dialog.findChild<QLineEdit *>(QStringLiteral("proxyHost"));
        QVERIFY(host->isEnabled());
        QTest::keyClicks(host, QStringLiteral("proxy.example.com"));
        dialog.findChild<QSpinBox *>(QStringLiteral("proxyPort"))->setValue(3128);
        clickOk(dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        const QNetworkProxy proxy = QNetworkProxy::applicationProxy();
        QCOMPARE(proxy.type(), QNetworkProxy::HttpProxy);
        QCOMPARE(proxy.hostName(), QStringLiteral("proxy.example.com"));
        QCOMPARE(proxy.port(), quint16(3128));
        QSettings settings;
        QCOMPARE(AppSettings().proxy().mode, ProxySettings::Mode::Manual);
        for (const QString &key : settings.allKeys())
            QVERIFY2(!key.contains(QStringLiteral("password"), Qt::CaseInsensitive),
                     qPrintable(key));

        PreferencesDialog again;
        QCOMPARE(again.proxySettings(), AppSettings().proxy());
    }

    void aUrlIsNotAHostName() {
        PreferencesDialog dialog;
        dialog.show();
        dialog.findChild<QRadioButton *>(QStringLiteral("proxyManual"))->setChecked(true);
        auto *host = dialog.findChild<QLineEdit *>(QStringLiteral("proxyHost"));
        host->setText(QStringLiteral("http://user@proxy:3128"));
        clickOk(dialog);
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("preferencesError"))->isVisible());
    }

    void noProxyAndBackToSystem() {
        ProxySettings none;
        none.mode = ProxySettings::Mode::None;
        none.apply();
        QCOMPARE(QNetworkProxy::applicationProxy().type(), QNetworkProxy::NoProxy);
        ProxySettings system;
        system.apply();
        QVERIFY(QNetworkProxyFactory::usesSystemConfiguration());
    }
};

QTEST_MAIN(TestPreferencesDialog)
#include "tst_preferencesdialog.moc"
