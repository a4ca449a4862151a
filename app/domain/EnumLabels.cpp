#include "domain/EnumLabels.h"

#include <QCoreApplication>

namespace m3ter {

namespace {

// One translation context for all enum labels so translators see them side by side.
constexpr char kContext[] = "m3ter::EnumLabels";

// Untranslated source text and, where one English word means two things in this file, the
// disambiguation lupdate keys it by (QT_TRANSLATE_NOOP3).
struct Text {
    const char *source;
    const char *disambiguation = nullptr;
};

struct Entry {
    const char *raw;
    Text label;
};

template <size_t N>
QString labelFor(const Entry (&table)[N], const QString &raw) {
    for (const Entry &e : table) {
        if (raw == QLatin1StringView(e.raw))
            return QCoreApplication::translate(kContext, e.label.source, e.label.disambiguation);
    }
    return raw; // unknown: shown as sent, never dropped
}

template <size_t N>
bool contains(const Entry (&table)[N], const QString &raw) {
    for (const Entry &e : table) {
        if (raw == QLatin1StringView(e.raw))
            return true;
    }
    return false;
}

template <size_t N>
QStringList rawValues(const Entry (&table)[N]) {
    QStringList values;
    values.reserve(qsizetype(N));
    for (const Entry &e : table)
        values.append(QLatin1StringView(e.raw));
    return values;
}

const Entry kLineItemTypes[] = {
    //: Line-item type: a fixed recurring charge, independent of usage.
    {"STANDING_CHARGE", QT_TRANSLATE_NOOP("m3ter::EnumLabels", "Standing charge")},
    //: Line-item type: a charge for measured usage.
    {"USAGE", QT_TRANSLATE_NOOP("m3ter::EnumLabels", "Usage")},
    {"USAGE_CREDIT", QT_TRANSLATE_NOOP("m3ter::EnumLabels", "Usage Credit")},
    //: Line-item type: top-up to the agreed minimum amount when usage stayed below it.
    {"MINIMUM_SPEND", QT_TRANSLATE_NOOP("m3ter::EnumLabels", "Minimum spend")},
    {"MINIMUM_SPEND_REFUND", QT_TRANSLATE_NOOP("m3ter::EnumLabels", "Minimum spend adjustment")},
    {"COUNTER_RUNNING_TOTAL_CHARGE",
     QT_TRANSLATE_NOOP("m3ter::EnumLabels", "Counter running total charge")},
    {"COUNTER_ADJUSTMENT_DEBIT",
     QT_TRANSLATE_NOOP("m3ter::EnumLabels", "Counter adjustment debit")},
    {"COUNTER_ADJUSTMENT_CREDIT",
     QT_TRANSLATE_NOOP("m3ter::EnumLabels", "Counter adjustment credit")},
    {"CREDIT_DEDUCTION", QT_TRANSLATE_NOOP("m3ter::EnumLabels", "Credit deduction")},
    {"MANUAL_ADJUSTMENT", QT_TRANSLATE_NOOP("m3ter::EnumLabels", "Manual adjustment")},
    {"CREDIT_MEMO", QT_TRANSLATE_NOOP("m3ter::EnumLabels", "Credit memo")},
    {"DEBIT_MEMO", QT_TRANSLATE_NOOP("m3ter::EnumLabels", "Debit memo")},
    //: Line-item type: part of a prepaid commitment used up by this bill.
    {"COMMITMENT_CONSUMED", QT_TRANSLATE_NOOP("m3ter::EnumLabels", "Prepayment consumed")},
    {"COMMITMENT_FEE", QT_TRANSLATE_NOOP("m3ter::EnumLabels", "Prepayment fee")},
    {"OVERAGE_SURCHARGE", QT_TRANSLATE_NOOP("m3ter::EnumLabels", "Overage surcharge")},
    {"OVERAGE_USAGE", QT_TRANSLATE_NOOP("m3ter::EnumLabels", "Overage usage")},
    //: Line-item type: part of the account's credit balance used up by this bill.
    {"BALANCE_CONSUMED", QT_TRANSLATE_NOOP("m3ter::EnumLabels", "Balance consumed")},
    {"BALANCE_FEE", QT_TRANSLATE_NOOP("m3ter::EnumLabels", "Balance fee")},
    //: Line-item type: a one-off charge added by hand.
    {"AD_HOC", QT_TRANSLATE_NOOP("m3ter::EnumLabels", "Ad-hoc")},
};

const Entry kBillingFrequencies[] = {
    //: Billing frequency: how often the account is billed.
    {"DAILY", QT_TRANSLATE_NOOP("m3ter::EnumLabels", "Daily")},
    {"WEEKLY", QT_TRANSLATE_NOOP("m3ter::EnumLabels", "Weekly")},
    {"MONTHLY", QT_TRANSLATE_NOOP("m3ter::EnumLabels", "Monthly")},
    {"ANNUALLY", QT_TRANSLATE_NOOP("m3ter::EnumLabels", "Annually")},
    //: Billing frequency: billed on demand rather than on a schedule.
    {"AD_HOC", QT_TRANSLATE_NOOP("m3ter::EnumLabels", "Ad hoc")},
    //: Billing frequency of a bill that combines charges billed at different frequencies.
    {"MIXED", QT_TRANSLATE_NOOP("m3ter::EnumLabels", "Mixed")},
};

const Entry kBillStatuses[] = {
    //: Bill status: the bill is not approved yet and may still change.
    {"PENDING", QT_TRANSLATE_NOOP3("m3ter::EnumLabels", "Pending", "bill status")},
    //: Bill status: the bill was approved for sending to the customer.
    {"APPROVED", QT_TRANSLATE_NOOP("m3ter::EnumLabels", "Approved")},
};

const Entry kStatementJobStatuses[] = {
    //: Statement job status: queued on the server, not started yet.
    {"PENDING", QT_TRANSLATE_NOOP3("m3ter::EnumLabels", "Pending", "statement job status")},
    //: Statement job status: the server is generating the statement.
    {"RUNNING", QT_TRANSLATE_NOOP("m3ter::EnumLabels", "Running")},
    {"COMPLETE", QT_TRANSLATE_NOOP("m3ter::EnumLabels", "Complete")},
    {"CANCELLED", QT_TRANSLATE_NOOP("m3ter::EnumLabels", "Cancelled")},
    {"FAILED", QT_TRANSLATE_NOOP("m3ter::EnumLabels", "Failed")},
};

const Entry kStatementFileStatuses[] = {
    //: Statement file status: the statement matches its bill.
    {"LATEST", QT_TRANSLATE_NOOP("m3ter::EnumLabels", "Up to date")},
    //: Statement file status (stale): the bill changed after the statement was generated.
    {"STALE", QT_TRANSLATE_NOOP("m3ter::EnumLabels", "Out of date")},
    //: Statement file status: the statement is no longer valid and must not be used.
    {"INVALIDATED", QT_TRANSLATE_NOOP("m3ter::EnumLabels", "Invalidated")},
};

const Entry kAutoGenerateModes[] = {
    //: Automatic statement generation: switched off.
    {"NONE", QT_TRANSLATE_NOOP("m3ter::EnumLabels", "Off")},
    {"JSON", QT_TRANSLATE_NOOP("m3ter::EnumLabels", "JSON")},
    {"JSON_AND_CSV", QT_TRANSLATE_NOOP("m3ter::EnumLabels", "JSON and CSV")},
};

} // namespace

QString lineItemTypeLabel(const QString &raw) {
    return labelFor(kLineItemTypes, raw);
}

bool isKnownLineItemType(const QString &raw) {
    return contains(kLineItemTypes, raw);
}

QStringList knownLineItemTypes() {
    return rawValues(kLineItemTypes);
}

QString billingFrequencyLabel(const QString &raw) {
    return labelFor(kBillingFrequencies, raw);
}

QStringList knownBillingFrequencies() {
    return rawValues(kBillingFrequencies);
}

QString billStatusLabel(const QString &raw) {
    return labelFor(kBillStatuses, raw);
}

QStringList knownBillStatuses() {
    return rawValues(kBillStatuses);
}

QString statementJobStatusLabel(const QString &raw) {
    return labelFor(kStatementJobStatuses, raw);
}

QStringList knownStatementJobStatuses() {
    return rawValues(kStatementJobStatuses);
}

QString statementFileStatusLabel(const QString &raw) {
    return labelFor(kStatementFileStatuses, raw);
}

QStringList knownStatementFileStatuses() {
    return rawValues(kStatementFileStatuses);
}

QString autoGenerateStatementModeLabel(const QString &raw) {
    return labelFor(kAutoGenerateModes, raw);
}

QStringList knownAutoGenerateStatementModes() {
    return rawValues(kAutoGenerateModes);
}

} // namespace m3ter
