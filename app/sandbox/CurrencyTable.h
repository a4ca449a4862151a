#pragma once

#include <QString>
#include <QtGlobal>

namespace m3ter::sandbox {

struct CurrencyInfo {
    const char *code;
    int decimals;
    // Multiplier to the organization currency (USD) in millionths, kept integral so converted
    // amounts are computed exactly.
    qint64 toUsdMicro;
    // Rough size of one "unit of money" relative to USD, so JPY bills carry yen-sized numbers.
    int magnitude;
    const char *timezone;
};

// The currencies the generator uses, including zero- (JPY) and three-decimal (KWD) ones, plus the
// exact minor-unit arithmetic and formatting every amount goes through.
class CurrencyTable {
public:
    static constexpr int USD = 0;

    static int count();
    static const CurrencyInfo &at(int index);
    static QString code(int index);
    static qint64 pow10(int exponent);
    // Minor units -> JSON number; the double nearest the decimal, whose shortest round-trip text
    // is exactly that decimal.
    static double toDouble(qint64 minor, int decimals);
    // Minor units -> exact decimal text ("-12.345").
    static QString format(qint64 minor, int decimals);
    // Converts an amount of currency `index` to USD cents, rounding half away from zero.
    static qint64 toUsdCents(qint64 minor, int index);
    static double multiplier(int index);
};

} // namespace m3ter::sandbox
