#pragma once

#include "api/TypedRequest.h"
#include "domain/Page.h"
#include "domain/StatementJob.h"

#include <QUrlQuery>

namespace m3ter {

// One page of GET /organizations/{org}/statementjobs. m3ter answers 400 when more than one of
// active/status/billId is sent (docs/m3ter-api.md, "Listing statement jobs"), so a request is built
// with exactly one of them: use the named constructors.
class ListStatementJobsRequest : public TypedRequest<Page<StatementJob>> {
    Q_OBJECT

public:
    enum class Selector { Active, Status, BillId };
    static constexpr int kMaxPageSize = 100;

    // active=TRUE: jobs neither completed nor cancelled; FALSE: all jobs.
    static ListStatementJobsRequest *byActive(ApiClient *client, bool activeOnly,
                                              QObject *parent = nullptr);
    // status: PENDING, RUNNING, COMPLETE, CANCELLED or FAILED.
    static ListStatementJobsRequest *byStatus(ApiClient *client, const QString &status,
                                              QObject *parent = nullptr);
    // The check before resubmitting a bill after an unclear batch-create failure.
    static ListStatementJobsRequest *byBill(ApiClient *client, const QString &billId,
                                            QObject *parent = nullptr);

    ListStatementJobsRequest(ApiClient *client, Selector selector, const QString &value,
                             QObject *parent = nullptr);

    Selector selector() const { return m_selector; }
    QString value() const { return m_value; }
    // Same selector, next page.
    void setNextToken(const QString &nextToken) { m_nextToken = nextToken; }

    static QUrlQuery query(Selector selector, const QString &value, const QString &nextToken,
                           int pageSize = kMaxPageSize);
    static Parsed<Page<StatementJob>> parse(const QByteArray &body);

signals:
    void succeeded(const m3ter::Page<m3ter::StatementJob> &page);

protected:
    ApiError precondition() const override;
    ApiCall *send() override;
    void emitResult(const Page<StatementJob> &page) override { emit succeeded(page); }

private:
    Selector m_selector;
    QString m_value;
    QString m_nextToken;
};

} // namespace m3ter
