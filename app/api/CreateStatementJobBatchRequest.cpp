#include "api/CreateStatementJobBatchRequest.h"

#include "api/ApiClient.h"
#include "api/RequestArguments.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace m3ter {

CreateStatementJobBatchRequest::CreateStatementJobBatchRequest(ApiClient *client,
                                                               const QStringList &billIds,
                                                               QObject *parent)
    : TypedRequest(client, &CreateStatementJobBatchRequest::parse, parent)
    , m_billIds(billIds) {}

QByteArray CreateStatementJobBatchRequest::body(const QStringList &billIds, bool includeCsvFormat,
                                                const QStringList &meterIds) {
    QJsonObject object{
        {QStringLiteral("billIds"), QJsonArray::fromStringList(billIds)},
        {QStringLiteral("includeCsvFormat"), includeCsvFormat},
    };
    if (!meterIds.isEmpty())
        object.insert(
            QStringLiteral("filters"),
            QJsonObject{{QStringLiteral("meterIds"), QJsonArray::fromStringList(meterIds)}});
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Parsed<QList<StatementJob>> CreateStatementJobBatchRequest::parse(const QByteArray &body) {
    return parseStatementJobBatch(body);
}

ApiError CreateStatementJobBatchRequest::precondition() const {
    return RequestArguments::requireIds(m_billIds, kMaxBills);
}

ApiCall *CreateStatementJobBatchRequest::send() {
    return client()->post(QStringLiteral("statementjobs/batch"),
                          body(m_billIds, m_includeCsv, m_meterIds), PostRetry::Never);
}

} // namespace m3ter
