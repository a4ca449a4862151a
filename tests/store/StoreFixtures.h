#pragma once

#include "domain/Decimal.h"
#include "models/BillRow.h"

#include <QDateTime>
#include <QString>

namespace m3ter::StoreFixtures {

// A bill row with every list field set (amounts with their scale), distinct per `n`.
inline BillRow row(int n, const QString &status = QStringLiteral("PENDING"),
                   const QString &total = QStringLiteral("100.50")) {
    BillRow r;
    r.id = BillId::fromString(
        QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0')));
    r.accountId = QStringLiteral("acc-%1").arg(n % 7);
    r.accountCode = QStringLiteral("CODE-%1").arg(n % 7);
    r.currency = n % 2 ? QStringLiteral("USD") : QStringLiteral("EUR");
    r.status = status;
    r.billingFrequency = QStringLiteral("MONTHLY");
    r.invoiceNumber = QStringLiteral("INV-%1").arg(n, 6, 10, QLatin1Char('0'));
    r.externalInvoiceReference = QStringLiteral("EXT/%1").arg(n);
    r.total = *Decimal::fromString(total);
    r.hasTotal = true;
    r.billDate = QDate(2024, 3, 1).addDays(n % 28);
    r.dueDate = r.billDate.addDays(30);
    r.startDate = QDate(2024, 2, 1);
    r.endDate = QDate(2024, 3, 1);
    r.externalInvoiceDate = QDate(2024, 3, 2);
    r.lastCalculatedMSecs =
        QDateTime(QDate(2024, 3, 1), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch() + n;
    r.locked = n % 3 == 0;
    r.jsonStatementGenerated = n % 2 == 0;
    r.csvStatementGenerated = n % 5 == 0;
    r.statementStale = false;
    return r;
}

// Every field the list keeps, amounts compared with their scale.
inline bool sameRow(const BillRow &a, const BillRow &b) {
    return a.id == b.id && a.accountId == b.accountId && a.accountCode == b.accountCode &&
           a.currency == b.currency && a.status == b.status &&
           a.billingFrequency == b.billingFrequency && a.invoiceNumber == b.invoiceNumber &&
           a.externalInvoiceReference == b.externalInvoiceReference &&
           a.total.mantissa() == b.total.mantissa() && a.total.scale() == b.total.scale() &&
           a.hasTotal == b.hasTotal && a.billDate == b.billDate && a.dueDate == b.dueDate &&
           a.startDate == b.startDate && a.endDate == b.endDate &&
           a.externalInvoiceDate == b.externalInvoiceDate &&
           a.lastCalculatedMSecs == b.lastCalculatedMSecs && a.locked == b.locked &&
           a.jsonStatementGenerated == b.jsonStatementGenerated &&
           a.csvStatementGenerated == b.csvStatementGenerated &&
           a.statementStale == b.statementStale;
}

} // namespace m3ter::StoreFixtures
