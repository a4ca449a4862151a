#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

class QHttpServerRequest;

namespace m3ter::sandbox {

// What an endpoint needs from a request, copied out of QHttpServerRequest (which QtHttpServer
// reuses for the next request on the connection, so it must not be kept past handleRequest).
struct RequestContext {
    QByteArray method;
    QString path;
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    qint64 nowMs = 0;
    // Filled by the router: the route's name and its path parameters ({orgId}, {id}, ...).
    QString route;
    QStringList params;

    static RequestContext from(const QHttpServerRequest &request, qint64 nowMs);
    // Case-insensitive header lookup; an empty array when absent.
    QByteArray header(const QByteArray &name) const;
    bool hasHeader(const QByteArray &name) const;
};

} // namespace m3ter::sandbox
