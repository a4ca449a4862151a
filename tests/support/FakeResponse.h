#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace m3ter::test {

// One canned answer of FakeHttpServer: a response (optionally after a delay), a connection
// reset, or a stall (the request is read and never answered).
struct FakeResponse {
    enum class Action { Respond, Reset, Stall };

    Action action = Action::Respond;
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    int delayMs = 0;

    static FakeResponse json(int status, const QByteArray &body);
    // {"message": text}, as m3ter and the sandbox shape their errors.
    static FakeResponse message(int status, const QString &text);
    static FakeResponse text(int status, const QByteArray &body);
    static FakeResponse redirect(const QUrl &location, int status = 302);
    static FakeResponse reset();
    static FakeResponse stall();

    FakeResponse &withHeader(const QByteArray &name, const QByteArray &value);
    FakeResponse &after(int milliseconds);
};

} // namespace m3ter::test
