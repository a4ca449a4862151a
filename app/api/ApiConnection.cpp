#include "api/ApiConnection.h"

#include <QHostAddress>

namespace m3ter {

namespace {

int effectivePort(const QUrl &url) {
    const QString scheme = url.scheme().toLower();
    return url.port(scheme == QLatin1String("https")  ? 443
                    : scheme == QLatin1String("http") ? 80
                                                      : -1);
}

QString basePath(const QUrl &base) {
    QString path = base.path(QUrl::FullyEncoded);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return path;
}

QString strictQuery(const QUrlQuery &query) {
    QString out;
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &item : items) {
        if (!out.isEmpty())
            out += QLatin1Char('&');
        out += QString::fromLatin1(QUrl::toPercentEncoding(item.first)) + QLatin1Char('=') +
               QString::fromLatin1(QUrl::toPercentEncoding(item.second));
    }
    return out;
}

} // namespace

QUrl ApiConnection::defaultBaseUrl() {
    return QUrl(QStringLiteral("https://api.m3ter.com"));
}

ApiError ApiConnection::validate() const {
    if (!baseUrl.isValid() || baseUrl.host().isEmpty())
        return ApiError::config(tr("The API address \"%1\" is not a valid URL.")
                                    .arg(baseUrl.toString(QUrl::RemoveUserInfo)));
    if (!baseUrl.userInfo().isEmpty() || baseUrl.hasQuery() || baseUrl.hasFragment())
        return ApiError::config(
            tr("The API address must not contain a user name, query or fragment."));
    const QString scheme = baseUrl.scheme().toLower();
    if (scheme == QLatin1String("http")) {
        if (!isLoopback(baseUrl))
            return ApiError::config(
                tr("The API address must use https:// (plain http:// is only allowed for "
                   "127.0.0.1, localhost and [::1])."));
    } else if (scheme != QLatin1String("https")) {
        return ApiError::config(tr("The API address must start with https://."));
    }
    if (orgId.trimmed().isEmpty())
        return ApiError::config(tr("The organization ID is missing."));
    if (clientId.trimmed().isEmpty())
        return ApiError::config(tr("The access key ID is missing."));
    if (clientSecret.isEmpty())
        return ApiError::config(tr("The API secret is missing."));
    return {};
}

QUrl ApiConnection::tokenUrl() const {
    QUrl url = baseUrl;
    url.setPath(basePath(baseUrl) + QStringLiteral("/oauth/token"), QUrl::TolerantMode);
    return url;
}

QUrl ApiConnection::apiUrl(const QString &pathUnderOrg, const QUrlQuery &query) const {
    QString relative = pathUnderOrg;
    while (relative.startsWith(QLatin1Char('/')))
        relative.remove(0, 1);
    QUrl url = baseUrl;
    url.setPath(basePath(baseUrl) + QStringLiteral("/organizations/") +
                    pathSegment(orgId.trimmed()) + QLatin1Char('/') + relative,
                QUrl::TolerantMode);
    const QString q = strictQuery(query);
    if (!q.isEmpty())
        url.setQuery(q, QUrl::StrictMode);
    return url;
}

bool ApiConnection::isApiOrigin(const QUrl &url) const {
    return url.isValid() && url.scheme().compare(baseUrl.scheme(), Qt::CaseInsensitive) == 0 &&
           url.host().compare(baseUrl.host(), Qt::CaseInsensitive) == 0 &&
           effectivePort(url) == effectivePort(baseUrl);
}

bool ApiConnection::isLoopback(const QUrl &url) {
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString ApiConnection::pathSegment(const QString &segment) {
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}

} // namespace m3ter
