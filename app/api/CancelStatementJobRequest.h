#pragma once

#include "api/TypedRequest.h"
#include "domain/StatementJob.h"

namespace m3ter {

// POST /organizations/{org}/statementjobs/{id}/cancel (no body); answers the cancelled job.
// Not retried: a repeat after a lost answer would meet an already-cancelled job (400); look the
// job up with GetStatementJobRequest instead.
class CancelStatementJobRequest : public TypedRequest<StatementJob> {
    Q_OBJECT

public:
    CancelStatementJobRequest(ApiClient *client, const QString &jobId, QObject *parent = nullptr);

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
