#pragma once

#include "api/ApiError.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

namespace m3ter {

// Where and as whom the client talks to m3ter. A plain value: the auth layer builds it from a
// Profile plus the secret from the keychain; ApiClient takes a copy and never changes it (switch
// profiles by making a new ApiClient, so no request can mix two identities).
class ApiConnection {
    Q_DECLARE_TR_FUNCTIONS(m3ter::ApiConnection)

public:
    static QUrl defaultBaseUrl();

    QUrl baseUrl = defaultBaseUrl();
    QString orgId;
    QString clientId;
    QString clientSecret;

    // Kind::Config with a translated reason, or Kind::None. Plain http is refused except for
    // loopback, so credentials never cross a network unencrypted (the sandbox runs on loopback).
    ApiError validate() const;

    // {base}/oauth/token, keeping any path prefix of the base URL (e.g. behind a proxy).
    QUrl tokenUrl() const;
    // {base}/organizations/{orgId}/{pathUnderOrg}?{query}. The query is encoded strictly
    // ("," → %2C, "+" → %2B, ...), so opaque values such as nextToken survive any server.
    QUrl apiUrl(const QString &pathUnderOrg, const QUrlQuery &query = {}) const;
    // True when url has the base URL's scheme, host and port: the only origin that may ever see
    // the bearer token.
    bool isApiOrigin(const QUrl &url) const;

    static bool isLoopback(const QUrl &url);
    // Percent-encodes one path segment (an id from the server) for use in pathUnderOrg.
    static QString pathSegment(const QString &segment);
};

} // namespace m3ter
