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

constexpr int kMaxTransientRetries = 2;
// What the reply may hold before its data is written out. Without a limit Qt's network thread
// reads the whole body into the reply as fast as the socket delivers it, so memory grows with the
// statement's size whenever the disk (or this thread) is slower than the network; with one, it
// stops reading until onReadyRead() has drained the buffer (TCP flow control does the rest).
constexpr qint64 kReadBufferBytes = 256 * 1024;

QString formatName(StatementFormat format) {
    return format == StatementFormat::Json ? QStringLiteral("JSON") : QStringLiteral("CSV");
}

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
    fail(Problem::Cancelled, tr("Download cancelled."));
}

bool StatementDownload::openFile() {
    discardFile();
    const QString folder = QFileInfo(m_targetPath).absolutePath();
    if (!QDir().mkpath(folder)) {
        fail(Problem::NotWritable,
             tr("Cannot create the folder %1. Choose another target folder, then retry the "
                "download.")
                 .arg(QDir::toNativeSeparators(folder)));
        return false;
    }
    m_file = m_fileFactory(m_targetPath);
    m_writeFailed = false;
    if (!m_file->open(QIODevice::WriteOnly)) {
        fail(Problem::NotWritable,
             tr("Cannot write %1 (%2). Choose another target folder, then retry the download.")
                 .arg(QDir::toNativeSeparators(m_targetPath), m_file->errorString()));
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
            fail(Problem::NoStatement,
                 tr("No %1 statement exists for this bill yet.").arg(formatName(m_format)));
            return;
        }
        fail(Problem::Network, tr("Could not get a download link for the %1 statement: %2")
                                   .arg(formatName(m_format), error.userText()));
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
        fail(Problem::DiskFull, tr("Could not write %1: the disk is full or not writable (%2).")
                                    .arg(path, m_file->errorString()));
        return;
    }
    if (networkError == QNetworkReply::NoError && status >= 200 && status < 300) {
        const QByteArray rest = reply->readAll();
        if (!rest.isEmpty() && m_file->write(rest) != rest.size()) {
            fail(Problem::DiskFull, tr("Could not write %1: the disk is full or not writable (%2).")
                                        .arg(path, m_file->errorString()));
            return;
        }
        m_check->feed(rest);
        if (!m_check->finish()) {
            // A 200 with a damaged body (cut short without Qt noticing, an error page, bytes
            // garbled on the way): not the statement. Never committed; tried again like a
            // network error, then left for retryDownloads().
            retryOrFail(
                Problem::Damaged,
                tr("the file the download host sent is damaged (%1)").arg(m_check->errorText()));
            return;
        }
        if (!m_file->commit()) {
            fail(Problem::DiskFull, tr("Could not save %1: the disk is full or not writable (%2).")
                                        .arg(path, m_file->errorString()));
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
            fail(Problem::Refused,
                 tr("The download host refused the %1 statement (HTTP %2), also with a fresh "
                    "link.")
                     .arg(formatName(m_format))
                     .arg(status));
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
        fail(Problem::Refused, tr("The download host answered HTTP %1 for the %2 statement.")
                                   .arg(status)
                                   .arg(formatName(m_format)));
        return;
    }
    // No answer, a broken or truncated body, or a server-side hiccup: try again.
    const QString reason = status != 0 && !httpOk
                               ? tr("the download host answered HTTP %1").arg(status)
                               : ApiError::fromReply(*reply, {}, false).userText();
    retryOrFail(Problem::Network, reason);
}

void StatementDownload::retryOrFail(Problem problem, const QString &reason) {
    if (m_transientRetries >= kMaxTransientRetries) {
        fail(problem,
             tr("Could not download the %1 statement: %2").arg(formatName(m_format), reason));
        return;
    }
    ++m_transientRetries;
    if (!openFile())
        return;
    QTimer::singleShot(m_retryDelayMs * m_transientRetries, this, &StatementDownload::get);
}

void StatementDownload::fail(Problem problem, const QString &text) {
    if (m_done)
        return;
    m_done = true;
    m_problem = problem;
    m_errorText = text;
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
