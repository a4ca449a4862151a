#include "domain/CurrencyConversion.h"

#include "domain/JsonReader.h"

namespace m3ter {

using namespace Qt::Literals::StringLiterals;

Parsed<CurrencyConversion> CurrencyConversion::fromJson(const QJsonObject &json) {
    JsonReader r(json);
    CurrencyConversion conversion;
    conversion.from = r.requiredString("from"_L1);
    conversion.to = r.requiredString("to"_L1);
    conversion.multiplier = r.decimal("multiplier"_L1);
    if (!r.ok())
        return r.error();
    return conversion;
}

} // namespace m3ter
