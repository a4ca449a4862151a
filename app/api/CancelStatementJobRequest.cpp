#include "api/CancelStatementJobRequest.h"

#include "api/ApiClient.h"
#include "api/RequestArguments.h"
#include "domain/JsonParse.h"

namespace m3ter {

CancelStatementJobRequest::CancelStatementJobRequest(ApiClient *client, const QString &jobId,
                                                     QObject *parent)
    : TypedRequest(client, &CancelStatementJobRequest::parse, parent)
    , m_jobId(jobId) {}

Parsed<StatementJob> CancelStatementJobRequest::parse(const QByteArray &body) {
    return parseObject<StatementJob>(body);
}

ApiError CancelStatementJobRequest::precondition() const {
    return RequestArguments::requireId(m_jobId);
}

ApiCall *CancelStatementJobRequest::send() {
    return client()->post(QStringLiteral("statementjobs/") + ApiConnection::pathSegment(m_jobId) +
                              QStringLiteral("/cancel"),
                          QByteArray(), PostRetry::Never);
}

} // namespace m3ter
