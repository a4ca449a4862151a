#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace m3ter {

// One m3ter connection as the user configured it. Deliberately has no secret member: the client
// secret lives only in a CredentialStore, keyed by `id`, so a Profile can be copied, logged and
// written to QSettings without any risk of leaking it.
class Profile {
    Q_DECLARE_TR_FUNCTIONS(m3ter::Profile)

public:
    // Errors block saving/connecting; warnings are shown but accepted (e.g. an organization id
    // that is not a UUID, which m3ter never issues but a proxy or a test server might accept).
    struct Validation {
        QStringList errors;
        QStringList warnings;
        bool isValid() const { return errors.isEmpty(); }
    };

    // A new profile with a fresh id and the public m3ter API as base URL.
    static Profile create(const QString &displayName = {});

    static QUrl defaultBaseUrl();
    static QString newId();

    // Plain http is allowed for these hosts only, so the token never crosses a network in clear.
    static bool isLoopbackHost(const QString &host);

    // Returns an empty string when the URL is acceptable as an API base URL, otherwise a
    // translated reason.
    static QString baseUrlProblem(const QUrl &url);

    Validation validate() const;

    // Trims the text fields; the dialog and the command line both feed user input through it.
    Profile normalized() const;

    // Stable and generated once; it is also the keychain key, so it must never change when the
    // user renames the profile.
    QString id;
    QString displayName;
    QUrl baseUrl = defaultBaseUrl();
    QString orgId;
    // The m3ter "access key id" of a service user, used as the OAuth client id.
    QString clientId;
    // Marks a profile that talks to real customer data; the UI warns more loudly.
    bool production = false;
    // Keep a copy of the bills on this computer (the local store: instant reopen, offline
    // reading, changes since the last look).
    bool keepLocalCopy = true;

    friend bool operator==(const Profile &a, const Profile &b) {
        return a.id == b.id && a.displayName == b.displayName && a.baseUrl == b.baseUrl &&
               a.orgId == b.orgId && a.clientId == b.clientId && a.production == b.production &&
               a.keepLocalCopy == b.keepLocalCopy;
    }
    friend bool operator!=(const Profile &a, const Profile &b) { return !(a == b); }
};

} // namespace m3ter
