#include "HttpReply.h"

#include <QJsonDocument>

namespace m3ter::sandbox {

HttpReply HttpReply::json(const QJsonObject &object, int status) {
    return raw(status, "application/json", QJsonDocument(object).toJson(QJsonDocument::Compact));
}

HttpReply HttpReply::json(const QJsonArray &array, int status) {
    return raw(status, "application/json", QJsonDocument(array).toJson(QJsonDocument::Compact));
}

HttpReply HttpReply::error(int status, const QString &message) {
    return json(QJsonObject{{QStringLiteral("message"), message}}, status);
}

HttpReply HttpReply::raw(int status, const QByteArray &contentType, const QByteArray &body) {
    HttpReply r;
    r.status = status;
    r.headers.append({QByteArrayLiteral("Content-Type"), contentType});
    r.body = body;
    return r;
}

HttpReply &HttpReply::withHeader(const QByteArray &name, const QByteArray &value) {
    headers.append({name, value});
    return *this;
}

QByteArray HttpReply::head(qint64 declaredLength) const {
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    for (const auto &h : headers)
        out += h.first + ": " + h.second + "\r\n";
    out += "Content-Length: " +
           QByteArray::number(declaredLength >= 0 ? declaredLength : body.size()) + "\r\n\r\n";
    return out;
}

QByteArray HttpReply::reasonPhrase(int status) {
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        break;
    }
    return status < 500 ? "Client Error" : "Server Error";
}

} // namespace m3ter::sandbox
