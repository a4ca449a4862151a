#include "support/FakeHttpServer.h"

#include <QHostAddress>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace m3ter::test {

namespace {

QByteArray reasonPhrase(int status) {
    switch (status) {
    case 200:
        return "OK";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 307:
        return "Temporary Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
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
        return "Status";
    }
}

} // namespace

FakeHttpServer::FakeHttpServer(QObject *parent)
    : QObject(parent) {
    m_clock.start();
    connect(&m_server, &QTcpServer::newConnection, this, &FakeHttpServer::onNewConnection);
}

FakeHttpServer::~FakeHttpServer() {
    dropConnections();
}

bool FakeHttpServer::listen() {
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl FakeHttpServer::baseUrl() const {
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_server.serverPort());
    return url;
}

void FakeHttpServer::enqueue(const QString &path, const FakeResponse &response) {
    m_queues[path].enqueue(response);
}

void FakeHttpServer::enqueue(const QString &path, const QList<FakeResponse> &responses) {
    for (const auto &r : responses)
        enqueue(path, r);
}

void FakeHttpServer::setDefault(const QString &path, const FakeResponse &response) {
    m_defaults.insert(path, response);
}

void FakeHttpServer::setHandler(const QString &path, Handler handler) {
    m_handlers.insert(path, std::move(handler));
}

QList<RecordedRequest> FakeHttpServer::requests(const QString &path) const {
    QList<RecordedRequest> out;
    for (const auto &r : m_requests) {
        if (r.path == path)
            out.append(r);
    }
    return out;
}

int FakeHttpServer::count(const QString &path) const {
    return int(requests(path).size());
}

void FakeHttpServer::dropConnections() {
    const auto sockets = m_connections.keys();
    m_connections.clear();
    for (QTcpSocket *socket : sockets) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
}

void FakeHttpServer::onNewConnection() {
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        m_connections.insert(socket, Connection{});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            auto it = m_connections.find(socket);
            if (it == m_connections.end())
                return;
            it->buffer += socket->readAll();
            processBuffer(socket);
        });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_connections.remove(socket);
            socket->deleteLater();
        });
    }
}

void FakeHttpServer::processBuffer(QTcpSocket *socket) {
    auto it = m_connections.find(socket);
    while (it != m_connections.end() && !it->busy) {
        RecordedRequest request;
        if (!takeRequest(it->buffer, request))
            return;
        request.receivedAtMs = m_clock.elapsed();
        m_requests.append(request);
        emit requestReceived(request);
        const FakeResponse response = answerFor(request);
        it = m_connections.find(socket); // a slot of requestReceived may have changed things
        if (it == m_connections.end())
            return;
        if (response.action == FakeResponse::Action::Stall) {
            it->busy = true;
            return;
        }
        if (response.delayMs > 0) {
            it->busy = true;
            QPointer<QTcpSocket> guard(socket);
            QTimer::singleShot(response.delayMs, this, [this, guard, response] {
                if (!guard)
                    return;
                auto c = m_connections.find(guard.data());
                if (c == m_connections.end())
                    return;
                c->busy = false;
                respond(guard.data(), response);
                if (m_connections.contains(guard.data()))
                    processBuffer(guard.data());
            });
            return;
        }
        respond(socket, response);
        it = m_connections.find(socket);
    }
}

bool FakeHttpServer::takeRequest(QByteArray &buffer, RecordedRequest &request) {
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return false;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() < 2)
        return false;

    qsizetype contentLength = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed();
        const QByteArray value = line.mid(colon + 1).trimmed();
        headers.append({name, value});
        if (name.compare("content-length", Qt::CaseInsensitive) == 0)
            contentLength = value.toLongLong();
    }
    const qsizetype total = headerEnd + 4 + contentLength;
    if (buffer.size() < total)
        return false;

    request.method = requestLine.at(0);
    const QByteArray target = requestLine.at(1);
    const qsizetype question = target.indexOf('?');
    request.rawPath = question < 0 ? target : target.left(question);
    request.rawQuery = question < 0 ? QByteArray() : target.mid(question + 1);
    request.path = QUrl::fromPercentEncoding(request.rawPath);
    request.headers = headers;
    request.body = buffer.mid(headerEnd + 4, contentLength);
    buffer.remove(0, total);
    return true;
}

FakeResponse FakeHttpServer::answerFor(const RecordedRequest &request) {
    auto queue = m_queues.find(request.path);
    if (queue != m_queues.end() && !queue->isEmpty())
        return queue->dequeue();
    const auto handler = m_handlers.constFind(request.path);
    if (handler != m_handlers.constEnd())
        return (*handler)(request);
    const auto fallback = m_defaults.constFind(request.path);
    if (fallback != m_defaults.constEnd())
        return *fallback;
    return FakeResponse::message(404, QStringLiteral("FakeHttpServer: nothing scripted for ") +
                                          request.path);
}

void FakeHttpServer::respond(QTcpSocket *socket, const FakeResponse &response) {
    if (response.action == FakeResponse::Action::Reset) {
        m_connections.remove(socket);
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
        return;
    }
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                     reasonPhrase(response.status) + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    for (const auto &h : response.headers)
        out += h.first + ": " + h.second + "\r\n";
    out += "\r\n";
    out += response.body;
    socket->write(out);
}

} // namespace m3ter::test
