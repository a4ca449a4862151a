// The interface language: the choices Preferences offers, the locale the app then runs in, and
// that the embedded translations really translate (German and French text, German formats).
#include "AppTranslations.h"
#include "domain/Decimal.h"
#include "domain/Money.h"
#include "session/AppSettings.h"
#include "session/LanguageSetting.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace m3ter;

class TestLanguageSetting : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QVERIFY(m_settingsDir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("m3ter-bills-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_languagesetting"));
    }

    void offersSystemThenEveryShippedLanguage() {
        const QList<LanguageSetting::Choice> choices = LanguageSetting::choices();
        QStringList codes;
        QStringList labels;
        for (const LanguageSetting::Choice &choice : choices) {
            codes.append(choice.code);
            labels.append(choice.label);
        }
        QCOMPARE(codes, (QStringList{QString(), QStringLiteral("de"), QStringLiteral("en"),
                                     QStringLiteral("fr")}));
        // Each language in its own words, so a user lost in the wrong language finds theirs.
        QCOMPARE(labels.mid(1), (QStringList{QStringLiteral("Deutsch"), QStringLiteral("English"),
                                             QStringLiteral("Français")}));
    }

    void savesAndLoadsTheChoice() {
        AppSettings settings;
        QCOMPARE(settings.language(), QString());
        settings.setLanguage(QStringLiteral("fr"));
        QCOMPARE(settings.language(), QStringLiteral("fr"));
        settings.setLanguage(QString());
        QVERIFY(!settings.qsettings().contains(QStringLiteral("ui/language")));
    }

    void effectiveLocale_data() {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("system");
        QTest::addColumn<QString>("expected");
        QTest::newRow("system") << QString() << "en_GB"
                                << "en_GB";
        QTest::newRow("other language: its main region") << "de"
                                                         << "en_GB"
                                                         << "de_DE";
        QTest::newRow("same language keeps the region") << "de"
                                                        << "de_CH"
                                                        << "de_CH";
        QTest::newRow("french on a US system") << "fr"
                                               << "en_US"
                                               << "fr_FR";
        QTest::newRow("garbage in the settings file") << "xx-nonsense"
                                                      << "en_GB"
                                                      << "en_GB";
    }

    void effectiveLocale() {
        QFETCH(QString, code);
        QFETCH(QString, system);
        QFETCH(QString, expected);
        QCOMPARE(LanguageSetting::effectiveLocale(code, QLocale(system)).name(), expected);
    }

    void germanTranslationAndFormats() {
        QCOMPARE(installTranslations(qApp, QLocale(QStringLiteral("de_DE"))), QStringLiteral("de"));
        // A menu title, a status label and a plural form, as the user sees them.
        QCOMPARE(QCoreApplication::translate("m3ter::MainWindow", "&File"),
                 QStringLiteral("&Datei"));
        QVERIFY(QCoreApplication::translate("m3ter::BillFilter", "%n selected bill(s)", nullptr, 2)
                    .contains(QStringLiteral("2")));
        QCOMPARE(formatMoney(*Decimal::fromString(QStringLiteral("1234.56")), QStringLiteral("EUR"),
                             QLocale(QStringLiteral("de_DE"))),
                 QStringLiteral("1.234,56\u00A0€"));
        QCOMPARE(formatMoney(*Decimal::fromString(QStringLiteral("1234567")), QStringLiteral("JPY"),
                             QLocale(QStringLiteral("de_DE"))),
                 QStringLiteral("1.234.567\u00A0¥"));
    }

    void frenchTranslation() {
        QCOMPARE(installTranslations(qApp, QLocale(QStringLiteral("fr_FR"))), QStringLiteral("fr"));
        QCOMPARE(QCoreApplication::translate("m3ter::MainWindow", "&File"),
                 QStringLiteral("&Fichier"));
    }

private:
    QTemporaryDir m_settingsDir;
};

QTEST_MAIN(TestLanguageSetting)
#include "tst_languagesetting.moc"
