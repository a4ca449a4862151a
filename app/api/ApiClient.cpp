#include "api/ApiClient.h"

#include "api/ApiLogging.h"
#include "api/RequestPacer.h"
#include "api/TokenProvider.h"

#include <QNetworkAccessManager>

namespace m3ter {

ApiClient::ApiClient(const ApiConnection &connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_network(new QNetworkAccessManager(this))
    , m_tokens(new TokenProvider(connection, m_network, this))
    , m_pacer(new RequestPacer(this)) {
    m_network->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
    m_tokens->setTransferTimeout(m_transferTimeout);
    const ApiError error = m_connection.validate();
    if (error.isError())
        qCWarning(lcApi).noquote() << "unusable connection settings:" << error.toLogString();
}

ApiClient::~ApiClient() {
    // Calls die with us; stop their replies before the network manager goes.
    const auto calls = findChildren<ApiCall *>(QString(), Qt::FindDirectChildrenOnly);
    qDeleteAll(calls);
}

void ApiClient::setTransferTimeout(std::chrono::milliseconds timeout) {
    m_transferTimeout = timeout;
    m_tokens->setTransferTimeout(timeout);
}

ApiCall *ApiClient::get(const QString &pathUnderOrg, const QUrlQuery &query) {
    return createCall("GET", m_connection.apiUrl(pathUnderOrg, query), {}, true);
}

ApiCall *ApiClient::post(const QString &pathUnderOrg, const QByteArray &jsonBody, PostRetry retry) {
    return post(pathUnderOrg, QUrlQuery(), jsonBody, retry);
}

ApiCall *ApiClient::post(const QString &pathUnderOrg, const QUrlQuery &query,
                         const QByteArray &jsonBody, PostRetry retry) {
    return createCall("POST", m_connection.apiUrl(pathUnderOrg, query), jsonBody,
                      retry == PostRetry::Idempotent);
}

ApiCall *ApiClient::createCall(const QByteArray &method, const QUrl &url, const QByteArray &body,
                               bool idempotent) {
    auto *call = new ApiCall(this, method, url, body, idempotent);
    // Started from the event loop so that the caller can connect to finished() first, and so
    // that even an immediate failure (bad settings) arrives as a signal, never synchronously.
    QMetaObject::invokeMethod(call, &ApiCall::start, Qt::QueuedConnection);
    return call;
}

} // namespace m3ter
