#include "api/TokenProvider.h"

#include "api/ApiLogging.h"
#include "api/TokenResponse.h"
#include "api/UserAgent.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <algorithm>

namespace m3ter {

using namespace std::chrono;

TokenProvider::TokenProvider(const ApiConnection &connection, QNetworkAccessManager *network,
                             QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_network(network) {}

TokenProvider::~TokenProvider() {
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

milliseconds TokenProvider::refreshMargin(seconds lifetime) {
    const milliseconds fifth = duration_cast<milliseconds>(lifetime) / 5;
    return std::min<milliseconds>(seconds(300), fifth);
}

QString TokenProvider::validToken() const {
    if (m_token.isEmpty() || m_validUntil.hasExpired())
        return {};
    return m_token;
}

void TokenProvider::requestToken() {
    if (isFetching())
        return;
    if (!validToken().isEmpty()) {
        QTimer::singleShot(0, this, [this] {
            const QString token = validToken();
            if (!token.isEmpty())
                emit tokenReady(token);
            else
                requestToken();
        });
        return;
    }

    const ApiError configError = m_connection.validate();
    if (configError.isError()) {
        QTimer::singleShot(0, this, [this, configError] { emit failed(configError); });
        return;
    }

    QNetworkRequest request(m_connection.tokenUrl());
    const QByteArray credentials =
        (m_connection.clientId.trimmed() + QLatin1Char(':') + m_connection.clientSecret)
            .toUtf8()
            .toBase64();
    request.setRawHeader("Authorization", "Basic " + credentials);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setTransferTimeout(int(m_transferTimeout.count()));
    // Basic credentials must never follow a redirect to another origin.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::SameOriginRedirectPolicy);

    ++m_fetchCount;
    m_requestStarted = QDeadlineTimer::current();
    qCInfo(lcApiAuth) << "requesting a bearer token from"
                      << m_connection.tokenUrl().toString(QUrl::RemoveUserInfo);
    m_reply = m_network->post(request, QByteArrayLiteral(R"({"grant_type":"client_credentials"})"));
    connect(m_reply, &QNetworkReply::finished, this, &TokenProvider::onReplyFinished);
}

void TokenProvider::invalidate() {
    if (!m_token.isEmpty())
        qCInfo(lcApiAuth) << "bearer token invalidated";
    m_token.clear();
    m_validUntil = QDeadlineTimer(0);
}

void TokenProvider::invalidateIfCurrent(const QString &staleToken) {
    if (!staleToken.isEmpty() && staleToken == m_token)
        invalidate();
}

void TokenProvider::onReplyFinished() {
    QNetworkReply *reply = m_reply.data();
    m_reply.clear();
    if (!reply)
        return;
    reply->deleteLater();
    const QByteArray body = reply->readAll();

    ApiError error = ApiError::fromReply(*reply, body, false);
    if (!error.isError())
        error = parseTokenResponse(body, m_requestStarted);
    else if (error.kind == ApiError::Kind::Http && error.httpStatus == 400)
        // A 400 from the token endpoint means the credentials' shape is wrong (e.g. a client id
        // of another kind); for the user that is a credentials problem, not a generic HTTP one.
        error.kind = ApiError::Kind::Auth;

    m_lastRetryAfter = reply->rawHeader("Retry-After");
    m_lastRetryAfterMs = reply->rawHeader("retry-after-ms");
    if (error.isError()) {
        qCWarning(lcApiAuth).noquote() << "token request failed:" << error.toLogString();
        emit failed(error);
        return;
    }
    emit tokenReady(m_token);
}

ApiError TokenProvider::parseTokenResponse(const QByteArray &body, QDeadlineTimer requestStarted) {
    TokenResponse response;
    if (ApiError error = TokenResponse::parse(body, &response); error.isError())
        return error;
    // Counted from when the request was sent, not answered: conservative by the round trip.
    const seconds life = response.lifetime;
    const milliseconds usable = duration_cast<milliseconds>(life) - refreshMargin(life);
    m_validUntil = requestStarted + usable.count();
    m_token = response.accessToken;
    qCInfo(lcApiAuth) << "bearer token received; lifetime" << life.count() << "s, refresh after"
                      << usable.count() << "ms";
    return {};
}

} // namespace m3ter
