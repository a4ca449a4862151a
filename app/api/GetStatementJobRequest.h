#pragma once

#include "api/TypedRequest.h"
#include "domain/StatementJob.h"

namespace m3ter {

// GET /organizations/{org}/statementjobs/{id}; what the statement queue polls.
class GetStatementJobRequest : public TypedRequest<StatementJob> {
    Q_OBJECT

public:
    GetStatementJobRequest(ApiClient *client, const QString &jobId, QObject *parent = nullptr);

    QString jobId() const { return m_jobId; }
    static Parsed<StatementJob> parse(const QByteArray &body);

signals:
    void succeeded(const m3ter::StatementJob &job);

protected:
    ApiError precondition() const override;
    ApiCall *send() override;
    void emitResult(const StatementJob &job) override { emit succeeded(job); }

private:
    QString m_jobId;
};

} // namespace m3ter
