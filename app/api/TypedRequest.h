#pragma once

#include "api/ApiRequest.h"
#include "domain/Parsed.h"

#include <QFutureWatcher>
#include <QPromise>
#include <QThreadPool>

#include <memory>
#include <optional>

namespace m3ter {

// The common part of a request whose 2xx body parses into one Result. The parse step is a pure
// function of the bytes (each request class exposes it as a static parse()), so it can run on a
// worker thread: with setParseOffThread(true) it runs on QThreadPool::globalInstance() and the
// typed signal still arrives on this object's thread. Worth it for 100-bill pages.
template <class Result>
class TypedRequest : public ApiRequest {
public:
    using ParseFunction = Parsed<Result> (*)(const QByteArray &);

    void setParseOffThread(bool offThread) { m_parseOffThread = offThread; }
    bool parseOffThread() const { return m_parseOffThread; }

    // The parsed value; valid once the request finished ok().
    const Result &result() const { return *m_result; }

protected:
    TypedRequest(ApiClient *client, ParseFunction parse, QObject *parent)
        : ApiRequest(client, parent)
        , m_parse(parse) {}

    // Emit the class's own typed signal.
    virtual void emitResult(const Result &result) = 0;

    void handleBody(const QByteArray &body) override {
        if (!m_parseOffThread) {
            complete(m_parse(body));
            return;
        }
        // The worker writes the holder, then finishes the promise; the watcher (a child of
        // this, so gone with it) reports on our thread. No raw `this` crosses threads.
        auto holder = std::make_shared<std::optional<Parsed<Result>>>();
        auto promise = std::make_shared<QPromise<void>>();
        auto *watcher = new QFutureWatcher<void>(this);
        QObject::connect(watcher, &QFutureWatcher<void>::finished, this, [this, watcher, holder] {
            watcher->deleteLater();
            complete(std::move(**holder));
        });
        watcher->setFuture(promise->future());
        promise->start();
        QThreadPool::globalInstance()->start([parse = m_parse, body, holder, promise] {
            holder->emplace(parse(body));
            promise->finish();
        });
    }

private:
    void complete(Parsed<Result> parsed) {
        if (isFinished()) // aborted while parsing
            return;
        if (!parsed.ok()) {
            fail(toApiError(parsed.error()));
            return;
        }
        m_result = std::move(parsed).value();
        emitResult(*m_result);
        succeed();
    }

    ParseFunction m_parse;
    bool m_parseOffThread = false;
    std::optional<Result> m_result;
};

} // namespace m3ter
