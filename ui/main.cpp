#include "AppTranslations.h"
#include "DemoBackend.h"
#include "MainWindow.h"
#include "api/ApiClient.h"
#include "auth/AppOptions.h"
#include "auth/KeychainCredentialStore.h"
#include "auth/ProfileStore.h"

#include <QApplication>
#include <QIcon>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QTextStream>

#include <cstdio>
#include <memory>

using namespace m3ter;

namespace {

void printTo(FILE *stream, const QString &text) {
    QTextStream out(stream);
    out << text;
    if (!text.endsWith(QLatin1Char('\n')))
        out << '\n';
}

// Owns what lives as long as the window: the API client and (in demo mode) the sandbox.
struct Session {
    std::unique_ptr<DemoBackend> demo;
    std::unique_ptr<ApiClient> client;
    std::unique_ptr<MainWindow> window;
    std::unique_ptr<KeychainCredentialStore> credentials;
};

void openWindow(Session &session, const ApiConnection &connection,
                const MainWindow::Connection &label) {
    session.client = std::make_unique<ApiClient>(connection);
    session.window = std::make_unique<MainWindow>(session.client.get(), label);
    session.window->show();
    session.window->start();
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

    Session session;
    if (options.demo) {
        session.demo = std::make_unique<DemoBackend>();
        if (!session.demo->start()) {
            printTo(stderr, QCoreApplication::translate(
                                "main", "The demo sandbox could not start on 127.0.0.1."));
            return 1;
        }
        const ApiConnection connection = session.demo->connection();
        openWindow(session, connection,
                   {QCoreApplication::translate("main", "Demo sandbox"), connection.orgId, false});
        return app.exec();
    }

    ProfileStore profiles;
    const ResolvedConnection resolved =
        options.resolve(profiles.profiles(), profiles.activeProfileId());
    if (!resolved.isValid()) {
        printTo(stderr, resolved.errors.join(QLatin1Char('\n')));
        return 2;
    }
    for (const QString &warning : resolved.warnings)
        printTo(stderr, warning);
    if (resolved.source == ResolvedConnection::Source::None) {
        QMessageBox::information(
            nullptr, QCoreApplication::translate("main", "No connection"),
            QCoreApplication::translate(
                "main", "No m3ter connection is configured yet.\n\nStart with --demo to try the "
                        "app against the built-in sandbox, or pass --base-url, --org-id and "
                        "--client-id with the secret in the M3TER_CLIENT_SECRET environment "
                        "variable."));
        return 1;
    }

    ApiConnection connection;
    connection.baseUrl = resolved.profile.baseUrl;
    connection.orgId = resolved.profile.orgId;
    connection.clientId = resolved.profile.clientId;
    const MainWindow::Connection label{resolved.profile.displayName.isEmpty()
                                           ? resolved.profile.orgId
                                           : resolved.profile.displayName,
                                       resolved.profile.orgId, resolved.profile.production};
    if (!resolved.secret.isEmpty() || resolved.keychainProfileId.isEmpty()) {
        connection.clientSecret = resolved.secret;
        openWindow(session, connection, label);
        return app.exec();
    }
    // The secret lives in the OS keychain; read it asynchronously, then open the window.
    session.credentials = std::make_unique<KeychainCredentialStore>();
    session.credentials->readSecret(
        resolved.keychainProfileId, &app,
        [&session, connection, label](const CredentialResult &result) mutable {
            if (result.status != CredentialResult::Status::Ok) {
                QMessageBox::warning(nullptr,
                                     QCoreApplication::translate("main", "Secret not available"),
                                     result.message);
                QCoreApplication::exit(1);
                return;
            }
            connection.clientSecret = result.secret;
            openWindow(session, connection, label);
        });
    return app.exec();
}
