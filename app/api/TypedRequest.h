#pragma once

#include "api/ApiRequest.h"
#include "api/OffThread.h"
#include "domain/Parsed.h"

#include <optional>

namespace m3ter {

// The common part of a request whose 2xx body parses into one Result. The parse step is a pure
// function of the bytes (each request class exposes it as a static parse()), so it can run on a
// worker thread: with setParseOffThread(true) it runs through OffThread::run and the typed signal
// still arrives on this object's thread. Worth it for 100-bill pages and whole bills.
template <class Result>
class TypedRequest : public ApiRequest {
public:
    using ParseFunction = Parsed<Result> (*)(const QByteArray &);

    void setParseOffThread(bool offThread) { m_parseOffThread = offThread; }
    bool parseOffThread() const { return m_parseOffThread; }
    // The request ends with the body unread: no typed signal, result() stays empty, the caller
    // reads body() into a shape of its own (the bill table's compact rows).
    void setSkipParse(bool skip) { m_skipParse = skip; }
    bool skipParse() const { return m_skipParse; }

    // The parsed value; valid once the request finished ok() (and did not skip the parse).
    const Result &result() const { return *m_result; }

protected:
    TypedRequest(ApiClient *client, ParseFunction parse, QObject *parent)
        : ApiRequest(client, parent)
        , m_parse(parse) {}

    // Emit the class's own typed signal.
    virtual void emitResult(const Result &result) = 0;

    void handleBody(const QByteArray &body) override {
        if (m_skipParse) {
            succeed();
        } else if (!m_parseOffThread) {
            complete(m_parse(body));
        } else {
            OffThread::run(
                this, [parse = m_parse, body] { return parse(body); },
                [this](Parsed<Result> parsed) { complete(std::move(parsed)); });
        }
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
    bool m_skipParse = false;
    std::optional<Result> m_result;
};

} // namespace m3ter
