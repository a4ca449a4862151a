#pragma once

#include "domain/Decimal.h"

#include <QLocale>
#include <QString>

namespace m3ter {

// Exact, locale-aware text for numbers that are not money totals: quantities, rates and unit
// prices. The digits come from the Decimal itself, never through a double.

// `value` with its own decimals (trailing zeros dropped), but at least `minDecimals` and at most
// `maxDecimals` (rounded half away from zero). de_DE: "1.234.567", "0,0834"; en_US: "-0.5".
QString formatDecimal(const Decimal &value, const QLocale &locale = QLocale(), int minDecimals = 0,
                      int maxDecimals = Decimal::MaxScale);

// A per-unit price in `currency`, laid out like formatMoney (symbol, spacing, sign) but keeping
// the sub-minor-unit digits a price needs: "$0.0025" rather than "$0.00". At least the
// currency's own decimals, at most `maxDecimals`.
QString formatUnitPrice(const Decimal &price, const QString &currency,
                        const QLocale &locale = QLocale(), int maxDecimals = 10);

} // namespace m3ter
