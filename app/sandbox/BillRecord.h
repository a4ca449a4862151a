#pragma once

#include <QUuid>
#include <QtGlobal>

namespace m3ter::sandbox {

// A compact bill header: integers only (dates are Julian day numbers), so filtering and paging
// 100,000 bills is integer work. Line items are generated on demand from `lineItemSeed`.
struct BillRecord {
    enum Frequency : quint8 { Daily, Weekly, Monthly, Annually, AdHoc, Mixed };
    enum Status : quint8 { Pending, Approved };

    QUuid id;
    quint64 lineItemSeed = 0;
    qint32 account = 0; // index into SandboxStore::accounts()
    qint32 billJob = 0; // index into SandboxStore::billJobIds()
    qint32 sequenceNumber = 0;
    qint64 billDate = 0;
    qint64 startDate = 0;
    qint64 endDate = 0;
    qint64 dueDate = 0;
    qint64 externalInvoiceDate = 0;
    qint32 calculatedMinuteOfDay = 0;
    qint32 externalReference = 0; // 0 = no externalInvoiceReference
    Frequency frequency = Monthly;
    Status status = Pending;
    bool locked = false;
    quint16 version = 1; // incremented by every change through the admin route
    // Recalculations through the admin route (BillAdmin): each adds late usage to the bill's
    // first usage line item (LineItemGenerator), so its amounts and total move.
    quint16 recalculations = 0;
    bool utcTimezone = false; // the bill uses "UTC" rather than the account's zone
    // Mutable statement state (changed by statement jobs and by POST …/bills/{id}/statement/csv).
    bool jsonStatementGenerated = false;
    bool csvStatementGenerated = false;
    bool statementStale = false;
    // Edge cases (SandboxConfig::edgeCaseShare): the reported total is the line items' sum plus
    // this (a total that does not add up); completed statement jobs report this statement
    // state; statement jobs for the bill always fail.
    enum StatementState : quint8 { Latest, Stale, Invalidated };
    qint32 totalAdjustmentMinor = 0;
    StatementState jobStatementState = Latest;
    bool statementJobsFail = false;
    // Cached sum of the line-item subtotals, filled the first time it is needed.
    bool totalKnown = false;
    qint64 totalMinor = 0;

    static const char *frequencyName(Frequency f) {
        static const char *const names[] = {"DAILY",    "WEEKLY", "MONTHLY",
                                            "ANNUALLY", "AD_HOC", "MIXED"};
        return names[f];
    }
    static const char *statusName(Status s) { return s == Approved ? "APPROVED" : "PENDING"; }
};

} // namespace m3ter::sandbox
