#pragma once

#include "api/ApiError.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkReply;

namespace m3ter {

class ApiClient;

// One logical API request, across its token wait, pacing, auth replay and retries. Created by
// ApiClient::get()/post() and owned by the client; it starts on the next event-loop turn (so
// connect to finished() first) and deletes itself (deleteLater) right after emitting finished():
// keep it in a QPointer if you may need it later. Only ever used on the client's thread.
class ApiCall : public QObject {
    Q_OBJECT

public:
    ~ApiCall() override;

    QByteArray method() const { return m_method; }
    QUrl url() const { return m_url; }

    bool isFinished() const { return m_state == State::Finished; }
    bool ok() const { return isFinished() && !m_error.isError(); }
    ApiError error() const { return m_error; }
    // Status of the last HTTP answer (0 if none arrived).
    int httpStatus() const { return m_httpStatus; }
    // Body of the last HTTP answer, also on error (for diagnostics).
    QByteArray body() const { return m_body; }
    QByteArray rawHeader(const QByteArray &name) const;
    // HTTP requests sent so far, auth replays and retries included.
    int attempts() const { return m_attempts; }

    // Stops the call wherever it is; it then finishes with Kind::Cancelled (on the next
    // event-loop turn, never inside abort()) and is not retried.
    void abort();

signals:
    void finished();

private:
    friend class ApiClient;

    enum class State { Idle, WaitingForToken, WaitingForPacer, InFlight, WaitingToRetry, Finished };

    ApiCall(ApiClient *client, const QByteArray &method, const QUrl &url, const QByteArray &body,
            bool idempotent);

    void start();
    void acquireToken();
    void onTokenReady(const QString &token);
    void onTokenFailed(const ApiError &error);
    void stopWaitingForToken();
    void send();
    void onReplyFinished();
    void retryOrFinish(const ApiError &error, const QByteArray &retryAfter,
                       const QByteArray &retryAfterMs);
    void finish(const ApiError &error);
    QString describe() const;

    ApiClient *m_client;
    QByteArray m_method;
    QUrl m_url;
    QByteArray m_requestBody;
    bool m_idempotent;

    State m_state = State::Idle;
    QString m_token;
    bool m_authReplayed = false;
    int m_attempts = 0;
    int m_failedTries = 0;
    QMetaObject::Connection m_tokenReadyConnection;
    QMetaObject::Connection m_tokenFailedConnection;
    QPointer<QNetworkReply> m_reply;
    QTimer m_retryTimer;
    QElapsedTimer m_elapsed;

    ApiError m_error;
    int m_httpStatus = 0;
    QByteArray m_body;
    QList<QPair<QByteArray, QByteArray>> m_headers;
};

} // namespace m3ter
