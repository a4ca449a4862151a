#include "AuthEndpoint.h"

#include "SandboxContext.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace m3ter::sandbox {

bool AuthEndpoint::clientCredentialsValid(const QByteArray &authorization) const {
    const QByteArray value = authorization.trimmed();
    const int space = value.indexOf(' ');
    if (space <= 0 || value.left(space).toLower() != "basic")
        return false;
    const auto decoded = QByteArray::fromBase64Encoding(value.mid(space + 1).trimmed(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return false;
    const QByteArray pair = *decoded;
    const int colon = pair.indexOf(':');
    if (colon < 0)
        return false;
    return QString::fromUtf8(pair.left(colon)) == m_context.config.clientId &&
           QString::fromUtf8(pair.mid(colon + 1)) == m_context.config.clientSecret;
}

HttpReply AuthEndpoint::issueToken(const RequestContext &request) {
    if (!clientCredentialsValid(request.header("authorization")))
        return HttpReply::error(401, QStringLiteral("Bad credentials: send HTTP Basic "
                                                    "authentication with the access key id and "
                                                    "API secret"));

    // Both encodings are accepted (docs/m3ter-api.md, "Getting a token"): JSON as the SDKs send it,
    // form as the guide shows.
    QString grantType;
    const QByteArray contentType = request.header("content-type").toLower();
    const QJsonDocument json = QJsonDocument::fromJson(request.body);
    if (json.isObject() && !contentType.startsWith("application/x-www-form-urlencoded")) {
        grantType = json.object().value(QStringLiteral("grant_type")).toString();
    } else {
        const QUrlQuery form(QString::fromUtf8(request.body));
        grantType = form.queryItemValue(QStringLiteral("grant_type"), QUrl::FullyDecoded);
    }
    if (grantType != QLatin1String("client_credentials"))
        return HttpReply::error(400, QStringLiteral("grant_type must be client_credentials"));

    const QString token = m_tokens.issue(m_context.config.orgId,
                                         m_context.config.tokenLifetimeSeconds, request.nowMs);
    return HttpReply::json(QJsonObject{
        {QStringLiteral("access_token"), token},
        {QStringLiteral("expires_in"), m_context.config.tokenLifetimeSeconds},
        {QStringLiteral("token_type"), QStringLiteral("Bearer")},
        {QStringLiteral("scope"), QJsonValue::Null},
    });
}

std::optional<HttpReply> AuthEndpoint::authorize(const RequestContext &request,
                                                 const QString &orgId) const {
    QString tokenOrg;
    switch (m_tokens.check(request.header("authorization"), request.nowMs, &tokenOrg)) {
    case AccessTokenStore::Check::Missing:
        return HttpReply::error(403, QStringLiteral("Missing Authentication Token"));
    case AccessTokenStore::Check::Malformed:
    case AccessTokenStore::Check::Unknown:
        return HttpReply::error(403, QStringLiteral("Unauthorized: invalid bearer token"));
    case AccessTokenStore::Check::Expired:
        return HttpReply::error(403, QStringLiteral("Unauthorized: the bearer token has expired"));
    case AccessTokenStore::Check::Valid:
        break;
    }
    if (orgId.compare(tokenOrg, Qt::CaseInsensitive) != 0)
        return HttpReply::error(403, QStringLiteral("Forbidden: the token does not grant access "
                                                    "to organization %1")
                                         .arg(orgId));
    return std::nullopt;
}

} // namespace m3ter::sandbox
