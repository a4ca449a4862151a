#include "statements/StatementDownload.h"

#include "api/ApiClient.h"
#include "api/GetStatementUrlRequest.h"
#include "api/UserAgent.h"

#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSaveFile>
#include <QTimer>

namespace m3ter {

namespace {

using Kind = StatementError::Kind;

constexpr int kMaxTransientRetries = 2;
// What the reply may hold before its data is written out. Without a limit Qt's network thread
// reads the whole body into the reply as fast as the socket delivers it, so memory grows with the
// statement's size whenever the disk (or this thread) is slower than the network; with one, it
// stops reading until onReadyRead() has drained the buffer (TCP flow control does the rest).
constexpr qint64 kReadBufferBytes = 256 * 1024;

} // namespace

StatementDownload::StatementDownload(ApiClient *client, const QString &billId,
                                     StatementFormat format, const QString &targetPath,
                                     const QUrl &presignedUrl, StatementFileFactory fileFactory,
                                     QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_billId(billId)
    , m_format(format)
    , m_targetPath(targetPath)
    , m_url(presignedUrl)
    , m_fileFactory(fileFactory ? std::move(fileFactory) : defaultStatementFileFactory()) {}

StatementDownload::~StatementDownload() {
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    discardFile(); // never leaves a partial file, whatever state we are destroyed in
}

void StatementDownload::start() {
    if (m_started)
        return;
    m_started = true;
    if (!openFile())
        return;
    if (m_url.isEmpty())
        fetchUrl();
    else
        get();
}

void StatementDownload::abort() {
    if (m_done)
        return;
    fail(Problem::Cancelled, StatementError::withFormat(Kind::DownloadCancelled, m_format));
}

bool StatementDownload::openFile() {
    discardFile();
    const QString folder = QFileInfo(m_targetPath).absolutePath();
    if (!QDir().mkpath(folder)) {
        fail(Problem::NotWritable,
             StatementError::withFile(Kind::FolderNotCreatable, QDir::toNativeSeparators(folder)));
        return false;
    }
    m_file = m_fileFactory(m_targetPath);
    m_writeFailed = false;
    if (!m_file->open(QIODevice::WriteOnly)) {
        fail(Problem::NotWritable,
             StatementError::withFile(Kind::FileNotWritable, QDir::toNativeSeparators(m_targetPath),
                                      m_file->errorString()));
        return false;
    }
    return true;
}

void StatementDownload::fetchUrl() {
    auto *request = new GetStatementUrlRequest(m_client, m_billId, m_format, this);
    m_urlRequest = request;
    connect(request, &GetStatementUrlRequest::succeeded, this, [this](const DownloadUrl &url) {
        m_url = url.downloadUrl;
        get();
    });
    connect(request, &GetStatementUrlRequest::failed, this, [this](const ApiError &error) {
        if (error.kind == ApiError::Kind::Cancelled)
            return;
        if (error.httpStatus == 404) {
            fail(Problem::NoStatement, StatementError::withFormat(Kind::NoStatement, m_format));
            return;
        }
        StatementError failure = StatementError::withApi(Kind::LinkFailed, error);
        failure.format = m_format;
        fail(Problem::Network, failure);
    });
    connect(request, &GetStatementUrlRequest::finished, request, &QObject::deleteLater);
    request->start();
}

void StatementDownload::get() {
    if (m_done)
        return;
    ++m_attempts;
    // A fresh request: nothing of the API's (no Authorization, no cookies) reaches the
    // download host. Redirects are followed, never to a less safe scheme.
    QNetworkRequest request(m_url);
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setTransferTimeout(int(m_client->transferTimeout().count()));
    m_check.emplace(m_format);
    QNetworkReply *reply = m_client->network()->get(request);
    reply->setReadBufferSize(kReadBufferBytes); // before the event loop delivers any data
    m_reply = reply;
    connect(reply, &QNetworkReply::readyRead, this, &StatementDownload::onReadyRead);
    connect(reply, &QNetworkReply::downloadProgress, this, &StatementDownload::progress);
    connect(reply, &QNetworkReply::finished, this, &StatementDownload::onReplyFinished);
}

void StatementDownload::onReadyRead() {
    QNetworkReply *reply = m_reply.data();
    if (!reply || m_writeFailed || !m_file)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status < 200 || status >= 300)
        return; // an error body (or a redirect's) is not the statement; left for finished
    const QByteArray chunk = reply->readAll();
    m_check->feed(chunk);
    if (m_file->write(chunk) != chunk.size()) {
        m_writeFailed = true;
        reply->abort(); // finished() follows and reports the write error
    }
}

void StatementDownload::onReplyFinished() {
    QNetworkReply *reply = m_reply.data();
    m_reply.clear();
    if (!reply)
        return;
    reply->deleteLater();
    if (m_done)
        return;

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError networkError = reply->error();
    const QString path = QDir::toNativeSeparators(m_targetPath);
    if (m_writeFailed) {
        fail(Problem::DiskFull,
             StatementError::withFile(Kind::DiskFull, path, m_file->errorString()));
        return;
    }
    if (networkError == QNetworkReply::NoError && status >= 200 && status < 300) {
        const QByteArray rest = reply->readAll();
        if (!rest.isEmpty() && m_file->write(rest) != rest.size()) {
            fail(Problem::DiskFull,
                 StatementError::withFile(Kind::DiskFull, path, m_file->errorString()));
            return;
        }
        m_check->feed(rest);
        if (!m_check->finish()) {
            // A 200 with a damaged body (cut short without Qt noticing, an error page, bytes
            // garbled on the way): not the statement. Never committed; tried again like a
            // network error, then left for retryDownloads().
            StatementError failure = StatementError::withFormat(Kind::Damaged, m_format);
            failure.detail = m_check->errorText();
            retryOrFail(Problem::Damaged, failure);
            return;
        }
        if (!m_file->commit()) {
            fail(Problem::DiskFull,
                 StatementError::withFile(Kind::SaveFailed, path, m_file->errorString()));
            return;
        }
        m_file.reset();
        succeed();
        return;
    }
    if (status == 403 || status == 400) {
        // Expired or refused presigned URL: one fresh URL from GET …/bills/{id}/statement/json|csv,
        // one more try.
        if (m_refreshedUrl) {
            StatementError failure =
                StatementError::withFormat(Kind::RefusedWithFreshLink, m_format);
            failure.httpStatus = status;
            fail(Problem::Refused, failure);
            return;
        }
        m_refreshedUrl = true;
        if (!openFile())
            return;
        m_url.clear();
        fetchUrl();
        return;
    }
    const bool httpOk = status >= 200 && status < 300;
    const bool transient = status == 0 || httpOk || status == 408 || status == 429 || status >= 500;
    if (!transient) {
        StatementError failure = StatementError::withFormat(Kind::HostRefused, m_format);
        failure.httpStatus = status;
        fail(Problem::Refused, failure);
        return;
    }
    // No answer, a broken or truncated body, or a server-side hiccup: try again.
    StatementError failure;
    if (status != 0 && !httpOk) {
        failure = StatementError::withFormat(Kind::HostError, m_format);
        failure.httpStatus = status;
    } else {
        failure =
            StatementError::withApi(Kind::DownloadBroken, ApiError::fromReply(*reply, {}, false));
        failure.format = m_format;
    }
    retryOrFail(Problem::Network, failure);
}

void StatementDownload::retryOrFail(Problem problem, const StatementError &failure) {
    if (m_transientRetries >= kMaxTransientRetries) {
        fail(problem, failure);
        return;
    }
    ++m_transientRetries;
    if (!openFile())
        return;
    QTimer::singleShot(m_retryDelayMs * m_transientRetries, this, &StatementDownload::get);
}

void StatementDownload::fail(Problem problem, const StatementError &error) {
    if (m_done)
        return;
    m_done = true;
    m_problem = problem;
    m_error = error;
    if (m_urlRequest)
        m_urlRequest->abort();
    if (QNetworkReply *reply = m_reply.data()) {
        m_reply.clear();
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    discardFile();
    finishLater();
}

void StatementDownload::succeed() {
    m_done = true;
    m_problem = Problem::None;
    finishLater();
}

void StatementDownload::discardFile() {
    if (!m_file)
        return;
    m_file->cancelWriting();
    m_file.reset(); // QSaveFile removes its temporary file
}

void StatementDownload::finishLater() {
    // Always asynchronous, so a caller of start() or abort() is never re-entered.
    QMetaObject::invokeMethod(this, &StatementDownload::finished, Qt::QueuedConnection);
}

} // namespace m3ter
