#include "AppController.h"
#include "AppTranslations.h"
#include "auth/AppOptions.h"
#include "auth/KeychainCredentialStore.h"
#include "auth/ProfileStore.h"
#include "demo/SelfTest.h"
#include "session/AppSettings.h"
#include "session/LanguageSetting.h"

#include <QApplication>
#include <QIcon>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>

using namespace m3ter;

namespace {

void printTo(FILE *stream, const QString &text) {
    QTextStream out(stream);
    out << text;
    if (!text.endsWith(QLatin1Char('\n')))
        out << '\n';
}

// --help, --version and --self-test open no window, so they must also work where there is no
// display (ssh, CI, a fresh chroot): true when one of them is on the command line.
bool needsNoDisplay(int argc, char *argv[]) {
    static const QList<QByteArray> valueOptions = {"--profile", "--base-url", "--org-id",
                                                   "--client-id"};
    static const QList<QByteArray> windowless = {"-h",        "--help", "--help-all", "-?",
                                                 "--version", "-v",     "--self-test"};
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--")
            break;
        if (valueOptions.contains(arg))
            ++i; // its value is not an option
        else if (windowless.contains(arg))
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[]) {
    if (needsNoDisplay(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("m3ter-bills"));
    QApplication::setApplicationName(QStringLiteral("m3ter-bills"));
    QApplication::setApplicationDisplayName(QStringLiteral("m3ter Bills"));
    QApplication::setApplicationVersion(QStringLiteral(BILLS_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("com.m3ter.bills"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/m3ter-bills.svg")));

    {
        // Before any widget or message exists: the language (and with it the formats of dates,
        // numbers and money) the user picked in Preferences, else the system's.
        const QLocale locale = LanguageSetting::effectiveLocale(AppSettings().language());
        QLocale::setDefault(locale);
        installTranslations(&app, locale);
    }
    const AppOptions options = AppOptions::fromApplication();
    if (!options.errors.isEmpty()) {
        printTo(stderr, options.errors.join(QLatin1Char('\n')));
        return 2;
    }
    if (options.showHelp) {
        printTo(stdout, options.helpText);
        return 0;
    }
    if (options.showVersion) {
        printTo(stdout, options.versionText);
        return 0;
    }
    if (options.verbose)
        QLoggingCategory::setFilterRules(AppOptions::verboseLoggingRules());
    if (options.selfTest) {
        // Before the proxy settings apply: the check talks to 127.0.0.1 only.
        const SelfTest::Result result = SelfTest().run();
        printTo(stdout, result.lines.join(QLatin1Char('\n')));
        if (!result.passed)
            printTo(stderr, result.failure);
        return result.passed ? 0 : 1;
    }

    // The system proxy (HTTPS_PROXY included) unless the user chose otherwise.
    AppSettings().proxy().apply();

    ProfileStore profiles;
    KeychainCredentialStore credentials;
    AppController controller(&profiles, &credentials);
    QObject::connect(&controller, &AppController::quitRequested, &app, &QCoreApplication::quit,
                     Qt::QueuedConnection);
    const AppController::Startup startup = controller.start(options);
    if (startup.exitCode >= 0) {
        printTo(stderr, startup.message);
        return startup.exitCode;
    }
    for (const QString &warning : startup.warnings)
        printTo(stderr, warning);
    return app.exec();
}
