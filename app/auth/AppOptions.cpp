#include "auth/AppOptions.h"

#include <QCommandLineParser>
#include <QRegularExpression>

namespace m3ter {

namespace {

// Anything that looks like an attempt to pass a secret as an option. Matched before parsing so
// the refusal names the environment variable, and so the value is never echoed in an
// "unknown option" or "unexpected argument" message.
bool looksLikeSecretOption(const QString &argument) {
    static const QRegularExpression pattern(
        QStringLiteral("^--?(client[-_]?secret|api[-_]?secret|secret|password|token)(=.*)?$"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern.match(argument).hasMatch();
}

// QCommandLineParser's message names the unknown options, which is useful for a typo
// ("--verbos") but would print a secret given as "-s3cr3t" (read as the short options s, 3, c, ...)
// or as "--Xk29fQ". Names that look like a real option (one short letter, or lower-case words
// joined by hyphens) are shown; anything else is not.
bool unknownOptionsMayBeSecret(const QStringList &names) {
    static const QRegularExpression wordLike(QStringLiteral("^[a-z]+(-[a-z]+)*$"));
    if (names.size() == 1 && names.constFirst().size() == 1)
        return false;
    for (const QString &name : names) {
        if (name.size() < 2 || name.size() > 30 || !wordLike.match(name).hasMatch())
            return true;
    }
    return false;
}

std::optional<Profile> findProfile(const QList<Profile> &profiles, const QString &idOrName,
                                   bool *ambiguous) {
    *ambiguous = false;
    const QString wanted = idOrName.trimmed();
    for (const Profile &p : profiles) {
        if (p.id == wanted)
            return p;
    }
    std::optional<Profile> match;
    for (const Profile &p : profiles) {
        if (p.displayName.trimmed().compare(wanted, Qt::CaseInsensitive) != 0)
            continue;
        // Guessing between two same-named profiles could pick the production organization.
        if (match) {
            *ambiguous = true;
            return std::nullopt;
        }
        match = p;
    }
    return match;
}

} // namespace

QString AppOptions::secretEnvironmentVariable() {
    return QStringLiteral("M3TER_CLIENT_SECRET");
}

QString AppOptions::verboseLoggingRules() {
    return QStringLiteral("m3ter.*=true");
}

AppOptions AppOptions::fromApplication() {
    return parse(QCoreApplication::arguments(), QProcessEnvironment::systemEnvironment());
}

AppOptions AppOptions::parse(const QStringList &arguments, const QProcessEnvironment &environment) {
    AppOptions options;
    options.environmentSecret = environment.value(secretEnvironmentVariable()).trimmed();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Browse m3ter bills and download bill statements.\n\n"
           "The client secret is read from the system keychain or, for automation, from the "
           "environment variable %1. It is never accepted on the command line, where other "
           "users of this computer could see it.")
            .arg(secretEnvironmentVariable()));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        tr("Run against the built-in sandbox with generated data; no m3ter account needed."));
    const QCommandLineOption profileOption(
        QStringLiteral("profile"), tr("Use the saved profile with this name or id."), tr("name"));
    const QCommandLineOption baseUrlOption(
        QStringLiteral("base-url"),
        tr("Override the API base URL (https; plain http only for this computer)."), tr("url"));
    const QCommandLineOption orgIdOption(QStringLiteral("org-id"),
                                         tr("Override the m3ter organization id."), tr("id"));
    const QCommandLineOption clientIdOption(
        QStringLiteral("client-id"),
        tr("Override the access key id (client id); give its secret in %1.")
            .arg(secretEnvironmentVariable()),
        tr("id"));
    const QCommandLineOption verboseOption(QStringLiteral("verbose"),
                                           tr("Log diagnostics (logging categories m3ter.*)."));
    const QCommandLineOption selfTestOption(
        QStringLiteral("self-test"), tr("Check the installation, print the result and exit."));
    parser.addOptions({demoOption, profileOption, baseUrlOption, orgIdOption, clientIdOption,
                       verboseOption, selfTestOption});

    options.helpText = parser.helpText();
    options.versionText = QCoreApplication::applicationName() + QLatin1Char(' ') +
                          QCoreApplication::applicationVersion();

    QStringList args = arguments;
    if (args.isEmpty())
        args << QCoreApplication::applicationName();

    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--"))
            break;
        if (looksLikeSecretOption(args.at(i))) {
            options.errors << tr("Secrets are not accepted on the command line, where other users "
                                 "of this computer can read them. Set the environment variable "
                                 "%1 instead.")
                                  .arg(secretEnvironmentVariable());
            return options;
        }
    }

    if (!parser.parse(args)) {
        options.errors << (unknownOptionsMayBeSecret(parser.unknownOptionNames())
                               ? tr("Unknown option on the command line (not shown: it might be a "
                                    "secret). See --help for the options.")
                               : parser.errorText());
        return options;
    }

    options.showHelp = parser.isSet(helpOption) || parser.isSet(QStringLiteral("help-all"));
    options.showVersion = parser.isSet(versionOption);
    options.demo = parser.isSet(demoOption);
    options.verbose = parser.isSet(verboseOption);
    options.selfTest = parser.isSet(selfTestOption);

    if (parser.isSet(profileOption)) {
        options.profileName = parser.value(profileOption).trimmed();
        if (options.profileName.isEmpty())
            options.errors << tr("--profile needs a profile name.");
    }
    if (parser.isSet(baseUrlOption)) {
        const QUrl url(parser.value(baseUrlOption).trimmed(), QUrl::StrictMode);
        if (const QString problem = Profile::baseUrlProblem(url); !problem.isEmpty())
            options.errors << tr("--base-url: %1").arg(problem);
        options.baseUrl = url;
    }
    if (parser.isSet(orgIdOption)) {
        options.orgId = parser.value(orgIdOption).trimmed();
        if (options.orgId->isEmpty())
            options.errors << tr("--org-id needs an organization id.");
    }
    if (parser.isSet(clientIdOption)) {
        options.clientId = parser.value(clientIdOption).trimmed();
        if (options.clientId->isEmpty())
            options.errors << tr("--client-id needs an access key id.");
    }

    // Mixing would leave it unclear whether real customer data is being touched.
    if (options.demo && (options.hasConnectionOverrides() || !options.profileName.isEmpty()))
        options.errors << tr("--demo cannot be combined with --profile, --base-url, --org-id or "
                             "--client-id.");

    const QStringList positional = parser.positionalArguments();
    // Not echoed: a secret pasted without its option name lands here.
    if (!positional.isEmpty())
        options.errors << tr("Unexpected argument on the command line (not shown: it might be a "
                             "secret). Every argument is an option starting with --; see --help.");

    return options;
}

bool AppOptions::hasConnectionOverrides() const {
    return baseUrl.has_value() || orgId.has_value() || clientId.has_value();
}

ResolvedConnection AppOptions::resolve(const QList<Profile> &profiles,
                                       const QString &activeProfileId) const {
    ResolvedConnection r;
    if (demo) {
        r.source = ResolvedConnection::Source::Demo;
        return r;
    }

    std::optional<Profile> base;
    if (!profileName.isEmpty()) {
        bool ambiguous = false;
        base = findProfile(profiles, profileName, &ambiguous);
        if (!base) {
            r.errors << (ambiguous ? tr("More than one profile is named \"%1\"; use its id "
                                        "instead.")
                                         .arg(profileName)
                                   : tr("There is no profile named \"%1\".").arg(profileName));
            return r;
        }
    } else if (!activeProfileId.isEmpty()) {
        for (const Profile &p : profiles) {
            if (p.id == activeProfileId)
                base = p;
        }
    }

    if (!base && !hasConnectionOverrides())
        return r; // Source::None: the UI lets the user create or pick a profile

    Profile p;
    if (base) {
        p = *base;
        r.source = ResolvedConnection::Source::Profile;
    } else {
        p.displayName = tr("Command line");
        r.source = ResolvedConnection::Source::CommandLine;
    }
    if (baseUrl)
        p.baseUrl = *baseUrl;
    if (orgId)
        p.orgId = *orgId;
    if (clientId)
        p.clientId = *clientId;
    // Nobody marked an ad-hoc connection, so assume the worst unless it stays on this computer:
    // the production warning is cheap, touching real data by mistake is not.
    if (!base)
        p.production = !Profile::isLoopbackHost(p.baseUrl.host());
    r.profile = p.normalized();

    const Profile::Validation validation = r.profile.validate();
    const QString prefix =
        base ? tr("Profile \"%1\"").arg(r.profile.displayName) : tr("Command line");
    for (const QString &e : validation.errors)
        r.errors << tr("%1: %2").arg(prefix, e);
    for (const QString &w : validation.warnings)
        r.warnings << tr("%1: %2").arg(prefix, w);

    if (!environmentSecret.isEmpty()) {
        r.secret = environmentSecret;
        r.secretFromEnvironment = true;
    } else if (base) {
        if (r.profile.clientId == base->normalized().clientId)
            r.keychainProfileId = base->id;
        else
            r.warnings << tr("The saved secret of profile \"%1\" belongs to another access key "
                             "and is not used; set %2 to give the secret for --client-id.")
                              .arg(base->displayName, secretEnvironmentVariable());
    }
    return r;
}

} // namespace m3ter
