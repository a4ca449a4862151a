#pragma once

#include "api/TypedRequest.h"
#include "domain/StatementJob.h"

#include <QList>
#include <QStringList>

namespace m3ter {

// POST /organizations/{org}/statementjobs/batch for 1–10 bills; the answer is a bare JSON
// array with one job per bill. Never retried, not even on a timeout: m3ter has no idempotency
// key, so a repeat could create duplicate jobs. After an unclear failure (Network/Timeout/5xx)
// the caller looks the jobs up (ListStatementJobsRequest by bill) before submitting again.
// Qt itself would resend a request whose connection closed after it was written but before any
// answer; as a PostRetry::Never POST its body is a OneShotUploadDevice, which refuses that
// resend, so the drop reaches the caller as a network error (ContentReSendError) instead.
class CreateStatementJobBatchRequest : public TypedRequest<QList<StatementJob>> {
    Q_OBJECT

public:
    static constexpr int kMaxBills = 10;

    CreateStatementJobBatchRequest(ApiClient *client, const QStringList &billIds,
                                   QObject *parent = nullptr);

    QStringList billIds() const { return m_billIds; }
    void setIncludeCsvFormat(bool include) { m_includeCsv = include; }
    // Restricts usage line items to these meters (filters.meterIds); empty: no filter.
    void setMeterIds(const QStringList &meterIds) { m_meterIds = meterIds; }

    static QByteArray body(const QStringList &billIds, bool includeCsvFormat,
                           const QStringList &meterIds = {});
    static Parsed<QList<StatementJob>> parse(const QByteArray &body);

signals:
    void succeeded(const QList<m3ter::StatementJob> &jobs);

protected:
    ApiError precondition() const override;
    ApiCall *send() override;
    void emitResult(const QList<StatementJob> &jobs) override { emit succeeded(jobs); }

private:
    QStringList m_billIds;
    bool m_includeCsv = false;
    QStringList m_meterIds;
};

} // namespace m3ter
