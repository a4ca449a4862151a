#pragma once

#include "api/ApiError.h"
#include "api/StatementFormat.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>

namespace m3ter {

// Why a statement entry failed, or what went wrong last: kept as what happened (a kind and its
// untranslated details) rather than as a sentence, so the state file holds no translated text
// and text() speaks the language the user reads now, also for an entry from an earlier run.
class StatementError {
    Q_DECLARE_TR_FUNCTIONS(m3ter::StatementError)

public:
    enum class Kind {
        None,
        Text,                 // from a state file of an earlier version: its text, shown as-is
        JobFailed,            // jobId
        JobCancelled,         //
        DownloadCancelled,    //
        JobMissing,           // jobId, api
        GaveUpWaiting,        // jobId, jobStatus (empty: never seen), waitedMs
        SubmitRefused,        // api
        SubmitUnconfirmed,    // api
        SubmitAttempts,       // attempts
        FolderNotCreatable,   // path
        FileNotWritable,      // path, detail (the system's reason)
        DiskFull,             // path, detail
        SaveFailed,           // path, detail
        NoStatement,          // format
        LinkFailed,           // format, api
        RefusedWithFreshLink, // format, httpStatus
        HostRefused,          // format, httpStatus
        HostError,            // format, httpStatus: still failing after the retries
        DownloadBroken,       // format, api: still failing after the retries
        Damaged,              // format, detail (what the content check found)
    };

    Kind kind = Kind::None;
    QString jobId;
    QString jobStatus; // raw statementJobStatus
    QString path;      // native separators
    // Raw: the system's or the content check's words, or the text of Kind::Text.
    QString detail;
    StatementFormat format = StatementFormat::Json;
    int httpStatus = 0;
    qint64 waitedMs = 0;
    int attempts = 0;
    ApiError api; // kind None when the error did not come from an API call

    bool isEmpty() const { return kind == Kind::None; }
    // Translated now.
    QString text() const;

    // Null for no error; unknown kinds and damaged values read as no error.
    QJsonValue toJson() const;
    // Accepts what toJson() writes and the plain text of earlier versions.
    static StatementError fromJson(const QJsonValue &value);

    static StatementError of(Kind kind);
    static StatementError withJob(Kind kind, const QString &jobId);
    static StatementError withApi(Kind kind, const ApiError &api);
    static StatementError withFile(Kind kind, const QString &path, const QString &detail = {});
    static StatementError withFormat(Kind kind, StatementFormat format);

    friend bool operator==(const StatementError &a, const StatementError &b) {
        return a.toJson() == b.toJson();
    }
    friend bool operator!=(const StatementError &a, const StatementError &b) { return !(a == b); }
};

} // namespace m3ter
