#pragma once

#include "api/ApiError.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>

namespace m3ter {

class ApiCall;
class ApiClient;
struct ParseError;

// Base of the typed request classes (one per endpoint). A request is a single-use QObject:
// construct, connect, start(); it then emits its typed success signal or failed(), and in both
// cases finished() last. It is owned by its parent (delete it after finished(), e.g. with
// deleteLater); destroying it earlier cancels the call silently.
class ApiRequest : public QObject {
    Q_OBJECT

public:
    ~ApiRequest() override;

    // Sends the request; only the first call has an effect.
    void start();
    // Cancels: failed(Kind::Cancelled) and finished() follow on the next event-loop turn.
    void abort();
    // Abandons the request: no signal of it reaches anyone any more, the call is cancelled and
    // the object deletes itself later. Safe inside a slot of one of its own signals.
    void discard();

    bool isRunning() const { return m_state == State::Running; }
    bool isFinished() const { return m_state == State::Finished; }
    bool ok() const { return isFinished() && !m_error.isError(); }
    ApiError error() const { return m_error; }
    // HTTP requests the underlying call sent so far (retries and auth replay included).
    int attempts() const;
    // The call is under way: waiting for a token, its turn, an answer or a retry (not yet
    // answered, and not parsing).
    bool isAwaitingReply() const { return !m_call.isNull(); }
    // The 2xx body, once the server answered (kept for callers that also need the raw JSON).
    QByteArray body() const { return m_body; }

    static ApiError toApiError(const ParseError &error);

signals:
    void failed(const m3ter::ApiError &error);
    void finished();

protected:
    ApiRequest(ApiClient *client, QObject *parent);

    ApiClient *client() const { return m_client; }
    // A reason not to send at all (invalid arguments), checked by start(); default: none.
    virtual ApiError precondition() const { return {}; }
    virtual ApiCall *send() = 0;
    // Called with a 2xx body. Parses it (possibly on another thread) and ends, exactly once,
    // with succeed() or fail().
    virtual void handleBody(const QByteArray &body) = 0;

    // Derived classes end the request through these two. succeed() is called after the typed
    // signal was emitted.
    void succeed();
    void fail(const ApiError &error);

private:
    enum class State { Idle, Running, Finished };

    void onCallFinished();

    ApiClient *m_client;
    QPointer<ApiCall> m_call;
    State m_state = State::Idle;
    ApiError m_error;
    int m_attempts = 0;
    QByteArray m_body;
};

} // namespace m3ter
