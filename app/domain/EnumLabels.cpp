#include "domain/EnumLabels.h"

#include <QCoreApplication>

namespace m3ter {

namespace {

// One translation context for all enum labels so translators see them side by side.
constexpr char kContext[] = "m3ter::EnumLabels";

struct Entry {
    const char *raw;
    const char *label; // untranslated source text
};

template <size_t N>
QString labelFor(const Entry (&table)[N], const QString &raw) {
    for (const Entry &e : table) {
        if (raw == QLatin1StringView(e.raw))
            return QCoreApplication::translate(kContext, e.label);
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
    {"STANDING_CHARGE", QT_TRANSLATE_NOOP("m3ter::EnumLabels", "Standing charge")},
    {"USAGE", QT_TRANSLATE_NOOP("m3ter::EnumLabels", "Usage")},
    {"USAGE_CREDIT", QT_TRANSLATE_NOOP("m3ter::EnumLabels", "Usage Credit")},
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
    {"COMMITMENT_CONSUMED", QT_TRANSLATE_NOOP("m3ter::EnumLabels", "Prepayment consumed")},
    {"COMMITMENT_FEE", QT_TRANSLATE_NOOP("m3ter::EnumLabels", "Prepayment fee")},
    {"OVERAGE_SURCHARGE", QT_TRANSLATE_NOOP("m3ter::EnumLabels", "Overage surcharge")},
    {"OVERAGE_USAGE", QT_TRANSLATE_NOOP("m3ter::EnumLabels", "Overage usage")},
    {"BALANCE_CONSUMED", QT_TRANSLATE_NOOP("m3ter::EnumLabels", "Balance consumed")},
    {"BALANCE_FEE", QT_TRANSLATE_NOOP("m3ter::EnumLabels", "Balance fee")},
    {"AD_HOC", QT_TRANSLATE_NOOP("m3ter::EnumLabels", "Ad-hoc")},
};

const Entry kBillingFrequencies[] = {
    {"DAILY", QT_TRANSLATE_NOOP("m3ter::EnumLabels", "Daily")},
    {"WEEKLY", QT_TRANSLATE_NOOP("m3ter::EnumLabels", "Weekly")},
    {"MONTHLY", QT_TRANSLATE_NOOP("m3ter::EnumLabels", "Monthly")},
    {"ANNUALLY", QT_TRANSLATE_NOOP("m3ter::EnumLabels", "Annually")},
    {"AD_HOC", QT_TRANSLATE_NOOP("m3ter::EnumLabels", "Ad hoc")},
    {"MIXED", QT_TRANSLATE_NOOP("m3ter::EnumLabels", "Mixed")},
};

const Entry kBillStatuses[] = {
    {"PENDING", QT_TRANSLATE_NOOP("m3ter::EnumLabels", "Pending")},
    {"APPROVED", QT_TRANSLATE_NOOP("m3ter::EnumLabels", "Approved")},
};

const Entry kStatementJobStatuses[] = {
    {"PENDING", QT_TRANSLATE_NOOP("m3ter::EnumLabels", "Pending")},
    {"RUNNING", QT_TRANSLATE_NOOP("m3ter::EnumLabels", "Running")},
    {"COMPLETE", QT_TRANSLATE_NOOP("m3ter::EnumLabels", "Complete")},
    {"CANCELLED", QT_TRANSLATE_NOOP("m3ter::EnumLabels", "Cancelled")},
    {"FAILED", QT_TRANSLATE_NOOP("m3ter::EnumLabels", "Failed")},
};

const Entry kStatementFileStatuses[] = {
    {"LATEST", QT_TRANSLATE_NOOP("m3ter::EnumLabels", "Up to date")},
    {"STALE", QT_TRANSLATE_NOOP("m3ter::EnumLabels", "Out of date")},
    {"INVALIDATED", QT_TRANSLATE_NOOP("m3ter::EnumLabels", "Invalidated")},
};

const Entry kAutoGenerateModes[] = {
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

bool isTerminalStatementJobStatus(const QString &raw) {
    return raw == QLatin1StringView("COMPLETE") || raw == QLatin1StringView("CANCELLED") ||
           raw == QLatin1StringView("FAILED");
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
