#pragma once

#include "domain/Decimal.h"
#include "domain/Parsed.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace m3ter {

// One band of tiered pricing (docs/m3ter-api.md, "Pricing band"), an element of a line item's
// `usagePerPricingBand` (inside a bill) or `bandUsage` (line-item endpoints). All optional.
struct PricingBand {
    QString pricingBandId;
    std::optional<Decimal> lowerLimit;
    std::optional<Decimal> fixedPrice;
    std::optional<Decimal> unitPrice;
    std::optional<Decimal> bandUnits;
    std::optional<Decimal> bandQuantity;
    std::optional<Decimal> unitSubtotal;
    std::optional<Decimal> bandSubtotal;
    std::optional<Decimal> convertedBandSubtotal;
    QString creditTypeId;

    static Parsed<PricingBand> fromJson(const QJsonObject &json);
};

} // namespace m3ter
