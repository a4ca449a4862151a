#pragma once

#include <QUuid>
#include <QtGlobal>

namespace m3ter::sandbox {

// One pricing tier of a usage line item. Prices have four more decimals than the currency
// (`unitPriceScaled` is in 10^-(decimals+4) units) so per-unit prices like 0.0025 are exact.
struct BandRecord {
    QUuid pricingBandId;
    qint64 lowerLimit = 0;
    qint64 quantity = 0;
    qint64 unitPriceScaled = 0;
    qint64 subtotalMinor = 0;
    qint64 convertedCents = 0;
};

} // namespace m3ter::sandbox
