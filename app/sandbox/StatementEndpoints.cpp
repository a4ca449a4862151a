#include "StatementEndpoints.h"

#include "SandboxContext.h"

namespace m3ter::sandbox {

HttpReply StatementEndpoints::getUrl(const RequestContext &request) {
    const QString &id = request.params.at(1);
    const int pos = m_context.store.billPosition(id);
    if (pos < 0)
        return HttpReply::error(404, QStringLiteral("Bill not found: %1").arg(id));
    const bool csv = request.path.endsWith(QLatin1String("/csv"));
    const BillRecord &b = m_context.store.bill(pos);
    if (!(csv ? b.csvStatementGenerated : b.jsonStatementGenerated))
        return HttpReply::error(404,
                                QStringLiteral("No %1 statement has been generated for bill %2")
                                    .arg(csv ? QStringLiteral("CSV") : QStringLiteral("JSON"), id));
    const QUrl url = m_context.statementUrl(
        pos, csv ? QStringLiteral("csv") : QStringLiteral("json"), request.nowMs);
    return HttpReply::json(QJsonObject{{QStringLiteral("downloadUrl"), url.toString()}});
}

HttpReply StatementEndpoints::createCsv(const RequestContext &request) {
    const QString &id = request.params.at(1);
    const int pos = m_context.store.billPosition(id);
    if (pos < 0)
        return HttpReply::error(404, QStringLiteral("Bill not found: %1").arg(id));
    m_context.store.bill(pos).csvStatementGenerated = true;
    const QUrl url = m_context.statementUrl(pos, QStringLiteral("csv"), request.nowMs);
    return HttpReply::json(QJsonObject{{QStringLiteral("downloadUrl"), url.toString()}});
}

} // namespace m3ter::sandbox
