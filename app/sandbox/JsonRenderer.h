#pragma once

#include <QJsonObject>

namespace m3ter::sandbox {

class SandboxStore;
struct AccountRecord;
struct LineItemRecord;
struct StatementJobRecord;
struct SandboxContext;

// Builds the wire JSON of docs/m3ter-api.md ("Response bodies") from the compact records. The
// sandbox writes its own JSON on purpose (no shared code with the client's parser), so field names
// here are checked against the contract, not against the client.
class JsonRenderer {
public:
    static QJsonObject account(const AccountRecord &account);
    static QJsonObject bill(SandboxStore &store, int position, bool includeBillTotal,
                            bool includeLineItems);
    // embedded: a Bill's BillLineItem (usagePerPricingBand); otherwise a LineItemResponse
    // (bandUsage, billId, version, ...), see docs/m3ter-api.md ("Line items").
    static QJsonObject lineItem(const SandboxStore &store, int billPosition,
                                const LineItemRecord &item, bool embedded);
    static QJsonObject statementJob(const SandboxContext &context, const StatementJobRecord &job,
                                    qint64 nowMs);

    static QString date(qint64 julianDay);
    static QString dateTime(qint64 julianDay, int minuteOfDay = 0);
    static QString dateTimeMs(qint64 epochMs);
};

} // namespace m3ter::sandbox
