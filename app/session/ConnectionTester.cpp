#include "ConnectionTester.h"

#include "api/ApiClient.h"
#include "api/ApiLogging.h"
#include "api/ListBillsRequest.h"
#include "api/Redact.h"
#include "api/TokenProvider.h"
#include "domain/BillFilter.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>

namespace m3ter {

namespace {

QString certificateName(const QSslCertificate &certificate, bool issuer) {
    const auto info = [&](QSslCertificate::SubjectInfo field) {
        const QStringList values =
            issuer ? certificate.issuerInfo(field) : certificate.subjectInfo(field);
        return values.join(QStringLiteral(", "));
    };
    QStringList parts;
    const QString cn = info(QSslCertificate::CommonName);
    const QString org = info(QSslCertificate::Organization);
    if (!cn.isEmpty())
        parts << QStringLiteral("CN=") + cn;
    if (!org.isEmpty())
        parts << QStringLiteral("O=") + org;
    return parts.isEmpty() ? QStringLiteral("?") : parts.join(QStringLiteral(", "));
}

QString fingerprint(const QSslCertificate &certificate) {
    const QByteArray hex = certificate.digest(QCryptographicHash::Sha256).toHex().toUpper();
    QStringList pairs;
    for (int i = 0; i + 1 < hex.size(); i += 2)
        pairs << QString::fromLatin1(hex.mid(i, 2));
    return pairs.join(QLatin1Char(':'));
}

// Qt reports a refused or broken proxy tunnel (https through an HTTP proxy) as an unknown
// network error, whose generic text would send the user looking in the wrong place. When a proxy
// is configured for the URL, name it. Empty when no proxy was involved.
QString proxyText(const ApiError &error, const QUrl &url) {
    if (error.kind != ApiError::Kind::Network)
        return {};
    const bool proxyError = error.networkError >= QNetworkReply::ProxyConnectionRefusedError &&
                            error.networkError <= QNetworkReply::UnknownProxyError;
    if (!proxyError && error.networkError != QNetworkReply::UnknownNetworkError)
        return {};
    const QList<QNetworkProxy> proxies =
        QNetworkProxyFactory::proxyForQuery(QNetworkProxyQuery(url));
    const QNetworkProxy proxy = proxies.isEmpty() ? QNetworkProxy() : proxies.first();
    if (proxy.type() == QNetworkProxy::NoProxy || proxy.type() == QNetworkProxy::DefaultProxy ||
        proxy.hostName().isEmpty())
        return proxyError ? error.userText() : QString();
    return ConnectionTester::tr(
               "The network proxy %1:%2 could not be used (%3). Check the proxy under "
               "Connection → Preferences, or the system proxy settings.")
        .arg(proxy.hostName())
        .arg(proxy.port())
        .arg(redact(error.detail));
}

} // namespace

ConnectionTester::ConnectionTester(QObject *parent)
    : QObject(parent) {
    qRegisterMetaType<m3ter::ConnectionTester::Result>();
}

ConnectionTester::~ConnectionTester() {
    // Not inside any of the client's signals here: delete at once, the event loop may be gone.
    delete m_request;
    m_client.reset();
}

QString ConnectionTester::describeCertificateErrors(const QList<QSslError> &errors) {
    QStringList lines;
    QSslCertificate certificate;
    for (const QSslError &error : errors) {
        lines << tr("• %1").arg(error.errorString());
        if (certificate.isNull() && !error.certificate().isNull())
            certificate = error.certificate();
    }
    if (!certificate.isNull()) {
        lines << tr("Certificate subject: %1").arg(certificateName(certificate, false));
        lines << tr("Issued by: %1").arg(certificateName(certificate, true));
        lines << tr("Valid from %1 to %2")
                     .arg(certificate.effectiveDate().toUTC().toString(Qt::ISODate),
                          certificate.expiryDate().toUTC().toString(Qt::ISODate));
        lines << tr("SHA-256 fingerprint: %1").arg(fingerprint(certificate));
        if (certificate.isSelfSigned())
            lines << tr("The certificate is self-signed: no certificate authority vouches for "
                        "it. If your company inspects HTTPS traffic, ask IT to install its root "
                        "certificate on this computer.");
    }
    return lines.join(QLatin1Char('\n'));
}

void ConnectionTester::start(const ApiConnection &connection) {
    teardown();
    const int generation = ++m_generation;
    m_result = Result();
    m_certificateDetails.clear();
    setStage(Stage::Token);

    const ApiError invalid = connection.validate();
    if (invalid.isError()) {
        QMetaObject::invokeMethod(
            this,
            [this, generation, invalid] {
                if (generation == m_generation && isRunning())
                    onFailed(invalid);
            },
            Qt::QueuedConnection);
        return;
    }

    m_client = std::make_unique<ApiClient>(connection);
    // One try: the user is waiting for an answer, and retrying a refused connection only delays
    // the same message.
    RetryPolicy once;
    once.setMaxAttempts(1);
    m_client->setRetryPolicy(once);
    m_client->setTransferTimeout(m_timeout);
    connect(m_client->network(), &QNetworkAccessManager::sslErrors, this,
            &ConnectionTester::onSslErrors);
    TokenProvider *tokens = m_client->tokenProvider();
    connect(tokens, &TokenProvider::tokenReady, this, &ConnectionTester::onTokenReady);
    connect(tokens, &TokenProvider::failed, this, &ConnectionTester::onFailed);
    qCInfo(lcApi).noquote() << "testing connection to"
                            << redact(connection.baseUrl.toString(QUrl::RemoveUserInfo));
    tokens->requestToken();
}

void ConnectionTester::cancel() {
    if (!isRunning())
        return;
    teardown();
    ++m_generation;
    setStage(Stage::Idle);
}

void ConnectionTester::onTokenReady() {
    if (m_stage != Stage::Token)
        return;
    // Later refreshes of this client's token are none of the test's business.
    m_client->tokenProvider()->disconnect(this);
    setStage(Stage::Bills);
    m_request = new ListBillsRequest(m_client.get(), BillFilter(), QString(), this);
    m_request->setPageSize(10);
    connect(m_request, &ApiRequest::finished, this, &ConnectionTester::onBillsFinished);
    m_request->start();
}

void ConnectionTester::onBillsFinished() {
    if (m_stage != Stage::Bills || !m_request)
        return;
    if (!m_request->ok()) {
        onFailed(m_request->error());
        return;
    }
    Result result;
    result.ok = true;
    result.stage = Stage::Done;
    result.billCount = int(m_request->result().items.size());
    const QString org = m_client->connection().orgId;
    result.text =
        result.billCount == 0
            ? tr("Connection works. The access key was accepted and organization %1 can be "
                 "read (it has no bills yet).")
                  .arg(org)
            : tr("Connection works. The access key was accepted and the bills of organization "
                 "%1 can be read.")
                  .arg(org);
    finish(result);
}

void ConnectionTester::onFailed(const ApiError &error) {
    if (!isRunning())
        return;
    Result result;
    result.stage = m_stage;
    result.error = error;
    QString lead;
    if (error.kind != ApiError::Kind::Config) {
        const QString host = m_client ? m_client->connection().baseUrl.host() : QString();
        lead = m_stage == Stage::Token
                   ? tr("Could not sign in at %1.").arg(host)
                   : tr("Signed in, but the bills of organization %1 could not be read.")
                         .arg(m_client->connection().orgId);
    }
    QStringList paragraphs;
    if (!lead.isEmpty())
        paragraphs << lead;
    paragraphs << (m_client ? proxyText(error, m_client->connection().tokenUrl()) : QString());
    if (paragraphs.last().isEmpty())
        paragraphs.last() = error.userText();
    if (error.kind == ApiError::Kind::Tls) {
        result.certificateDetails = m_certificateDetails;
        if (result.certificateDetails.isEmpty() && !error.detail.isEmpty())
            result.certificateDetails = redact(error.detail);
    }
    result.text = paragraphs.join(QLatin1Char('\n'));
    qCInfo(lcApi).noquote() << "connection test failed:" << error.toLogString();
    finish(result);
}

void ConnectionTester::onSslErrors(QNetworkReply *reply, const QList<QSslError> &errors) {
    // Never ignored: the reply fails with SslHandshakeFailedError after this. Keep the details.
    QString details = describeCertificateErrors(errors);
    if (details.isEmpty() && reply)
        details = describeCertificateErrors(
            {QSslError(QSslError::UnspecifiedError, reply->sslConfiguration().peerCertificate())});
    m_certificateDetails = details;
    qCWarning(lcApi).noquote() << "TLS errors from"
                               << (reply ? redact(reply->url().toString(QUrl::RemoveUserInfo))
                                         : QString())
                               << "- not ignored:" << errors.size();
}

void ConnectionTester::finish(Result result) {
    m_result = std::move(result);
    teardown();
    setStage(m_result.ok ? Stage::Done : Stage::Idle);
    emit finished(m_result);
}

void ConnectionTester::setStage(Stage stage) {
    if (m_stage == stage)
        return;
    m_stage = stage;
    emit stageChanged(stage);
}

void ConnectionTester::teardown() {
    if (m_request) {
        m_request->disconnect(this);
        m_request->deleteLater();
        m_request = nullptr;
    }
    if (m_client) {
        m_client->disconnect(this);
        m_client->network()->disconnect(this);
        m_client->tokenProvider()->disconnect(this);
        // We may be inside one of the client's own signals.
        m_client.release()->deleteLater();
    }
}

} // namespace m3ter
