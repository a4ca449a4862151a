#include "api/ApiError.h"

#include "api/Redact.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>

namespace m3ter {

namespace {

constexpr int kMaxServerMessage = 300;

QString withServerMessage(const QString &text, const QString &serverMessage) {
    if (serverMessage.isEmpty())
        return text;
    return ApiError::tr("%1\nThe server said: %2").arg(text, serverMessage);
}

QString networkText(QNetworkReply::NetworkError error) {
    switch (error) {
    case QNetworkReply::HostNotFoundError:
        return ApiError::tr(
            "The server could not be found. Check the API address of this connection and your "
            "internet connection.");
    case QNetworkReply::ConnectionRefusedError:
        return ApiError::tr(
            "The server refused the connection. Check the API address of this connection.");
    case QNetworkReply::RemoteHostClosedError:
        return ApiError::tr("The server closed the connection unexpectedly. Please try again.");
    case QNetworkReply::InsecureRedirectError:
        return ApiError::tr(
            "The server redirected the request to another address. It was stopped so that "
            "your credentials are not sent elsewhere.");
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return ApiError::tr(
            "The network proxy could not be used. Check the system proxy settings.");
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return ApiError::tr(
            "The network connection was lost. Please check your connection and try again.");
    default:
        return ApiError::tr(
            "A network error prevented the request from completing. Please try again.");
    }
}

QString httpText(int status) {
    switch (status) {
    case 400:
        return ApiError::tr("The server rejected the request as invalid (HTTP 400).");
    case 404:
        return ApiError::tr(
            "The requested item was not found (HTTP 404). It may have been deleted.");
    case 408:
        return ApiError::tr(
            "The server timed out waiting for the request (HTTP 408). Please try again.");
    case 409:
        return ApiError::tr(
            "The item was changed by someone else (HTTP 409). Reload and try again.");
    case 413:
        return ApiError::tr(
            "The server's response would be too large (HTTP 413). Narrow the filter.");
    case 429:
        return ApiError::tr(
            "Too many requests were sent to m3ter (HTTP 429). Wait a moment and try again.");
    default:
        break;
    }
    if (status >= 500)
        return ApiError::tr("The m3ter service had a problem (HTTP %1). Please try again later.")
            .arg(status);
    return ApiError::tr("The server answered with an unexpected status (HTTP %1).").arg(status);
}

QString authText(int status) {
    if (status == 403)
        return ApiError::tr("Access was denied (HTTP 403). The API key may lack permission, or the "
                            "organization ID of this connection may be wrong.");
    return ApiError::tr("The access key ID or API secret was not accepted (HTTP 401). Check the "
                        "credentials of this connection.");
}

} // namespace

QString ApiError::userText() const {
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        return networkText(networkError);
    case Kind::Timeout:
        return ApiError::tr("The server did not respond in time. Please try again.");
    case Kind::Http:
        return withServerMessage(httpText(httpStatus), serverMessage);
    case Kind::Auth:
        return withServerMessage(authText(httpStatus), serverMessage);
    case Kind::Parse:
        if (field.isEmpty())
            return ApiError::tr("The server's response could not be read.");
        return ApiError::tr(
                   "The server's response could not be read: the field \"%1\" is missing or "
                   "malformed.")
            .arg(field);
    case Kind::Cancelled:
        return ApiError::tr("The request was cancelled.");
    case Kind::Tls:
        return ApiError::tr("A secure connection to the server could not be established (TLS or "
                            "certificate error).");
    case Kind::Config:
        return detail.isEmpty() ? ApiError::tr("The connection settings are incomplete.") : detail;
    }
    return {};
}

QString ApiError::toLogString() const {
    QString text = QString::fromLatin1(QMetaEnum::fromType<Kind>().valueToKey(int(kind)));
    if (httpStatus != 0)
        text += QStringLiteral(" http=%1").arg(httpStatus);
    if (networkError != QNetworkReply::NoError)
        text += QStringLiteral(" network=%1").arg(int(networkError));
    if (!field.isEmpty())
        text += QStringLiteral(" field=") + field;
    if (!serverMessage.isEmpty())
        text += QStringLiteral(" message=\"") + serverMessage + QLatin1Char('"');
    if (!detail.isEmpty())
        text += QStringLiteral(" detail=\"") + redact(detail) + QLatin1Char('"');
    return text;
}

ApiError ApiError::config(const QString &translatedReason) {
    ApiError e;
    e.kind = Kind::Config;
    e.detail = translatedReason;
    return e;
}

ApiError ApiError::parse(const QString &fieldName, const QString &technicalDetail) {
    ApiError e;
    e.kind = Kind::Parse;
    e.field = fieldName;
    e.detail = technicalDetail;
    return e;
}

ApiError ApiError::cancelled() {
    ApiError e;
    e.kind = Kind::Cancelled;
    return e;
}

ApiError ApiError::http(int status, const QByteArray &body) {
    ApiError e;
    e.kind = (status == 401 || status == 403) ? Kind::Auth : Kind::Http;
    e.httpStatus = status;
    e.serverMessage = extractServerMessage(body);
    return e;
}

ApiError ApiError::fromReply(const QNetworkReply &reply, const QByteArray &body,
                             bool cancelledByUs) {
    const int status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = reply.error();

    if (cancelledByUs)
        return cancelled();
    // An HTTP status means the server answered; its status says more than Qt's error code.
    if (status >= 400)
        return http(status, body);
    if (error == QNetworkReply::NoError) {
        if (status >= 200 && status < 300)
            return {};
        // A 3xx that was not followed (or any other odd status) is not a usable answer.
        return http(status, body);
    }

    ApiError e;
    e.networkError = error;
    e.detail = reply.errorString();
    switch (error) {
    case QNetworkReply::OperationCanceledError: // Qt aborts like this on setTransferTimeout
    case QNetworkReply::TimeoutError:
        e.kind = Kind::Timeout;
        break;
    case QNetworkReply::SslHandshakeFailedError:
        e.kind = Kind::Tls;
        break;
    default:
        e.kind = Kind::Network;
        break;
    }
    return e;
}

QString ApiError::extractServerMessage(const QByteArray &body) {
    QString text;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error == QJsonParseError::NoError && doc.isObject() &&
        doc.object().value(QLatin1String("message")).isString()) {
        text = doc.object().value(QLatin1String("message")).toString();
    } else {
        text = QString::fromUtf8(body);
    }
    text = redact(text.simplified());
    if (text.size() > kMaxServerMessage)
        text = text.left(kMaxServerMessage - 1) + QChar(0x2026);
    return text;
}

} // namespace m3ter
