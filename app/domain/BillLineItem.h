#pragma once

#include "domain/Decimal.h"
#include "domain/Parsed.h"
#include "domain/PricingBand.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace m3ter {

// A bill line item. One type serves both wire shapes because they differ only in which fields
// are required and in a few names:
//  - inside a Bill (docs/m3ter-api.md, "Line items"): ten fields are required; use fromJson();
//  - from the line-item endpoints, LineItemResponse (docs/m3ter-api.md, "Line items"): only `id` is
//    required, bands are called `bandUsage`, and billId/jsonUsageGenerated/version/dt*/createdBy
//    appear; use fromLineItemResponse().
// Both accept either band array name. Strings are null when absent; enums are raw strings
// (see EnumLabels.h), so a value m3ter adds tomorrow is shown as-is rather than dropped.
struct BillLineItem {
    QString id;
    QString description;
    std::optional<Decimal> quantity;
    std::optional<Decimal> units;
    QString unit;
    std::optional<Decimal> subtotal; // in `currency`, before conversion
    QString currency;
    std::optional<Decimal> conversionRate;
    std::optional<Decimal> convertedSubtotal; // after applying conversionRate
    QString lineItemType;                     // raw enum, docs/m3ter-api.md ("Line item types")
    std::optional<Decimal> averageUnitPrice;  // averaged across all bands

    QString productId;
    QString productName;
    QString productCode;
    QString accountingProductId;
    QString accountingProductName;
    QString accountingProductCode;
    QString planId;
    QString planGroupId;
    QString pricingId;
    QString chargeId;
    QString aggregationId;
    QString compoundAggregationId;
    QString meterId;
    QString counterId;
    QString commitmentId;
    QString balanceId;
    QString contractId;
    QString creditTypeId;
    QString reasonId;
    QString childAccountId;   // bill-embedded only
    QString childAccountCode; // bill-embedded only
    QString referencedBillId;
    QString referencedLineItemId;
    QMap<QString, QString> segment;
    QMap<QString, QString> group;
    std::optional<int> sequenceNumber;
    QDateTime servicePeriodStartDate; // inclusive, UTC
    QDateTime servicePeriodEndDate;   // exclusive, UTC
    QList<PricingBand> pricingBands;  // usagePerPricingBand or bandUsage
    QJsonObject additional;           // free-form

    // LineItemResponse only.
    QString billId;
    std::optional<bool> jsonUsageGenerated;
    std::optional<qint64> version;
    QDateTime dtCreated;
    QDateTime dtLastModified;
    QString createdBy;
    QString lastModifiedBy;

    // An element of Bill.lineItems (docs/m3ter-api.md, "Line items").
    static Parsed<BillLineItem> fromJson(const QJsonObject &json);
    // A LineItemResponse from GET …/bills/{billId}/lineitems[/{id}] or the org-wide list
    // (docs/m3ter-api.md, "Line items").
    static Parsed<BillLineItem> fromLineItemResponse(const QJsonObject &json);

private:
    static Parsed<BillLineItem> parse(const QJsonObject &json, bool embeddedInBill);
};

} // namespace m3ter
