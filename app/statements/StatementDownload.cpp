#include "statements/StatementDownload.h"

#include "api/ApiClient.h"
#include "api/GetStatementUrlRequest.h"
#include "api/UserAgent.h"

#include <QDir>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
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
// What may wait for the writer's thread: the reply is not drained further until the writer has
// caught up, so a slow disk holds back the network instead of filling memory.
constexpr qint64 kMaxQueuedBytes = kReadBufferBytes;

} // namespace

StatementDownload::StatementDownload(ApiClient *client, const QString &billId,
                                     StatementFormat format, const QString &targetPath,
                                     const QUrl &presignedUrl, StatementFileWriter *writer,
                                     StatementFileFactory fileFactory, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_billId(billId)
    , m_format(format)
    , m_targetPath(targetPath)
    , m_url(presignedUrl)
    , m_writer(writer)
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
    openFile([this] {
        if (m_url.isEmpty())
            fetchUrl();
        else
            get();
    });
}

void StatementDownload::abort() {
    if (m_done)
        return;
    fail(Problem::Cancelled, StatementError::withFormat(Kind::DownloadCancelled, m_format));
}

void StatementDownload::openFile(std::function<void()> next) {
    discardFile();
    m_writeFailed = false;
    m_writeError.clear();
    m_bytesQueued = 0;
    if (!m_writer) { // the queue is being destroyed
        fail(Problem::Cancelled, StatementError::withFormat(Kind::DownloadCancelled, m_format));
        return;
    }
    const int generation = ++m_fileGeneration;
    m_file = m_writer->open(
        m_targetPath, m_format, m_fileFactory, this,
        [this, generation, next = std::move(next)](const StatementFileWriter::Outcome &outcome) {
            if (m_done || generation != m_fileGeneration)
                return;
            using Result = StatementFileWriter::Result;
            if (outcome.result == Result::FolderNotCreatable)
                fail(Problem::NotWritable,
                     StatementError::withFile(Kind::FolderNotCreatable,
                                              QDir::toNativeSeparators(outcome.detail)));
            else if (!outcome.ok())
                fail(Problem::NotWritable,
                     StatementError::withFile(Kind::FileNotWritable,
                                              QDir::toNativeSeparators(m_targetPath),
                                              outcome.detail));
            else
                next();
        });
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
    if (m_bytesQueued >= kMaxQueuedBytes)
        return; // read again once the writer has caught up
    const QByteArray chunk = reply->readAll();
    if (chunk.isEmpty())
        return;
    m_bytesQueued += chunk.size();
    const int generation = m_fileGeneration;
    const qint64 size = chunk.size();
    m_writer->write(m_file, chunk, this,
                    [this, generation, size](const StatementFileWriter::Outcome &outcome) {
                        if (generation != m_fileGeneration)
                            return;
                        m_bytesQueued -= size;
                        if (m_done)
                            return;
                        if (!outcome.ok()) {
                            m_writeFailed = true;
                            m_writeError = outcome.detail;
                            if (m_reply)
                                m_reply->abort(); // finished() follows and reports the error
                            return;
                        }
                        if (m_reply && m_reply->bytesAvailable() > 0)
                            onReadyRead();
                    });
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
        fail(Problem::DiskFull, StatementError::withFile(Kind::DiskFull, path, m_writeError));
        return;
    }
    if (networkError == QNetworkReply::NoError && status >= 200 && status < 300) {
        // The rest of the body (what the writer's pace left unread), then the check and the
        // commit, after every chunk before it.
        const int generation = m_fileGeneration;
        m_writer->finish(m_file, reply->readAll(), this,
                         [this, generation](const StatementFileWriter::Outcome &outcome) {
                             if (!m_done && generation == m_fileGeneration)
                                 onFileFinished(outcome);
                         });
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
        m_url.clear();
        openFile([this] { fetchUrl(); });
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

void StatementDownload::onFileFinished(const StatementFileWriter::Outcome &outcome) {
    const QString path = QDir::toNativeSeparators(m_targetPath);
    switch (outcome.result) {
    case StatementFileWriter::Result::Ok:
        m_file.reset();
        succeed();
        return;
    case StatementFileWriter::Result::Damaged: {
        // A 200 with a damaged body (cut short without Qt noticing, an error page, bytes
        // garbled on the way): not the statement. Never committed; tried again like a network
        // error, then left for retryDownloads().
        StatementError failure = StatementError::withFormat(Kind::Damaged, m_format);
        failure.detail = outcome.detail;
        retryOrFail(Problem::Damaged, failure);
        return;
    }
    case StatementFileWriter::Result::SaveFailed:
        fail(Problem::DiskFull, StatementError::withFile(Kind::SaveFailed, path, outcome.detail));
        return;
    default: // DiskFull; the open failures were reported when the file was opened
        fail(Problem::DiskFull, StatementError::withFile(Kind::DiskFull, path, outcome.detail));
        return;
    }
}

void StatementDownload::retryOrFail(Problem problem, const StatementError &failure) {
    if (m_transientRetries >= kMaxTransientRetries) {
        fail(problem, failure);
        return;
    }
    ++m_transientRetries;
    openFile([this] {
        QTimer::singleShot(m_retryDelayMs * m_transientRetries, this, &StatementDownload::get);
    });
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
    if (m_file && m_writer) {
        // finished() once nothing of the file is left, as when the file was written here.
        m_writer->discard(m_file, this, [this] { emit finished(); });
        m_file.reset();
        return;
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
    if (m_file && m_writer)
        m_writer->discard(m_file); // QSaveFile removes its temporary file
    m_file.reset();
}

void StatementDownload::finishLater() {
    // Always asynchronous, so a caller of start() or abort() is never re-entered.
    QMetaObject::invokeMethod(this, &StatementDownload::finished, Qt::QueuedConnection);
}

} // namespace m3ter
