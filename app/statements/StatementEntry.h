#pragma once

#include "statements/StatementError.h"
#include "statements/StatementRequestItem.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <optional>

namespace m3ter {

// One bill's statement in the StatementQueue: the job that produces it, where it stands, and the
// files it was saved to. A plain value; the queue owns the list. toJson() is what the queue
// persists: ids, states, target files, times and errors (as kinds, StatementError: translated
// when shown), and deliberately no presigned URL (a short-lived credential) and nothing else
// secret.
struct StatementEntry {
    Q_DECLARE_TR_FUNCTIONS(m3ter::StatementEntry)

public:
    enum class Stage {
        Submitting,         // batch POST not answered yet (or its outcome being looked up)
        Generating,         // the job exists and is PENDING or RUNNING: polled
        WaitingForDownload, // COMPLETE (or an existing statement), download queued
        Downloading,        // a file is being written
        Downloaded,         // every requested file is on disk
        Failed,             // the job FAILED, or the server refused it (see error)
        Cancelled,          // cancelled by the user (the job, or the download)
        DownloadFailed,     // COMPLETE but not (fully) on disk: see error, retryDownloads()
        SubmitFailed,       // no job could be created; nothing to poll
    };

    int id = 0;           // queue-local, stable across restarts
    int submissionId = 0; // the submit()/downloadExisting() call it came from
    StatementRequestItem item;
    bool includeCsv = false;
    bool existingStatement = false; // downloadExisting(): no job, only fresh statement URLs
    Stage stage = Stage::Submitting;

    QString jobId;
    QString jobStatus;           // raw statementJobStatus; "" before the job is known
    QString jsonStatementStatus; // raw LATEST/STALE/INVALIDATED
    QString csvStatementStatus;

    QDateTime submittedAt; // UTC, client clock, when the batch POST was started
    QDateTime finishedAt;  // UTC, when a final stage was reached
    QString jsonFile;      // absolute path once written
    QString csvFile;
    StatementError error; // why the entry failed or what went wrong last
    bool cancelRequested = false;

    // Not persisted: live download progress of the current file.
    qint64 bytesReceived = 0;
    qint64 bytesTotal = -1;
    // Not persisted, never logged: the links the job carried when it turned COMPLETE. They are
    // short-lived credentials, used (and cleared) by the first download of each file; after a
    // restart or a retry the download asks for fresh ones.
    QUrl freshJsonUrl;
    QUrl freshCsvUrl;

    // Downloaded, Failed, Cancelled, DownloadFailed or SubmitFailed: nothing more will happen
    // without a user action.
    bool isFinished() const;
    bool isSuccess() const { return stage == Stage::Downloaded; }
    // Until finishedAt, or until nowUtc while still going.
    qint64 elapsedMs(const QDateTime &nowUtc = QDateTime::currentDateTimeUtc()) const;

    static QString stageLabel(Stage stage);
    // The stage's untranslated key, as the state file and the log write it.
    static QLatin1StringView stageKey(Stage stage);

    QJsonObject toJson() const;
    // Every field toJson() writes is equal: the two are saved as the same text.
    bool persistsAs(const StatementEntry &other) const;
    // nullopt for an object that is not an entry (a damaged file); unknown keys are ignored.
    static std::optional<StatementEntry> fromJson(const QJsonObject &json);
};

} // namespace m3ter
