#pragma once

#include "api/ApiError.h"
#include "api/StatementFormat.h"
#include "statements/StatementError.h"
#include "statements/StatementFileFactory.h"
#include "statements/StatementFileWriter.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QNetworkReply;

namespace m3ter {

class ApiClient;
class GetStatementUrlRequest;

// Downloads one statement file from its presigned URL to targetPath, atomically.
//
// - The presigned URL goes to a foreign host and carries its own authorisation, so the request
//   is a fresh QNetworkRequest on the ApiClient's QNetworkAccessManager without any
//   Authorization header (docs/m3ter-api.md, "Presigned downloads"); it is never logged.
// - The body is streamed into a QSaveFile chunk by chunk and committed only when the whole reply
//   arrived with 2xx; on any failure the QSaveFile is cancelled, so no partial or truncated file
//   ever appears at targetPath, and an existing file there stays untouched. The file system
//   work (folder, open, writes, content check, commit and its sync) runs on the
//   StatementFileWriter's thread, never on this object's. Memory does not grow with the file's
//   size: the reply buffers at most 256 KiB, and no more than that waits to be written; the
//   reply is read again as the writer catches up.
// - Without a URL (after a restart, or for an existing statement) a fresh one is asked from
//   GET …/bills/{id}/statement/json|csv. A 403/400 from the download host (expired or
//   refused URL) gets one fresh URL and one more try; network errors and 5xx get two more tries.
// - A 2xx body is checked while it streams (StatementContentCheck: JSON that parses, CSV with a
//   header): a damaged one is never committed and counts like a network error.
//
// Single use: start() once; finished() follows exactly once (also after abort()), when the file
// is committed or nothing of it is left.
class StatementDownload : public QObject {
    Q_OBJECT

public:
    enum class Problem {
        None,
        NotWritable,
        DiskFull,
        NoStatement,
        Refused,
        Network,
        Damaged, // a 2xx whose body is not a valid statement of its format
        Cancelled
    };

    StatementDownload(ApiClient *client, const QString &billId, StatementFormat format,
                      const QString &targetPath, const QUrl &presignedUrl,
                      StatementFileWriter *writer, StatementFileFactory fileFactory,
                      QObject *parent = nullptr);
    ~StatementDownload() override;

    // Pause before the first retry after a transient failure (doubled for the second);
    // default 500 ms, tests shorten it.
    void setRetryDelayMs(int delayMs) { m_retryDelayMs = delayMs; }

    void start();
    void abort();

    QString billId() const { return m_billId; }
    StatementFormat format() const { return m_format; }
    QString targetPath() const { return m_targetPath; }
    bool ok() const { return m_done && m_problem == Problem::None; }
    Problem problem() const { return m_problem; }
    // What went wrong (names the file and the cause); empty on success.
    StatementError error() const { return m_error; }
    QString errorText() const { return m_error.text(); }
    // Download requests made to the presigned host.
    int attempts() const { return m_attempts; }

signals:
    void progress(qint64 received, qint64 total);
    void finished();

private:
    // Opens a fresh file (the previous attempt's is discarded), then runs next, unless opening
    // failed (the download then fails).
    void openFile(std::function<void()> next);
    void fetchUrl();
    void get();
    void onReadyRead();
    void onReplyFinished();
    void onFileFinished(const StatementFileWriter::Outcome &outcome);
    void retryOrFail(Problem problem, const StatementError &failure);
    void fail(Problem problem, const StatementError &error);
    void succeed();
    void discardFile();
    void finishLater();

    ApiClient *m_client;
    QString m_billId;
    StatementFormat m_format;
    QString m_targetPath;
    QUrl m_url;
    QPointer<StatementFileWriter> m_writer;
    StatementFileFactory m_fileFactory;

    StatementFileWriter::File m_file; // the current attempt's; null when there is none
    int m_fileGeneration = 0;         // outcomes of an earlier attempt's file are ignored
    qint64 m_bytesQueued = 0;         // handed to the writer, not yet written
    QString m_writeError;             // why a write failed
    QPointer<QNetworkReply> m_reply;
    QPointer<GetStatementUrlRequest> m_urlRequest;
    bool m_refreshedUrl = false;
    int m_transientRetries = 0;
    int m_retryDelayMs = 500;
    int m_attempts = 0;
    bool m_writeFailed = false;
    bool m_started = false;
    bool m_done = false;
    Problem m_problem = Problem::None;
    StatementError m_error;
};

} // namespace m3ter
