#include "api/TokenResponse.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace m3ter {

ApiError TokenResponse::parse(const QByteArray &body, TokenResponse *out) {
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return ApiError::parse(QStringLiteral("(token response)"), parseError.errorString());
    const QJsonObject object = doc.object();

    const QJsonValue accessToken = object.value(QLatin1String("access_token"));
    if (!accessToken.isString() || accessToken.toString().isEmpty())
        return ApiError::parse(QStringLiteral("access_token"));

    const QJsonValue expiresIn = object.value(QLatin1String("expires_in"));
    const double lifetime = expiresIn.toDouble(-1);
    if (!expiresIn.isDouble() || lifetime <= 0)
        return ApiError::parse(QStringLiteral("expires_in"));

    const QJsonValue tokenType = object.value(QLatin1String("token_type"));
    if (!tokenType.isUndefined() && !tokenType.isNull() &&
        tokenType.toString().compare(QLatin1String("bearer"), Qt::CaseInsensitive) != 0)
        return ApiError::parse(QStringLiteral("token_type"));

    out->accessToken = accessToken.toString();
    // Whole seconds, never 0: "expires_in": 0.5 would otherwise give a token that is expired
    // on arrival, and every call would fetch a new one.
    out->lifetime = std::chrono::seconds(qint64(std::clamp(lifetime, 1.0, 1e9)));
    return {};
}

} // namespace m3ter
