#include "api/ApiCall.h"

#include "api/ApiClient.h"
#include "api/ApiLogging.h"
#include "api/OneShotUploadDevice.h"
#include "api/Redact.h"
#include "api/RequestPacer.h"
#include "api/TokenProvider.h"
#include "api/UserAgent.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace m3ter {

ApiCall::ApiCall(ApiClient *client, const QByteArray &method, const QUrl &url,
                 const QByteArray &body, bool idempotent)
    : QObject(client)
    , m_client(client)
    , m_method(method)
    , m_url(url)
    , m_requestBody(body)
    , m_idempotent(idempotent) {
    m_retryTimer.setSingleShot(true);
    // A coarse timer may fire up to 5 % early, which would not honour a server's Retry-After.
    m_retryTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiCall::acquireToken);
}

ApiCall::~ApiCall() {
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

QByteArray ApiCall::rawHeader(const QByteArray &name) const {
    for (const auto &header : m_headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

void ApiCall::abort() {
    if (m_state == State::Finished)
        return;
    stopWaitingForToken();
    m_client->pacer()->cancel(this);
    m_retryTimer.stop();
    if (QNetworkReply *reply = m_reply.data()) {
        m_reply.clear();
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    m_error = ApiError::cancelled();
    m_state = State::Finished;
    qCDebug(lcApi).noquote() << describe() << "cancelled";
    // Emitting inside abort() would re-enter the caller, which is usually tearing down state.
    QMetaObject::invokeMethod(
        this,
        [this] {
            emit finished();
            deleteLater();
        },
        Qt::QueuedConnection);
}

void ApiCall::start() {
    if (m_state != State::Idle)
        return;
    m_elapsed.start();
    const ApiError configError = m_client->connection().validate();
    if (configError.isError()) {
        finish(configError);
        return;
    }
    acquireToken();
}

void ApiCall::acquireToken() {
    TokenProvider *tokens = m_client->tokenProvider();
    const QString token = tokens->validToken();
    if (!token.isEmpty()) {
        onTokenReady(token);
        return;
    }
    m_state = State::WaitingForToken;
    m_tokenReadyConnection =
        connect(tokens, &TokenProvider::tokenReady, this, &ApiCall::onTokenReady);
    m_tokenFailedConnection =
        connect(tokens, &TokenProvider::failed, this, &ApiCall::onTokenFailed);
    tokens->requestToken();
}

void ApiCall::stopWaitingForToken() {
    disconnect(m_tokenReadyConnection);
    disconnect(m_tokenFailedConnection);
}

void ApiCall::onTokenReady(const QString &token) {
    stopWaitingForToken();
    // Keep the token this attempt uses: if it is rejected, only this one is invalidated.
    m_token = token;
    m_state = State::WaitingForPacer;
    m_client->pacer()->enqueue(this, [this] { send(); });
}

void ApiCall::onTokenFailed(const ApiError &error) {
    stopWaitingForToken();
    if (error.kind == ApiError::Kind::Auth || error.kind == ApiError::Kind::Config) {
        finish(error); // wrong credentials do not get better by asking again
        return;
    }
    // A throttled token endpoint says how long to wait, like any other endpoint.
    const TokenProvider *tokens = m_client->tokenProvider();
    retryOrFinish(error, tokens->lastRetryAfter(), tokens->lastRetryAfterMs());
}

void ApiCall::send() {
    if (m_state != State::WaitingForPacer)
        return;
    QNetworkRequest request(m_url);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setTransferTimeout(int(m_client->transferTimeout().count()));
    // Qt follows only same-origin redirects (re-sending our headers to the same origin is fine);
    // a cross-origin redirect fails with InsecureRedirectError, so the token never leaves.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::SameOriginRedirectPolicy);
    if (m_client->connection().isApiOrigin(m_url))
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    if (!m_requestBody.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));

    ++m_attempts;
    m_state = State::InFlight;
    qCDebug(lcApi).noquote() << describe() << "attempt" << m_attempts;
    QNetworkAccessManager *network = m_client->network();
    if (m_method == "GET") {
        m_reply = network->get(request);
    } else if (!m_idempotent) {
        // At most once on the wire: Qt would otherwise resend it by itself after a connection
        // drop, creating a second job nobody tracks (see OneShotUploadDevice).
        request.setHeader(QNetworkRequest::ContentLengthHeader, m_requestBody.size());
        auto *body = new OneShotUploadDevice(m_requestBody);
        m_reply = network->sendCustomRequest(request, m_method, body);
        body->setParent(m_reply);
    } else if (m_method == "POST") {
        m_reply = network->post(request, m_requestBody);
    } else {
        m_reply = network->sendCustomRequest(request, m_method, m_requestBody);
    }
    connect(m_reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
}

namespace {

// The whole body of a finished reply in one allocation. readAll() sizes its buffer by what is
// buffered, then grows it by another chunk to find the end (a second copy of a 150 KB page, and
// fresh pages of memory, on the GUI thread for every page of bills).
QByteArray readBody(QNetworkReply *reply) {
    QByteArray body = reply->read(reply->bytesAvailable());
    if (!reply->atEnd())
        body += reply->readAll();
    return body;
}

} // namespace

void ApiCall::onReplyFinished() {
    QNetworkReply *reply = m_reply.data();
    m_reply.clear();
    if (!reply)
        return;
    reply->deleteLater();

    m_httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // Qt closes the reply when it aborts it on a transfer timeout; reading it then only logs
    // "device not open".
    m_body = reply->isOpen() ? readBody(reply) : QByteArray();
    m_headers = reply->rawHeaderPairs();
    const ApiError error = ApiError::fromReply(*reply, m_body, false);
    if (!error.isError()) {
        finish(error);
        return;
    }
    // m3ter answers an expired token with 403 (docs/m3ter-api.md, "Authentication failures"),
    // indistinguishable from a real permission problem: refresh once and replay once, then believe
    // it.
    if (error.kind == ApiError::Kind::Auth && !m_authReplayed) {
        m_authReplayed = true;
        qCInfo(lcApi).noquote() << describe() << "got HTTP" << m_httpStatus
                                << "- refreshing the token and replaying once";
        m_client->tokenProvider()->invalidateIfCurrent(m_token);
        acquireToken();
        return;
    }
    retryOrFinish(error, reply->rawHeader("Retry-After"), reply->rawHeader("retry-after-ms"));
}

void ApiCall::retryOrFinish(const ApiError &error, const QByteArray &retryAfter,
                            const QByteArray &retryAfterMs) {
    ++m_failedTries;
    const RetryPolicy &policy = m_client->retryPolicy();
    if (!policy.shouldRetry(error, m_failedTries, m_idempotent)) {
        finish(error);
        return;
    }
    const auto delay = policy.delayBeforeRetry(m_failedTries - 1, retryAfter, retryAfterMs);
    qCInfo(lcApi).noquote() << describe() << "failed:" << error.toLogString() << "- retry"
                            << m_failedTries << "in" << delay.count() << "ms";
    m_state = State::WaitingToRetry;
    m_retryTimer.start(int(delay.count()));
}

void ApiCall::finish(const ApiError &error) {
    m_error = error;
    m_state = State::Finished;
    m_retryTimer.stop();
    if (error.isError())
        qCWarning(lcApi).noquote() << describe() << "failed after" << m_attempts << "attempt(s),"
                                   << m_elapsed.elapsed() << "ms:" << error.toLogString();
    else
        qCDebug(lcApi).noquote() << describe() << "->" << m_httpStatus << "in"
                                 << m_elapsed.elapsed() << "ms," << m_attempts << "attempt(s)";
    emit finished();
    deleteLater();
}

QString ApiCall::describe() const {
    return QString::fromLatin1(m_method) + QLatin1Char(' ') +
           redact(m_url.toString(QUrl::RemoveUserInfo));
}

} // namespace m3ter
