#include "auth/Profile.h"

#include <QUuid>

namespace m3ter {

Profile Profile::create(const QString &displayName) {
    Profile p;
    p.id = newId();
    p.displayName = displayName;
    return p;
}

QUrl Profile::defaultBaseUrl() {
    return QUrl(QStringLiteral("https://api.m3ter.com"));
}

QString Profile::newId() {
    // Without braces: the id is used as a QSettings group name and as the keychain key, and
    // braces would be escaped differently by each backend.
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool Profile::isLoopbackHost(const QString &host) {
    // Only the canonical loopback names (QUrl::host() gives "::1" for "[::1]"): accepting all of
    // 127/8 or IPv4-mapped forms would widen the plain-http exception for no user benefit.
    return host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 ||
           host == QLatin1String("127.0.0.1") || host == QLatin1String("::1");
}

QString Profile::baseUrlProblem(const QUrl &url) {
    if (url.isEmpty())
        return tr("Enter the API base URL, for example %1.").arg(defaultBaseUrl().toString());
    if (!url.isValid() || url.isRelative() || url.host().isEmpty())
        return tr("The API base URL is not a valid web address.");
    // Userinfo in the URL would be a second, unprotected place for a credential.
    if (!url.userInfo().isEmpty())
        return tr("The API base URL must not contain a user name or password.");
    if (url.hasQuery() || url.hasFragment())
        return tr("The API base URL must not contain a query (?) or fragment (#).");
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http")) {
        if (isLoopbackHost(url.host()))
            return {};
        return tr("The API base URL must use https. Plain http is only allowed for this computer "
                  "(127.0.0.1, localhost or [::1]).");
    }
    return tr("The API base URL must start with https://.");
}

Profile::Validation Profile::validate() const {
    Validation v;
    const Profile p = normalized();
    if (p.displayName.isEmpty())
        v.errors << tr("Enter a name for the profile.");
    if (const QString problem = baseUrlProblem(p.baseUrl); !problem.isEmpty())
        v.errors << problem;
    if (p.orgId.isEmpty()) {
        v.errors << tr("Enter the organization id (shown in the m3ter Console).");
    } else if (QUuid::fromString(p.orgId).isNull()) {
        // m3ter issues UUIDs, so anything else is most likely a paste error; still accepted
        // because the id is only ever a path segment and a test server may use other ids.
        v.warnings << tr("The organization id does not look like an m3ter id "
                         "(xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).");
    }
    if (p.clientId.isEmpty())
        v.errors << tr("Enter the access key id (client id) of the m3ter service user.");
    else if (p.clientId.contains(QLatin1Char(':')))
        // HTTP Basic authentication separates id and secret with the first colon.
        v.errors << tr("The access key id must not contain a colon (:).");
    return v;
}

Profile Profile::normalized() const {
    Profile p = *this;
    p.id = p.id.trimmed();
    p.displayName = p.displayName.trimmed();
    p.orgId = p.orgId.trimmed();
    p.clientId = p.clientId.trimmed();
    p.baseUrl = p.baseUrl.adjusted(QUrl::NormalizePathSegments);
    return p;
}

} // namespace m3ter
