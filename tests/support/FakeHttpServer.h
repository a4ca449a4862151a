#pragma once

#include "support/FakeResponse.h"
#include "support/RecordedRequest.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QQueue>
#include <QTcpServer>
#include <QUrl>

#include <functional>

class QTcpSocket;

namespace m3ter::test {

// A scripted HTTP/1.1 server on 127.0.0.1 for unit tests of the network layer: it records every
// request and answers from a per-path script. Handles keep-alive and several connections, but
// only Content-Length bodies (no chunked requests), which is all QNetworkAccessManager sends.
// Not a stand-in for m3ter: integration tests use the real sandbox.
class FakeHttpServer : public QObject {
    Q_OBJECT

public:
    using Handler = std::function<FakeResponse(const RecordedRequest &)>;

    explicit FakeHttpServer(QObject *parent = nullptr);
    ~FakeHttpServer() override;

    // Listens on 127.0.0.1 with an ephemeral port.
    bool listen();
    QUrl baseUrl() const;

    // Answers for path, used once each in order. When they run out, the default applies.
    void enqueue(const QString &path, const FakeResponse &response);
    void enqueue(const QString &path, const QList<FakeResponse> &responses);
    // The answer for path whenever its queue is empty (otherwise 404 {"message": ...}).
    void setDefault(const QString &path, const FakeResponse &response);
    // Computes answers for path (used when its queue is empty, before the default).
    void setHandler(const QString &path, Handler handler);

    QList<RecordedRequest> requests() const { return m_requests; }
    QList<RecordedRequest> requests(const QString &path) const;
    int count(const QString &path) const;
    void clearRequests() { m_requests.clear(); }
    // Milliseconds since the server was created; RecordedRequest::receivedAtMs uses this clock.
    qint64 elapsedMs() const { return m_clock.elapsed(); }
    // Closes every open connection, as a server restart would.
    void dropConnections();

signals:
    void requestReceived(const m3ter::test::RecordedRequest &request);

private:
    struct Connection {
        QByteArray buffer;
        bool busy = false; // a response is pending (delayed or stalled)
    };

    void onNewConnection();
    void processBuffer(QTcpSocket *socket);
    bool takeRequest(QByteArray &buffer, RecordedRequest &request);
    FakeResponse answerFor(const RecordedRequest &request);
    void respond(QTcpSocket *socket, const FakeResponse &response);

    QTcpServer m_server;
    QElapsedTimer m_clock;
    QHash<QTcpSocket *, Connection> m_connections;
    QHash<QString, QQueue<FakeResponse>> m_queues;
    QHash<QString, FakeResponse> m_defaults;
    QHash<QString, Handler> m_handlers;
    QList<RecordedRequest> m_requests;
};

} // namespace m3ter::test
