#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace m3ter::sandbox {

// A complete HTTP response, built by the endpoints and serialised by ReplySender. Kept as plain
// bytes (not written through QHttpServerResponder) so faults can delay, truncate or corrupt it.
struct HttpReply {
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    static HttpReply json(const QJsonObject &object, int status = 200);
    static HttpReply json(const QJsonArray &array, int status = 200);
    // m3ter's error shape (docs/m3ter-api.md, "Errors"): {"message": "..."} with Content-Type
    // application/json.
    static HttpReply error(int status, const QString &message);
    static HttpReply raw(int status, const QByteArray &contentType, const QByteArray &body);

    HttpReply &withHeader(const QByteArray &name, const QByteArray &value);
    // Status line and headers, including Content-Length (declaredLength overrides it, which is
    // how the truncated-body fault promises more bytes than it sends).
    QByteArray head(qint64 declaredLength = -1) const;
    static QByteArray reasonPhrase(int status);
};

} // namespace m3ter::sandbox
