#pragma once

#include "FaultSpec.h"
#include "HttpReply.h"

#include <QObject>

#include <optional>

class QTcpSocket;

namespace m3ter::sandbox {

// Writes replies to sockets, now or later, shaped by an injected fault. A delayed reply holds
// only a QPointer to its socket: if the client hangs up meanwhile, QtHttpServer deletes the
// socket and the reply is dropped instead of written to freed memory.
class ReplySender : public QObject {
public:
    using QObject::QObject;

    void deliver(QTcpSocket *socket, HttpReply reply, const std::optional<FaultSpec> &fault,
                 int delayMs);

    // What the malformed-JSON fault sends instead of the real body.
    static QByteArray corrupt(const QByteArray &body);

private:
    static void write(QTcpSocket *socket, const HttpReply &reply,
                      const std::optional<FaultSpec> &fault);
};

} // namespace m3ter::sandbox
