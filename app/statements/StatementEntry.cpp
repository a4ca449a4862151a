#include "statements/StatementEntry.h"

namespace m3ter {

namespace {

const char *stageKey(StatementEntry::Stage stage) {
    switch (stage) {
    case StatementEntry::Stage::Submitting:
        return "submitting";
    case StatementEntry::Stage::Generating:
        return "generating";
    case StatementEntry::Stage::WaitingForDownload:
        return "waitingForDownload";
    case StatementEntry::Stage::Downloading:
        return "downloading";
    case StatementEntry::Stage::Downloaded:
        return "downloaded";
    case StatementEntry::Stage::Failed:
        return "failed";
    case StatementEntry::Stage::Cancelled:
        return "cancelled";
    case StatementEntry::Stage::DownloadFailed:
        return "downloadFailed";
    case StatementEntry::Stage::SubmitFailed:
        break;
    }
    return "submitFailed";
}

std::optional<StatementEntry::Stage> stageFromKey(const QString &key) {
    for (int i = 0; i <= int(StatementEntry::Stage::SubmitFailed); ++i) {
        const auto stage = StatementEntry::Stage(i);
        if (key == QLatin1String(stageKey(stage)))
            return stage;
    }
    return std::nullopt;
}

QString dateTimeText(const QDateTime &dt) {
    return dt.isValid() ? dt.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime dateTimeFrom(const QJsonValue &value) {
    QDateTime dt = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return dt.isValid() ? dt.toUTC() : QDateTime();
}

} // namespace

bool StatementEntry::isFinished() const {
    switch (stage) {
    case Stage::Downloaded:
    case Stage::Failed:
    case Stage::Cancelled:
    case Stage::DownloadFailed:
    case Stage::SubmitFailed:
        return true;
    case Stage::Submitting:
    case Stage::Generating:
    case Stage::WaitingForDownload:
    case Stage::Downloading:
        break;
    }
    return false;
}

qint64 StatementEntry::elapsedMs(const QDateTime &nowUtc) const {
    if (!submittedAt.isValid())
        return 0;
    const QDateTime end = finishedAt.isValid() ? finishedAt : nowUtc;
    return qMax<qint64>(0, submittedAt.msecsTo(end));
}

QLatin1StringView StatementEntry::stageKey(Stage stage) {
    return QLatin1StringView(m3ter::stageKey(stage));
}

QString StatementEntry::stageLabel(Stage stage) {
    switch (stage) {
    case Stage::Submitting:
        //: Statement job stage: the request to generate the statement is being sent.
        return tr("Submitting");
    case Stage::Generating:
        //: Statement job stage: m3ter is generating the statement document.
        return tr("Generating");
    case Stage::WaitingForDownload:
        //: Statement job stage: generated, the download has not started yet.
        return tr("Waiting to download");
    case Stage::Downloading:
        return tr("Downloading");
    case Stage::Downloaded:
        return tr("Downloaded");
    case Stage::Failed:
        return tr("Failed");
    case Stage::Cancelled:
        //: Statement job stage: the user cancelled the statement job.
        return tr("Cancelled");
    case Stage::DownloadFailed:
        return tr("Download failed");
    case Stage::SubmitFailed:
        break;
    }
    //: Statement job stage: the statement job could not be created on the server.
    return tr("Not submitted");
}

QJsonObject StatementEntry::toJson() const {
    QJsonObject o{
        {QStringLiteral("id"), id},
        {QStringLiteral("submissionId"), submissionId},
        {QStringLiteral("billId"), item.billId},
        {QStringLiteral("accountCode"), item.accountCode},
        {QStringLiteral("billDate"), item.billDate.toString(Qt::ISODate)},
        {QStringLiteral("includeCsv"), includeCsv},
        {QStringLiteral("existingStatement"), existingStatement},
        {QStringLiteral("stage"), QLatin1String(stageKey(stage))},
        {QStringLiteral("jobId"), jobId},
        {QStringLiteral("jobStatus"), jobStatus},
        {QStringLiteral("jsonStatementStatus"), jsonStatementStatus},
        {QStringLiteral("csvStatementStatus"), csvStatementStatus},
        {QStringLiteral("submittedAt"), dateTimeText(submittedAt)},
        {QStringLiteral("finishedAt"), dateTimeText(finishedAt)},
        {QStringLiteral("jsonFile"), jsonFile},
        {QStringLiteral("csvFile"), csvFile},
        {QStringLiteral("error"), error.toJson()},
        {QStringLiteral("cancelRequested"), cancelRequested},
    };
    return o;
}

bool StatementEntry::persistsAs(const StatementEntry &o) const {
    // The fields of toJson(), in its order; keep the two in step.
    return id == o.id && submissionId == o.submissionId && item.billId == o.item.billId &&
           item.accountCode == o.item.accountCode && item.billDate == o.item.billDate &&
           includeCsv == o.includeCsv && existingStatement == o.existingStatement &&
           stage == o.stage && jobId == o.jobId && jobStatus == o.jobStatus &&
           jsonStatementStatus == o.jsonStatementStatus &&
           csvStatementStatus == o.csvStatementStatus &&
           // Equal instants (or both invalid) are the same UTC text.
           submittedAt == o.submittedAt && finishedAt == o.finishedAt && jsonFile == o.jsonFile &&
           csvFile == o.csvFile && error == o.error && cancelRequested == o.cancelRequested;
}

std::optional<StatementEntry> StatementEntry::fromJson(const QJsonObject &json) {
    StatementEntry e;
    e.id = json.value(QStringLiteral("id")).toInt(0);
    e.item.billId = json.value(QStringLiteral("billId")).toString();
    const std::optional<Stage> stage = stageFromKey(json.value(QStringLiteral("stage")).toString());
    if (e.id <= 0 || e.item.billId.isEmpty() || !stage)
        return std::nullopt;
    e.stage = *stage;
    e.submissionId = json.value(QStringLiteral("submissionId")).toInt(0);
    e.item.accountCode = json.value(QStringLiteral("accountCode")).toString();
    e.item.billDate =
        QDate::fromString(json.value(QStringLiteral("billDate")).toString(), Qt::ISODate);
    e.includeCsv = json.value(QStringLiteral("includeCsv")).toBool();
    e.existingStatement = json.value(QStringLiteral("existingStatement")).toBool();
    e.jobId = json.value(QStringLiteral("jobId")).toString();
    e.jobStatus = json.value(QStringLiteral("jobStatus")).toString();
    e.jsonStatementStatus = json.value(QStringLiteral("jsonStatementStatus")).toString();
    e.csvStatementStatus = json.value(QStringLiteral("csvStatementStatus")).toString();
    e.submittedAt = dateTimeFrom(json.value(QStringLiteral("submittedAt")));
    e.finishedAt = dateTimeFrom(json.value(QStringLiteral("finishedAt")));
    e.jsonFile = json.value(QStringLiteral("jsonFile")).toString();
    e.csvFile = json.value(QStringLiteral("csvFile")).toString();
    e.error = StatementError::fromJson(json.value(QStringLiteral("error")));
    e.cancelRequested = json.value(QStringLiteral("cancelRequested")).toBool();
    return e;
}

} // namespace m3ter
