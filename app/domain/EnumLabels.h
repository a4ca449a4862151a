#pragma once

#include <QString>
#include <QStringList>

namespace m3ter {

// m3ter enums stay raw QStrings in the value types, because m3ter adds values without notice
// (AD_HOC and BALANCE_FEE are recent) and a bill must still show rather than vanish. These
// helpers turn a raw value into what the user reads: the Console's label for known values,
// the raw text itself for unknown ones, and an empty string for an empty value.

// lineItemType (docs/m3ter-api.md, "Line item types"), Console labels such as
// "Prepayment consumed".
QString lineItemTypeLabel(const QString &raw);
bool isKnownLineItemType(const QString &raw);
QStringList knownLineItemTypes(); // in the Console's order, for filter combos

// Bill.billingFrequency: DAILY WEEKLY MONTHLY ANNUALLY AD_HOC MIXED.
QString billingFrequencyLabel(const QString &raw);
QStringList knownBillingFrequencies();

// Bill.status: PENDING APPROVED (locking is the separate `locked` flag, not a status).
QString billStatusLabel(const QString &raw);
QStringList knownBillStatuses();

// StatementJob.statementJobStatus (the values and which are terminal: StatementJobStatus in
// StatementJob.h).
QString statementJobStatusLabel(const QString &raw);
QStringList knownStatementJobStatuses();

// StatementJob.jsonStatementStatus / csvStatementStatus: LATEST STALE INVALIDATED.
QString statementFileStatusLabel(const QString &raw);
QStringList knownStatementFileStatuses();

// Account.autoGenerateStatementMode: NONE JSON JSON_AND_CSV.
QString autoGenerateStatementModeLabel(const QString &raw);
QStringList knownAutoGenerateStatementModes();

} // namespace m3ter
