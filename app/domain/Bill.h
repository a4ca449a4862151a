#pragma once

#include "domain/BillLineItem.h"
#include "domain/CurrencyConversion.h"
#include "domain/Decimal.h"
#include "domain/Parsed.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace m3ter {

// A bill (docs/m3ter-api.md, "Bill"). Only `id` is required. Strings are null when absent, dates
// are invalid when absent, date-times are UTC. Enum fields (status, billingFrequency) are kept raw;
// EnumLabels.h turns them into Console labels.
struct Bill {
    QString id;
    std::optional<qint64> version;
    QString accountId;
    QString accountCode;
    QDate startDate;
    QDate endDate;
    QDateTime startDateTimeUtc; // wire name startDateTimeUTC
    QDateTime endDateTimeUtc;   // wire name endDateTimeUTC
    QDate billDate;
    QDate dueDate;
    QString billingFrequency; // raw enum
    std::optional<int> billFrequencyInterval;
    QString timezone;
    QString currency;
    std::optional<bool> locked;
    QString status; // raw enum: PENDING, APPROVED
    QDateTime createdDate;
    QDateTime lastCalculatedDate;
    QString billJobId;
    QList<CurrencyConversion> currencyConversions;
    QList<BillLineItem> lineItems;    // absent or empty with excludeLineItems=true
    std::optional<Decimal> billTotal; // only with includeBillTotal=true
    QString purchaseOrderNumber;
    QDate externalInvoiceDate;
    QString externalInvoiceReference;
    QString sequentialInvoiceNumber;
    std::optional<bool> jsonStatementGenerated;
    std::optional<bool> csvStatementGenerated;
    std::optional<bool> statementStale;
    QString approvedBy;
    QDateTime dtApproved;
    QString lockedBy;
    QDateTime dtLocked;
    QString createdBy;
    QString lastModifiedBy;
    QDateTime dtCreated;
    QDateTime dtLastModified;

    bool isLocked() const { return locked.value_or(false); }

    static Parsed<Bill> fromJson(const QJsonObject &json);
};

} // namespace m3ter
