#include "domain/PricingBand.h"

#include "domain/JsonReader.h"

namespace m3ter {

using namespace Qt::Literals::StringLiterals;

Parsed<PricingBand> PricingBand::fromJson(const QJsonObject &json) {
    JsonReader r(json);
    PricingBand band;
    band.pricingBandId = r.string("pricingBandId"_L1);
    band.lowerLimit = r.decimal("lowerLimit"_L1);
    band.fixedPrice = r.decimal("fixedPrice"_L1);
    band.unitPrice = r.decimal("unitPrice"_L1);
    band.bandUnits = r.decimal("bandUnits"_L1);
    band.bandQuantity = r.decimal("bandQuantity"_L1);
    band.unitSubtotal = r.decimal("unitSubtotal"_L1);
    band.bandSubtotal = r.decimal("bandSubtotal"_L1);
    band.convertedBandSubtotal = r.decimal("convertedBandSubtotal"_L1);
    band.creditTypeId = r.string("creditTypeId"_L1);
    if (!r.ok())
        return r.error();
    return band;
}

} // namespace m3ter
