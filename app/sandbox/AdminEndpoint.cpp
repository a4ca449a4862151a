#include "AdminEndpoint.h"

#include "BillAdmin.h"
#include "SandboxContext.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace m3ter::sandbox {

namespace {

bool parseSelection(const QByteArray &body, BillAdmin::Selection *selection, QString *error) {
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject()) {
        *error = QStringLiteral("Request body must be a JSON object: {\"count\": N} or "
                                "{\"billIds\": [...]}");
        return false;
    }
    const QJsonObject o = doc.object();
    const QJsonValue count = o.value(QStringLiteral("count"));
    if (!count.isUndefined()) {
        const double n = count.toDouble(-1);
        if (!count.isDouble() || n != double(qint64(n)) || n < 1 || n > 1e9) {
            *error = QStringLiteral("count must be a positive integer");
            return false;
        }
        selection->count = int(n);
    }
    const QJsonValue ids = o.value(QStringLiteral("billIds"));
    if (!ids.isUndefined()) {
        if (!ids.isArray() || ids.toArray().isEmpty()) {
            *error = QStringLiteral("billIds must be a non-empty array of bill ids");
            return false;
        }
        for (const QJsonValue &id : ids.toArray()) {
            if (!id.isString()) {
                *error = QStringLiteral("billIds must be a non-empty array of bill ids");
                return false;
            }
            selection->billIds.append(id.toString());
        }
    }
    const QJsonValue status = o.value(QStringLiteral("status"));
    if (!status.isUndefined()) {
        if (status.toString() == QLatin1String("PENDING")) {
            selection->status = BillRecord::Pending;
        } else if (status.toString() == QLatin1String("APPROVED")) {
            selection->status = BillRecord::Approved;
        } else {
            *error = QStringLiteral("status must be PENDING or APPROVED");
            return false;
        }
    }
    return true;
}

QJsonValue orNull(const QJsonObject &bill) {
    return bill.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(bill);
}

} // namespace

bool AdminEndpoint::isAdminPath(const QString &path) {
    return path == QLatin1String("/_admin") || path.startsWith(QLatin1String("/_admin/"));
}

HttpReply AdminEndpoint::handle(const RequestContext &request) {
    const QStringList segments = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const std::optional<BillAdmin::Operation> operation =
        segments.size() == 4 && segments.at(2) == QLatin1String("bills")
            ? BillAdmin::operationFromName(segments.at(3))
            : std::nullopt;
    if (!operation)
        return HttpReply::error(404, QStringLiteral("No such resource: %1").arg(request.path));
    if (request.method != "POST")
        return HttpReply::error(405, QStringLiteral("Method %1 is not allowed on %2")
                                         .arg(QString::fromLatin1(request.method), request.path));
    if (segments.at(1) != m_context.config.orgId)
        return HttpReply::error(404,
                                QStringLiteral("No such organization: %1").arg(segments.at(1)));

    BillAdmin::Selection selection;
    QString error;
    if (!parseSelection(request.body, &selection, &error))
        return HttpReply::error(400, error);
    // Jobs that finished by now have left their mark on their bills before the change.
    m_context.store.settleJobs(request.nowMs);
    const BillAdmin::Result result =
        BillAdmin(m_context.store).apply(*operation, selection, request.nowMs);
    if (result.status != 200)
        return HttpReply::error(result.status, result.error);

    QJsonArray bills;
    for (int i = 0; i < result.billIds.size(); ++i) {
        bills.append(QJsonObject{{QStringLiteral("id"), result.billIds.at(i)},
                                 {QStringLiteral("before"), orNull(result.before.at(i))},
                                 {QStringLiteral("after"), orNull(result.after.at(i))}});
    }
    return HttpReply::json(QJsonObject{
        {QStringLiteral("operation"), BillAdmin::operationName(*operation)},
        {QStringLiteral("billIds"), QJsonArray::fromStringList(result.billIds)},
        {QStringLiteral("bills"), bills},
    });
}

} // namespace m3ter::sandbox
