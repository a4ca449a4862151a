#pragma once

#include "BillRecord.h"
#include "QueryParams.h"

#include <QList>
#include <QString>

#include <optional>

namespace m3ter::sandbox {

class SandboxStore;

// The filters of GET …/bills (docs/m3ter-api.md, "List bills: filters"), parsed and validated once
// per request and resolved against the store (account/bill-job/bill ids -> indexes), so matching a
// bill is integer comparisons only.
class BillListQuery {
public:
    static constexpr int kDefaultPageSize = 10; // undocumented upstream; m3ter's search uses 10
    static constexpr int kMaxPageSize = 100;

    // On a validation error returns a default query and sets *error (never empty then).
    static BillListQuery parse(const QueryParams &params, const SandboxStore &store,
                               QString *error);

    bool matches(const BillRecord &bill, int position) const;
    // Canonical text of the filters (not of pageSize or presentation flags), binding nextToken.
    const QString &scope() const { return m_scope; }

    // Resolved filters, public for BillPager's index selection.
    bool accountFilter = false;
    int account = -1; // -1 with accountFilter: unknown account, nothing matches
    std::optional<BillRecord::Status> status;
    bool excludeLocked = false;
    std::optional<qint64> billDate;
    std::optional<qint64> billDateStart;
    std::optional<qint64> billDateEnd;
    std::optional<qint64> externalInvoiceDateStart;
    std::optional<qint64> externalInvoiceDateEnd;
    std::optional<BillRecord::Frequency> frequency;
    bool idsFilter = false;
    QList<int> idPositions; // sorted, unique; unknown ids are dropped
    bool billJobFilter = false;
    int billJob = -1;

    bool includeBillTotal = false;
    bool excludeLineItems = false;
    int pageSize = kDefaultPageSize;
    QString nextToken;

private:
    QString m_scope;
};

} // namespace m3ter::sandbox
