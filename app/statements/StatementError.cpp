#include "statements/StatementError.h"

#include <QJsonObject>
#include <QMetaEnum>

namespace m3ter {

namespace {

QString formatName(StatementFormat format) {
    return format == StatementFormat::Json ? QStringLiteral("JSON") : QStringLiteral("CSV");
}

struct KindKey {
    StatementError::Kind kind;
    const char *key;
};

// The texts below keep the translation contexts of the classes that built them before errors
// were kept as kinds, so the existing translations still apply.

// The names in the state file: never renamed, only added to.
constexpr KindKey kKindKeys[] = {
    {StatementError::Kind::Text, "text"},
    {StatementError::Kind::JobFailed, "jobFailed"},
    {StatementError::Kind::JobCancelled, "jobCancelled"},
    {StatementError::Kind::DownloadCancelled, "downloadCancelled"},
    {StatementError::Kind::JobMissing, "jobMissing"},
    {StatementError::Kind::GaveUpWaiting, "gaveUpWaiting"},
    {StatementError::Kind::SubmitRefused, "submitRefused"},
    {StatementError::Kind::SubmitUnconfirmed, "submitUnconfirmed"},
    {StatementError::Kind::SubmitAttempts, "submitAttempts"},
    {StatementError::Kind::FolderNotCreatable, "folderNotCreatable"},
    {StatementError::Kind::FileNotWritable, "fileNotWritable"},
    {StatementError::Kind::DiskFull, "diskFull"},
    {StatementError::Kind::SaveFailed, "saveFailed"},
    {StatementError::Kind::NoStatement, "noStatement"},
    {StatementError::Kind::LinkFailed, "linkFailed"},
    {StatementError::Kind::RefusedWithFreshLink, "refusedWithFreshLink"},
    {StatementError::Kind::HostRefused, "hostRefused"},
    {StatementError::Kind::HostError, "hostError"},
    {StatementError::Kind::DownloadBroken, "downloadBroken"},
    {StatementError::Kind::Damaged, "damaged"},
};

const char *keyOf(StatementError::Kind kind) {
    for (const KindKey &k : kKindKeys) {
        if (k.kind == kind)
            return k.key;
    }
    return nullptr;
}

StatementError::Kind kindOf(const QString &key) {
    for (const KindKey &k : kKindKeys) {
        if (key == QLatin1StringView(k.key))
            return k.kind;
    }
    return StatementError::Kind::None;
}

template <typename Enum>
QString enumKey(Enum value) {
    return QString::fromLatin1(QMetaEnum::fromType<Enum>().valueToKey(int(value)));
}

template <typename Enum>
Enum enumValue(const QJsonValue &key, Enum fallback) {
    bool ok = false;
    const int value =
        QMetaEnum::fromType<Enum>().keyToValue(key.toString().toLatin1().constData(), &ok);
    return ok ? Enum(value) : fallback;
}

// What ApiError::userText() needs, and nothing only meant for logs.
QJsonObject apiToJson(const ApiError &api) {
    QJsonObject o{{QStringLiteral("kind"), enumKey(api.kind)}};
    if (api.httpStatus != 0)
        o.insert(QStringLiteral("httpStatus"), api.httpStatus);
    if (!api.serverMessage.isEmpty())
        o.insert(QStringLiteral("serverMessage"), api.serverMessage);
    if (!api.field.isEmpty())
        o.insert(QStringLiteral("field"), api.field);
    if (api.networkError != QNetworkReply::NoError)
        o.insert(QStringLiteral("networkError"), enumKey(api.networkError));
    if (api.kind == ApiError::Kind::Config && !api.detail.isEmpty())
        o.insert(QStringLiteral("detail"), api.detail); // the reason, translated when made
    return o;
}

ApiError apiFromJson(const QJsonObject &o) {
    ApiError api;
    api.kind = enumValue(o.value(QStringLiteral("kind")), ApiError::Kind::None);
    api.httpStatus = o.value(QStringLiteral("httpStatus")).toInt();
    api.serverMessage = o.value(QStringLiteral("serverMessage")).toString();
    api.field = o.value(QStringLiteral("field")).toString();
    api.networkError =
        enumValue(o.value(QStringLiteral("networkError")), QNetworkReply::UnknownNetworkError);
    if (!o.contains(QStringLiteral("networkError")))
        api.networkError = QNetworkReply::NoError;
    if (api.kind == ApiError::Kind::Config)
        api.detail = o.value(QStringLiteral("detail")).toString();
    return api;
}

QString gaveUpText(const StatementError &e) {
    // Plain variables as counts: lupdate 6.4 does not return from an expression there.
    const int minutes = int((e.waitedMs + 30000) / 60000);
    const int seconds = int(e.waitedMs / 1000);
    const QString waited =
        minutes >= 1
            ? QCoreApplication::translate("m3ter::StatementQueue", "%n minute(s)", nullptr, minutes)
            : QCoreApplication::translate("m3ter::StatementQueue", "%n second(s)", nullptr,
                                          seconds);
    if (e.jobStatus.isEmpty())
        return QCoreApplication::translate(
                   "m3ter::StatementQueue",
                   "Stopped waiting after %1: m3ter never reported a state for the statement "
                   "job %2. It may still finish there; download the existing statement "
                   "later, or generate it again.")
            .arg(waited, e.jobId);
    return QCoreApplication::translate(
               "m3ter::StatementQueue",
               "Stopped waiting after %1: m3ter still reported the statement job %2 as %3. "
               "It may still finish there; download the existing statement later, or "
               "generate it again.")
        .arg(waited, e.jobId, e.jobStatus);
}

QString submitText(const StatementError &e) {
    switch (e.kind) {
    case StatementError::Kind::SubmitRefused:
        return QCoreApplication::translate("m3ter::StatementBatchSubmitter",
                                           "The statement jobs could not be created: %1")
            .arg(e.api.userText());
    case StatementError::Kind::SubmitUnconfirmed:
        return QCoreApplication::translate(
                   "m3ter::StatementBatchSubmitter",
                   "It could not be confirmed whether the statement job was created, so "
                   "it was not submitted again (to avoid a duplicate): %1")
            .arg(e.api.userText());
    default:
        return QCoreApplication::translate(
            "m3ter::StatementBatchSubmitter",
            "The statement job could not be created after %n attempt(s).", nullptr, e.attempts);
    }
}

QString downloadText(const StatementError &e) {
    const QString format = formatName(e.format);
    switch (e.kind) {
    case StatementError::Kind::FolderNotCreatable:
        return QCoreApplication::translate(
                   "m3ter::StatementDownload",
                   "Cannot create the folder %1. Choose another target folder, then retry the "
                   "download.")
            .arg(e.path);
    case StatementError::Kind::FileNotWritable:
        return QCoreApplication::translate(
                   "m3ter::StatementDownload",
                   "Cannot write %1 (%2). Choose another target folder, then retry the download.")
            .arg(e.path, e.detail);
    case StatementError::Kind::DiskFull:
        return QCoreApplication::translate(
                   "m3ter::StatementDownload",
                   "Could not write %1: the disk is full or not writable (%2).")
            .arg(e.path, e.detail);
    case StatementError::Kind::SaveFailed:
        return QCoreApplication::translate(
                   "m3ter::StatementDownload",
                   "Could not save %1: the disk is full or not writable (%2).")
            .arg(e.path, e.detail);
    case StatementError::Kind::NoStatement:
        return QCoreApplication::translate("m3ter::StatementDownload",
                                           "No %1 statement exists for this bill yet.")
            .arg(format);
    case StatementError::Kind::LinkFailed:
        return QCoreApplication::translate("m3ter::StatementDownload",
                                           "Could not get a download link for the %1 statement: %2")
            .arg(format, e.api.userText());
    case StatementError::Kind::RefusedWithFreshLink:
        return QCoreApplication::translate(
                   "m3ter::StatementDownload",
                   "The download host refused the %1 statement (HTTP %2), also with a fresh link.")
            .arg(format)
            .arg(e.httpStatus);
    case StatementError::Kind::HostRefused:
        return QCoreApplication::translate(
                   "m3ter::StatementDownload",
                   "The download host answered HTTP %1 for the %2 statement.")
            .arg(e.httpStatus)
            .arg(format);
    case StatementError::Kind::HostError:
        return QCoreApplication::translate("m3ter::StatementDownload",
                                           "Could not download the %1 statement: %2")
            .arg(format, QCoreApplication::translate("m3ter::StatementDownload",
                                                     "the download host answered HTTP %1")
                             .arg(e.httpStatus));
    case StatementError::Kind::DownloadBroken:
        return QCoreApplication::translate("m3ter::StatementDownload",
                                           "Could not download the %1 statement: %2")
            .arg(format, e.api.userText());
    case StatementError::Kind::Damaged:
        return QCoreApplication::translate("m3ter::StatementDownload",
                                           "Could not download the %1 statement: %2")
            .arg(format,
                 QCoreApplication::translate("m3ter::StatementDownload",
                                             "the file the download host sent is damaged (%1)")
                     .arg(e.detail));
    default:
        return QCoreApplication::translate("m3ter::StatementDownload", "Download cancelled.");
    }
}

} // namespace

QString StatementError::text() const {
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Text:
        return detail;
    case Kind::JobFailed:
        // m3ter reports no reason with a failed job, so say what we know.
        return QCoreApplication::translate(
                   "m3ter::StatementQueue",
                   "m3ter could not generate the statement (job %1 FAILED). Try again later, "
                   "or give the job id to m3ter support.")
            .arg(jobId);
    case Kind::JobCancelled:
        return QCoreApplication::translate("m3ter::StatementQueue",
                                           "The statement job was cancelled.");
    case Kind::DownloadCancelled:
        return QCoreApplication::translate("m3ter::StatementQueue", "The download was cancelled.");
    case Kind::JobMissing:
        return QCoreApplication::translate(
                   "m3ter::StatementQueue",
                   "The statement job %1 no longer exists on the server: %2")
            .arg(jobId, api.userText());
    case Kind::GaveUpWaiting:
        return gaveUpText(*this);
    case Kind::SubmitRefused:
    case Kind::SubmitUnconfirmed:
    case Kind::SubmitAttempts:
        return submitText(*this);
    case Kind::FolderNotCreatable:
    case Kind::FileNotWritable:
    case Kind::DiskFull:
    case Kind::SaveFailed:
    case Kind::NoStatement:
    case Kind::LinkFailed:
    case Kind::RefusedWithFreshLink:
    case Kind::HostRefused:
    case Kind::HostError:
    case Kind::DownloadBroken:
    case Kind::Damaged:
        break;
    }
    return downloadText(*this);
}

QJsonValue StatementError::toJson() const {
    const char *key = keyOf(kind);
    if (!key)
        return QJsonValue::Null;
    QJsonObject o{{QStringLiteral("kind"), QLatin1StringView(key)}};
    const auto put = [&o](const char *name, const QString &value) {
        if (!value.isEmpty())
            o.insert(QLatin1StringView(name), value);
    };
    put("jobId", jobId);
    put("jobStatus", jobStatus);
    put("path", path);
    put("detail", detail);
    if (format != StatementFormat::Json)
        o.insert(QStringLiteral("format"), statementFormatPath(format));
    if (httpStatus != 0)
        o.insert(QStringLiteral("httpStatus"), httpStatus);
    if (waitedMs != 0)
        o.insert(QStringLiteral("waitedMs"), waitedMs);
    if (attempts != 0)
        o.insert(QStringLiteral("attempts"), attempts);
    if (api.isError())
        o.insert(QStringLiteral("api"), apiToJson(api));
    return o;
}

StatementError StatementError::fromJson(const QJsonValue &value) {
    StatementError e;
    if (value.isString()) {
        // An earlier version wrote the translated text itself: shown as it was.
        e.detail = value.toString();
        e.kind = e.detail.isEmpty() ? Kind::None : Kind::Text;
        return e;
    }
    const QJsonObject o = value.toObject();
    e.kind = kindOf(o.value(QStringLiteral("kind")).toString());
    if (e.kind == Kind::None)
        return e;
    e.jobId = o.value(QStringLiteral("jobId")).toString();
    e.jobStatus = o.value(QStringLiteral("jobStatus")).toString();
    e.path = o.value(QStringLiteral("path")).toString();
    e.detail = o.value(QStringLiteral("detail")).toString();
    if (o.value(QStringLiteral("format")).toString() == statementFormatPath(StatementFormat::Csv))
        e.format = StatementFormat::Csv;
    e.httpStatus = o.value(QStringLiteral("httpStatus")).toInt();
    e.waitedMs = o.value(QStringLiteral("waitedMs")).toInteger();
    e.attempts = o.value(QStringLiteral("attempts")).toInt();
    if (o.contains(QStringLiteral("api")))
        e.api = apiFromJson(o.value(QStringLiteral("api")).toObject());
    return e;
}

StatementError StatementError::of(Kind kind) {
    StatementError e;
    e.kind = kind;
    return e;
}

StatementError StatementError::withJob(Kind kind, const QString &jobId) {
    StatementError e = of(kind);
    e.jobId = jobId;
    return e;
}

StatementError StatementError::withApi(Kind kind, const ApiError &api) {
    StatementError e = of(kind);
    e.api = api;
    return e;
}

StatementError StatementError::withFile(Kind kind, const QString &path, const QString &detail) {
    StatementError e = of(kind);
    e.path = path;
    e.detail = detail;
    return e;
}

StatementError StatementError::withFormat(Kind kind, StatementFormat format) {
    StatementError e = of(kind);
    e.format = format;
    return e;
}

} // namespace m3ter
