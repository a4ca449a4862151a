#pragma once

#include "BandRecord.h"

#include <QList>
#include <QString>
#include <QUuid>

namespace m3ter::sandbox {

// A line item as generated from a bill's seed; rendered either embedded in a Bill
// (`usagePerPricingBand`) or as a LineItemResponse (`bandUsage`, `billId`).
struct LineItemRecord {
    QUuid id;
    int sequenceNumber = 0;
    QString lineItemType;
    QString description;
    QString productName;
    QString productCode;
    QUuid productId;
    QUuid planId;
    QUuid pricingId;
    QUuid meterId; // usage-like items only
    QUuid aggregationId;
    qint64 quantity = 0;
    QString unit;
    qint64 subtotalMinor = 0;
    qint64 convertedCents = 0;
    QList<BandRecord> bands;
};

} // namespace m3ter::sandbox
