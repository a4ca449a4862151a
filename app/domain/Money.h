#pragma once

#include "domain/Decimal.h"

#include <QLocale>
#include <QString>
#include <QStringView>

namespace m3ter {

// Digits after the decimal point for an ISO 4217 currency code: 0 for JPY, KRW, VND, CLP, ISK,
// ...; 3 for KWD, BHD, JOD, OMR, TND, LYD, IQD; 4 for the CLF/UYW units of account; 2 for every
// other code, including unknown and empty ones (the most common minor unit, and the safe
// choice for display).
int currencyDecimals(QStringView isoCode);

// The symbol `locale` would show for `isoCode`: the locale's own symbol when the code is its
// currency, a well-known symbol for common codes (€, $, £, ¥, ...), else the code itself.
QString currencySymbol(const QString &isoCode, const QLocale &locale);

// `amount` in `currency`, laid out like QLocale::toCurrencyString (symbol position, spacing and
// negative form of the locale) but with exactly currencyDecimals() decimals, rounded half away
// from zero. The digits are produced from the Decimal itself, never through a double, so
// amounts above 2^53 minor units stay exact. en_US: "$1,234.56", "¥12,000", "KWD 1.234";
// de_DE: "1.234,56 €". An empty currency formats the bare number with two decimals.
QString formatMoney(const Decimal &amount, const QString &currency, const QLocale &locale);

} // namespace m3ter
