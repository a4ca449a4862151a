#pragma once

#include "domain/Decimal.h"
#include "domain/Parsed.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace m3ter {

// A rate from the bill currency to the Organization currency (docs/m3ter-api.md,
// "Currency conversion").
struct CurrencyConversion {
    QString from; // required
    QString to;   // required
    std::optional<Decimal> multiplier;

    static Parsed<CurrencyConversion> fromJson(const QJsonObject &json);
};

} // namespace m3ter
