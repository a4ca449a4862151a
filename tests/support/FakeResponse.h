#pragma once

#include <QByteArray>
#include <QMetaType>
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

// Declared with the type, not in one test file: a declaration after the first use in a data-driven
// test is an error in optimised builds ("specialization after instantiation").
Q_DECLARE_METATYPE(m3ter::test::FakeResponse)
