#include "api/GetStatementJobRequest.h"

#include "api/ApiClient.h"
#include "api/RequestArguments.h"
#include "domain/JsonParse.h"

namespace m3ter {

GetStatementJobRequest::GetStatementJobRequest(ApiClient *client, const QString &jobId,
                                               QObject *parent)
    : TypedRequest(client, &GetStatementJobRequest::parse, parent)
    , m_jobId(jobId) {}

Parsed<StatementJob> GetStatementJobRequest::parse(const QByteArray &body) {
    return parseObject<StatementJob>(body);
}

ApiError GetStatementJobRequest::precondition() const {
    return RequestArguments::requireId(m_jobId);
}

ApiCall *GetStatementJobRequest::send() {
    return client()->get(QStringLiteral("statementjobs/") + ApiConnection::pathSegment(m_jobId));
}

} // namespace m3ter
