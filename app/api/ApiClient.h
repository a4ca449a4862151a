#pragma once

#include "api/ApiCall.h"
#include "api/ApiConnection.h"
#include "api/PostRetry.h"
#include "api/RetryPolicy.h"

#include <QObject>
#include <QUrlQuery>

#include <chrono>

class QNetworkAccessManager;

namespace m3ter {

class RequestPacer;
class TokenProvider;

// The app's single door to the m3ter Config API: one QNetworkAccessManager, one TokenProvider,
// one RetryPolicy and one RequestPacer for one connection (org + credentials). Paths are relative
// to /organizations/{orgId}/; percent-encode ids with ApiConnection::pathSegment().
// Not thread-safe: use it from the thread that created it (the GUI thread); only parsing of the
// bodies is meant to move elsewhere.
class ApiClient : public QObject {
    Q_OBJECT

public:
    explicit ApiClient(const ApiConnection &connection, QObject *parent = nullptr);
    ~ApiClient() override;

    // GETs are retried on transient failures.
    ApiCall *get(const QString &pathUnderOrg, const QUrlQuery &query = {});
    // POSTs are retried only if marked PostRetry::Idempotent.
    ApiCall *post(const QString &pathUnderOrg, const QByteArray &jsonBody,
                  PostRetry retry = PostRetry::Never);
    ApiCall *post(const QString &pathUnderOrg, const QUrlQuery &query, const QByteArray &jsonBody,
                  PostRetry retry = PostRetry::Never);

    const ApiConnection &connection() const { return m_connection; }
    // Shared with other network users of the app (e.g. statement downloads, which must build
    // their own requests without the bearer token).
    QNetworkAccessManager *network() const { return m_network; }
    TokenProvider *tokenProvider() const { return m_tokens; }
    RequestPacer *pacer() const { return m_pacer; }

    const RetryPolicy &retryPolicy() const { return m_retryPolicy; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retryPolicy = policy; }
    // Qt's transfer timeout: the longest silence tolerated on a request (default 60 s).
    std::chrono::milliseconds transferTimeout() const { return m_transferTimeout; }
    void setTransferTimeout(std::chrono::milliseconds timeout);

private:
    ApiCall *createCall(const QByteArray &method, const QUrl &url, const QByteArray &body,
                        bool idempotent);

    ApiConnection m_connection;
    QNetworkAccessManager *m_network;
    TokenProvider *m_tokens;
    RequestPacer *m_pacer;
    RetryPolicy m_retryPolicy;
    std::chrono::milliseconds m_transferTimeout{60000};
};

} // namespace m3ter
