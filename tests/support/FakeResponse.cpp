#include "support/FakeResponse.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace m3ter::test {

FakeResponse FakeResponse::json(int status, const QByteArray &body) {
    FakeResponse r;
    r.status = status;
    r.body = body;
    r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    return r;
}

FakeResponse FakeResponse::message(int status, const QString &text) {
    return json(status, QJsonDocument(QJsonObject{{QStringLiteral("message"), text}})
                            .toJson(QJsonDocument::Compact));
}

FakeResponse FakeResponse::text(int status, const QByteArray &body) {
    FakeResponse r;
    r.status = status;
    r.body = body;
    r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("text/plain")));
    return r;
}

FakeResponse FakeResponse::redirect(const QUrl &location, int status) {
    FakeResponse r;
    r.status = status;
    r.headers.append(qMakePair(QByteArray("Location"), location.toEncoded()));
    return r;
}

FakeResponse FakeResponse::reset() {
    FakeResponse r;
    r.action = Action::Reset;
    return r;
}

FakeResponse FakeResponse::stall() {
    FakeResponse r;
    r.action = Action::Stall;
    return r;
}

FakeResponse &FakeResponse::withHeader(const QByteArray &name, const QByteArray &value) {
    headers.append(qMakePair(name, value));
    return *this;
}

FakeResponse &FakeResponse::after(int milliseconds) {
    delayMs = milliseconds;
    return *this;
}

} // namespace m3ter::test
