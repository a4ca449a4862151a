#pragma once

#include "api/ApiConnection.h"
#include "api/ApiError.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QPointer>

#include <chrono>

class QNetworkAccessManager;
class QNetworkReply;

namespace m3ter {

// The one owner of the bearer token (client-credentials grant, docs/m3ter-api.md,
// "Getting a token"). Keeps it in memory only and hands it out while it is comfortably valid;
// refreshes early; at most one token request is in flight however many calls are waiting (they all
// wait for tokenReady/failed). Neither the secret nor the token is ever logged.
class TokenProvider : public QObject {
    Q_OBJECT

public:
    TokenProvider(const ApiConnection &connection, QNetworkAccessManager *network,
                  QObject *parent = nullptr);
    ~TokenProvider() override;

    void setTransferTimeout(std::chrono::milliseconds timeout) { m_transferTimeout = timeout; }

    // The cached token if it is still valid (past the refresh margin), else an empty string.
    QString validToken() const;
    bool isFetching() const { return !m_reply.isNull(); }
    // Starts a token request unless one is in flight. Emits tokenReady or failed when it ends;
    // if a valid token is cached, emits tokenReady on the next event-loop turn instead.
    void requestToken();
    // Forget the token (e.g. after a 401/403), so the next requestToken() fetches a new one.
    void invalidate();
    // Forget the token only if it is still staleToken: when ten calls fail with the same expired
    // token, the first one's refresh must not be thrown away by the other nine.
    void invalidateIfCurrent(const QString &staleToken);
    // Number of token requests sent; for diagnostics and tests.
    int fetchCount() const { return m_fetchCount; }
    // The Retry-After and retry-after-ms headers of the last failed token request (empty if it
    // sent none), valid while failed() is emitted: a throttled token endpoint names its pause.
    QByteArray lastRetryAfter() const { return m_lastRetryAfter; }
    QByteArray lastRetryAfterMs() const { return m_lastRetryAfterMs; }

    // How long before expires_in a token is treated as expired: 300 s as the SDKs do, but never
    // more than a fifth of the lifetime, so that a 5 s sandbox token is still usable for 4 s.
    static std::chrono::milliseconds refreshMargin(std::chrono::seconds lifetime);

signals:
    void tokenReady(const QString &token);
    void failed(const m3ter::ApiError &error);

private:
    void onReplyFinished();
    ApiError parseTokenResponse(const QByteArray &body, QDeadlineTimer requestStarted);

    ApiConnection m_connection;
    QNetworkAccessManager *m_network;
    std::chrono::milliseconds m_transferTimeout{60000};
    QString m_token;
    QDeadlineTimer m_validUntil{0};
    QDeadlineTimer m_requestStarted;
    QPointer<QNetworkReply> m_reply;
    int m_fetchCount = 0;
    QByteArray m_lastRetryAfter;
    QByteArray m_lastRetryAfterMs;
};

} // namespace m3ter
