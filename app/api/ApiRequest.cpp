#include "api/ApiRequest.h"

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "domain/ParseError.h"

#include <QTimer>

namespace m3ter {

ApiRequest::ApiRequest(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client) {}

ApiRequest::~ApiRequest() {
    if (m_call) {
        m_call->disconnect(this);
        m_call->abort();
    }
}

ApiError ApiRequest::toApiError(const ParseError &error) {
    return ApiError::parse(error.field, error.message);
}

void ApiRequest::start() {
    if (m_state != State::Idle)
        return;
    m_state = State::Running;
    const ApiError invalid = precondition();
    if (invalid.isError()) {
        // Asynchronous like every other outcome, so callers need only one code path.
        QTimer::singleShot(0, this, [this, invalid] { fail(invalid); });
        return;
    }
    m_call = send();
    connect(m_call, &ApiCall::finished, this, &ApiRequest::onCallFinished);
}

void ApiRequest::abort() {
    if (m_state == State::Finished)
        return;
    if (m_call) {
        m_call->abort(); // finishes with Cancelled on the next turn; onCallFinished reports it
        return;
    }
    m_state = State::Running;
    QTimer::singleShot(0, this, [this] { fail(ApiError::cancelled()); });
}

void ApiRequest::discard() {
    disconnect();
    abort();
    deleteLater();
}

int ApiRequest::attempts() const {
    return m_call ? m_call->attempts() : m_attempts;
}

void ApiRequest::onCallFinished() {
    ApiCall *call = m_call.data();
    m_call.clear();
    if (!call || m_state != State::Running)
        return;
    m_attempts = call->attempts();
    if (!call->ok()) {
        fail(call->error());
        return;
    }
    m_body = call->body();
    handleBody(m_body);
}

void ApiRequest::succeed() {
    if (m_state == State::Finished)
        return;
    m_state = State::Finished;
    m_error = {};
    emit finished();
}

void ApiRequest::fail(const ApiError &error) {
    if (m_state == State::Finished)
        return;
    m_state = State::Finished;
    m_error = error;
    emit failed(error);
    emit finished();
}

} // namespace m3ter
