#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace m3ter::test {

// What FakeHttpServer saw of one request, exactly as it came off the socket.
struct RecordedRequest {
    QByteArray method;
    QString path;       // decoded path, without the query
    QByteArray rawPath; // as sent, percent-encoding intact
    QByteArray rawQuery;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    qint64 receivedAtMs = 0; // on the server's monotonic clock (FakeHttpServer::elapsedMs)

    QUrlQuery query() const;
    // First value of a header, case-insensitively; empty if absent.
    QByteArray header(const QByteArray &name) const;
    bool hasHeader(const QByteArray &name) const;
};

} // namespace m3ter::test
