#pragma once

#include <QFile>
#include <QHostAddress>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QUrl>

// An https server on 127.0.0.1 with the self-signed certificate in data/ (a test fixture made
// once with openssl, valid until 2126, CN=localhost, SAN localhost + 127.0.0.1). It counts TLS
// handshakes that began and requests that reached the "handler" (bytes read over a completed
// handshake): a client that refuses the certificate must produce the first and never the second.
class TlsTestServer : public QObject {
public:
    bool listen() {
        QFile certFile(QStringLiteral(BILLS_CONNECTION_TEST_DATA "/selfsigned.crt"));
        QFile keyFile(QStringLiteral(BILLS_CONNECTION_TEST_DATA "/selfsigned.key"));
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
            return false;
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(QSslCertificate(&certFile, QSsl::Pem));
        config.setPrivateKey(QSslKey(&keyFile, QSsl::Rsa, QSsl::Pem));
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_server.setSslConfiguration(config);
        QObject::connect(&m_server, &QSslServer::startedEncryptionHandshake, this,
                         [this](QSslSocket *) { ++handshakesStarted; });
        QObject::connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                QObject::connect(socket, &QIODevice::readyRead, this, [this, socket] {
                    if (!socket->readAll().isEmpty())
                        ++requestsHandled;
                    socket->write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}");
                });
            }
        });
        return m_server.listen(QHostAddress::LocalHost, 0);
    }

    QUrl baseUrl() const {
        return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_server.serverPort()));
    }

    int handshakesStarted = 0;
    int requestsHandled = 0;

private:
    QSslServer m_server;
};
