#include "ReplySender.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace m3ter::sandbox {

QByteArray ReplySender::corrupt(const QByteArray &body) {
    // Half a document plus bytes no JSON parser accepts: a client must report a parse error,
    // not show an empty page.
    return body.left(body.size() / 2) + "\x01<<not json";
}

void ReplySender::deliver(QTcpSocket *socket, HttpReply reply,
                          const std::optional<FaultSpec> &fault, int delayMs) {
    if (fault && fault->kind == FaultSpec::Kind::Stall)
        return; // never answer; the connection stays open until the client gives up
    if (delayMs <= 0) {
        write(socket, reply, fault);
        return;
    }
    // Precise: a coarse timer may fire 5% early, and tests assert "at least N ms".
    QTimer::singleShot(delayMs, Qt::PreciseTimer, this,
                       [guard = QPointer<QTcpSocket>(socket), reply, fault] {
                           if (guard && guard->state() == QAbstractSocket::ConnectedState)
                               write(guard, reply, fault);
                       });
}

void ReplySender::write(QTcpSocket *socket, const HttpReply &reply,
                        const std::optional<FaultSpec> &fault) {
    if (fault && fault->kind == FaultSpec::Kind::Reset) {
        // abort() drops the connection at once (RST where the OS allows), no bytes sent.
        socket->abort();
        return;
    }
    // One write per response: QTcpSocket sends each write() as its own segment, and a small
    // second segment waits for the client's delayed ACK (Nagle), a pause on every request.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    if (fault && fault->kind == FaultSpec::Kind::TruncatedBody) {
        // Promise the whole body, send half, then close: the client sees a short read.
        socket->write(reply.head(reply.body.size()) + reply.body.left(reply.body.size() / 2));
        socket->disconnectFromHost();
        return;
    }
    socket->write(reply.head() + reply.body);
}

} // namespace m3ter::sandbox
