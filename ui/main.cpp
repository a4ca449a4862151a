#include "AppController.h"
#include "AppTranslations.h"
#include "ProxySettings.h"
#include "auth/AppOptions.h"
#include "auth/KeychainCredentialStore.h"
#include "auth/ProfileStore.h"

#include <QApplication>
#include <QIcon>
#include <QLoggingCategory>
#include <QSettings>
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

} // namespace

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("m3ter-bills"));
    QApplication::setApplicationName(QStringLiteral("m3ter-bills"));
    QApplication::setApplicationDisplayName(QStringLiteral("m3ter Bills"));
    QApplication::setApplicationVersion(QStringLiteral(BILLS_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("com.m3ter.bills"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/m3ter-bills.svg")));

    installTranslations(&app);
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

    {
        // The system proxy (HTTPS_PROXY included) unless the user chose otherwise.
        QSettings settings;
        ProxySettings::load(settings).apply();
    }

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
