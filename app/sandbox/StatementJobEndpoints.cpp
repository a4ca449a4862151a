#include "StatementJobEndpoints.h"

#include "BillListQuery.h"
#include "JsonRenderer.h"
#include "ListPager.h"
#include "QueryParams.h"
#include "SandboxContext.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace m3ter::sandbox {

namespace {

bool parseBody(const QByteArray &body, QJsonObject *object, QString *error) {
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (!doc.isObject()) {
        *error = QStringLiteral("Request body must be a JSON object");
        return false;
    }
    *object = doc.object();
    return true;
}

} // namespace

bool StatementJobEndpoints::parseOptions(const QJsonObject &body, Options *options,
                                         QString *error) {
    const QJsonValue csv = body.value(QStringLiteral("includeCsvFormat"));
    if (!csv.isUndefined() && !csv.isNull() && !csv.isBool()) {
        *error = QStringLiteral("includeCsvFormat must be a boolean");
        return false;
    }
    options->includeCsv = csv.toBool(false);
    const QJsonValue filters = body.value(QStringLiteral("filters"));
    if (filters.isObject()) {
        options->hasFilters = true;
        // The docs show meterIds as a string, the SDKs as an array: accept both (docs/m3ter-api.md,
        // "Creating statement jobs").
        const QJsonValue meterIds = filters.toObject().value(QStringLiteral("meterIds"));
        if (meterIds.isString()) {
            options->meterIds = QStringList{meterIds.toString()};
        } else if (meterIds.isArray()) {
            for (const QJsonValue &v : meterIds.toArray())
                options->meterIds.append(v.toString());
        } else if (!meterIds.isUndefined() && !meterIds.isNull()) {
            *error = QStringLiteral("filters.meterIds must be an array of strings");
            return false;
        }
    } else if (!filters.isUndefined() && !filters.isNull()) {
        *error = QStringLiteral("filters must be an object");
        return false;
    }
    return true;
}

HttpReply StatementJobEndpoints::create(const RequestContext &request) {
    QJsonObject body;
    QString error;
    Options options;
    if (!parseBody(request.body, &body, &error) || !parseOptions(body, &options, &error))
        return HttpReply::error(400, error);
    const QJsonValue billId = body.value(QStringLiteral("billId"));
    if (!billId.isString() || billId.toString().isEmpty())
        return HttpReply::error(400, QStringLiteral("billId is required"));
    const int pos = m_context.store.billPosition(billId.toString());
    if (pos < 0)
        return HttpReply::error(404, QStringLiteral("Bill not found: %1").arg(billId.toString()));
    const StatementJobRecord &job = m_context.store.addJob(
        pos, options.includeCsv, options.hasFilters, options.meterIds, request.nowMs);
    return HttpReply::json(JsonRenderer::statementJob(m_context, job, request.nowMs));
}

HttpReply StatementJobEndpoints::createBatch(const RequestContext &request) {
    QJsonObject body;
    QString error;
    Options options;
    if (!parseBody(request.body, &body, &error) || !parseOptions(body, &options, &error))
        return HttpReply::error(400, error);
    const QJsonValue billIds = body.value(QStringLiteral("billIds"));
    if (!billIds.isArray())
        return HttpReply::error(400, QStringLiteral("billIds is required and must be an array"));
    const QJsonArray ids = billIds.toArray();
    if (ids.isEmpty() || ids.size() > kMaxBatch)
        return HttpReply::error(400, QStringLiteral("billIds must contain between 1 and %1 bill "
                                                    "ids, got %2")
                                         .arg(kMaxBatch)
                                         .arg(ids.size()));
    // Validate all first: a batch with an unknown bill creates no job at all.
    QList<int> positions;
    for (const QJsonValue &v : ids) {
        const int pos = v.isString() ? m_context.store.billPosition(v.toString()) : -1;
        if (pos < 0)
            return HttpReply::error(
                404,
                QStringLiteral("Bill not found: %1")
                    .arg(v.isString()
                             ? v.toString()
                             : QString::fromUtf8(
                                   QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact))));
        positions.append(pos);
    }
    QJsonArray jobs;
    for (int pos : positions) {
        const StatementJobRecord &job = m_context.store.addJob(
            pos, options.includeCsv, options.hasFilters, options.meterIds, request.nowMs);
        jobs.append(JsonRenderer::statementJob(m_context, job, request.nowMs));
    }
    return HttpReply::json(jobs);
}

HttpReply StatementJobEndpoints::get(const RequestContext &request) {
    const QString &id = request.params.at(1);
    const int index = m_context.store.jobIndex(id);
    if (index < 0)
        return HttpReply::error(404, QStringLiteral("Statement job not found: %1").arg(id));
    return HttpReply::json(
        JsonRenderer::statementJob(m_context, m_context.store.job(index), request.nowMs));
}

HttpReply StatementJobEndpoints::list(const RequestContext &request) {
    const QueryParams params(request.query);
    QString error;
    int pageSize = 0;
    if (!params.pageSize(BillListQuery::kDefaultPageSize, BillListQuery::kMaxPageSize, &pageSize,
                         &error))
        return HttpReply::error(400, error);
    const QString active = params.value(QStringLiteral("active")).toUpper();
    const QString status = params.value(QStringLiteral("status")).toUpper();
    const QString billId = params.value(QStringLiteral("billId")).toLower();
    if (int(!active.isEmpty()) + int(!status.isEmpty()) + int(!billId.isEmpty()) > 1)
        return HttpReply::error(400, QStringLiteral("Only one of active, status and billId may be "
                                                    "used at a time"));
    if (!active.isEmpty() && active != QLatin1String("TRUE") && active != QLatin1String("FALSE"))
        return HttpReply::error(400, QStringLiteral("active must be TRUE or FALSE"));
    static const QStringList statuses{QStringLiteral("PENDING"), QStringLiteral("RUNNING"),
                                      QStringLiteral("COMPLETE"), QStringLiteral("CANCELLED"),
                                      QStringLiteral("FAILED")};
    if (!status.isEmpty() && !statuses.contains(status))
        return HttpReply::error(400, QStringLiteral("Invalid status '%1'").arg(status));
    const int billPos = billId.isEmpty() ? -1 : m_context.store.billPosition(billId);

    const QString scope = QStringLiteral("statementjobs|") + active + QLatin1Char('|') + status +
                          QLatin1Char('|') + billId;
    qint64 after = -1;
    const QString token = params.value(QStringLiteral("nextToken"));
    if (!token.isEmpty()) {
        const std::optional<qint64> p = m_context.pageTokens.decode(scope, token);
        if (!p)
            return HttpReply::error(400, QStringLiteral("Invalid nextToken"));
        after = *p;
    }
    const SandboxStore &store = m_context.store;
    const ListPage page = ListPager::page(store.jobCount(), after, pageSize, [&](int i) {
        const StatementJobRecord &job = store.job(i);
        const StatementJobRecord::Status s = job.statusAt(request.nowMs);
        if (active == QLatin1String("TRUE"))
            return s == StatementJobRecord::Pending || s == StatementJobRecord::Running;
        if (!status.isEmpty())
            return status == QLatin1String(StatementJobRecord::statusName(s));
        if (!billId.isEmpty())
            return job.bill == billPos;
        return true;
    });
    QJsonArray data;
    for (int i : page.positions)
        data.append(JsonRenderer::statementJob(m_context, store.job(i), request.nowMs));
    QJsonObject body{{QStringLiteral("data"), data}};
    if (page.more)
        body.insert(QStringLiteral("nextToken"),
                    m_context.pageTokens.encode(scope, page.positions.last()));
    return HttpReply::json(body);
}

HttpReply StatementJobEndpoints::cancel(const RequestContext &request) {
    const QString &id = request.params.at(1);
    const int index = m_context.store.jobIndex(id);
    if (index < 0)
        return HttpReply::error(404, QStringLiteral("Statement job not found: %1").arg(id));
    StatementJobRecord &job = m_context.store.job(index);
    const StatementJobRecord::Status s = job.statusAt(request.nowMs);
    if (s != StatementJobRecord::Pending && s != StatementJobRecord::Running)
        return HttpReply::error(
            400, QStringLiteral("Statement job %1 is %2 and can no longer be "
                                "cancelled")
                     .arg(id, QString::fromLatin1(StatementJobRecord::statusName(s))));
    job.cancelledMs = request.nowMs;
    m_context.store.settleJobs(request.nowMs);
    return HttpReply::json(JsonRenderer::statementJob(m_context, job, request.nowMs));
}

} // namespace m3ter::sandbox
