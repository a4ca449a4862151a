#pragma once

#include <QAbstractHttpServer>

#include <functional>

namespace m3ter::sandbox {

// A QAbstractHttpServer that hands every complete request, with its socket, to one callback.
// The socket is what lets faults reset, stall or truncate a response; QHttpServer's router hides
// it. handleRequest always claims the request, so missingHandler is never reached.
class HttpListener : public QAbstractHttpServer {
public:
    using Handler = std::function<void(const QHttpServerRequest &, QTcpSocket *)>;

    explicit HttpListener(Handler handler, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Handler m_handler;
};

} // namespace m3ter::sandbox
