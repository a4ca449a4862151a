#pragma once

#include "auth/Profile.h"
#include "auth/ResolvedConnection.h"

#include <QCoreApplication>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace m3ter {

// The command line and the environment, parsed without side effects: parse() neither prints nor
// exits, so tests can feed it any argument list and environment. main() then does, in order:
// errors → print them to stderr and exit 2; showHelp → print helpText; showVersion → print
// versionText; both exit 0.
class AppOptions {
    Q_DECLARE_TR_FUNCTIONS(m3ter::AppOptions)

public:
    // The only way to pass a secret non-interactively: the command line is visible in `ps`.
    static QString secretEnvironmentVariable();
    // Filter rules for QLoggingCategory::setFilterRules() when --verbose is given.
    static QString verboseLoggingRules();

    // `arguments` includes the program name first, like QCoreApplication::arguments().
    static AppOptions parse(const QStringList &arguments, const QProcessEnvironment &environment);
    static AppOptions fromApplication();

    // Pure: chooses the --profile (or else the active profile) and overrides it field by field
    // with --base-url, --org-id and --client-id.
    ResolvedConnection resolve(const QList<Profile> &profiles,
                               const QString &activeProfileId) const;

    bool hasConnectionOverrides() const;

    bool demo = false;
    bool verbose = false;
    bool selfTest = false;
    bool showHelp = false;
    bool showVersion = false;
    QString profileName;
    std::optional<QUrl> baseUrl;
    std::optional<QString> orgId;
    std::optional<QString> clientId;
    // From the environment; never print it.
    QString environmentSecret;

    // Translated, ready to print.
    QStringList errors;
    QString helpText;
    QString versionText;
};

} // namespace m3ter
