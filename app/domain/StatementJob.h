#pragma once

#include "domain/Parsed.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QLatin1StringView>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QUrl>

#include <optional>

namespace m3ter {

// The values of StatementJob::statementJobStatus. The field stays a raw string (EnumLabels.h): a
// status this version does not know is shown as sent and counts as not terminal, so the poller
// caps its own attempts rather than rely on seeing one of these.
namespace StatementJobStatus {
inline constexpr QLatin1StringView Pending{"PENDING"};
inline constexpr QLatin1StringView Running{"RUNNING"};
inline constexpr QLatin1StringView Complete{"COMPLETE"};
inline constexpr QLatin1StringView Cancelled{"CANCELLED"};
inline constexpr QLatin1StringView Failed{"FAILED"};

// COMPLETE, CANCELLED or FAILED: the job will not change any more.
bool isTerminal(QStringView raw);
} // namespace StatementJobStatus

// An asynchronous statement generation job (docs/m3ter-api.md, "StatementJob"). Status fields are
// raw enums (EnumLabels.h). The presigned URLs are short-lived credentials: use them at once, never
// persist or log them.
struct StatementJob {
    QString id; // required
    std::optional<qint64> version;
    QString statementJobStatus; // raw: see StatementJobStatus
    QString billId;
    QString orgId;
    std::optional<bool> includeCsvFormat;
    // filters.meterIds. The docs show a single string, the SDKs an array; both are accepted.
    QStringList filterMeterIds;
    QUrl presignedJsonStatementUrl;
    QString jsonStatementStatus; // raw: LATEST STALE INVALIDATED
    QUrl presignedCsvStatementUrl;
    QString csvStatementStatus; // raw: LATEST STALE INVALIDATED
    QDateTime dtCreated;
    QDateTime dtLastModified;
    QString createdBy;
    QString lastModifiedBy;

    // StatementJobStatus::isTerminal(): polling can stop.
    bool isTerminal() const;

    static Parsed<StatementJob> fromJson(const QJsonObject &json);
};

// The reply of POST …/statementjobs/batch: a bare JSON array, one job per bill, with no
// {data, nextToken} envelope. Errors in element i are reported as "[i].field".
Parsed<QList<StatementJob>> parseStatementJobBatch(const QByteArray &json);

} // namespace m3ter
