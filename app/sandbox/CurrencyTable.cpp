#include "CurrencyTable.h"

#include <array>

namespace m3ter::sandbox {

namespace {
// USD first: it is the organization currency (CurrencyTable::USD).
constexpr std::array<CurrencyInfo, 7> kCurrencies{{
    {"USD", 2, 1000000, 1, "America/New_York"},
    {"EUR", 2, 1085000, 1, "Europe/Berlin"},
    {"GBP", 2, 1265000, 1, "Europe/London"},
    {"JPY", 0, 6700, 150, "Asia/Tokyo"},
    {"KWD", 3, 3250000, 1, "Asia/Kuwait"},
    {"CHF", 2, 1120000, 1, "Europe/Zurich"},
    {"AUD", 2, 655000, 2, "Australia/Sydney"},
}};
} // namespace

int CurrencyTable::count() {
    return int(kCurrencies.size());
}

const CurrencyInfo &CurrencyTable::at(int index) {
    return kCurrencies.at(std::size_t(index));
}

QString CurrencyTable::code(int index) {
    return QString::fromLatin1(at(index).code);
}

qint64 CurrencyTable::pow10(int exponent) {
    qint64 v = 1;
    for (int i = 0; i < exponent; ++i)
        v *= 10;
    return v;
}

double CurrencyTable::toDouble(qint64 minor, int decimals) {
    return double(minor) / double(pow10(decimals));
}

QString CurrencyTable::format(qint64 minor, int decimals) {
    const bool negative = minor < 0;
    const quint64 abs = negative ? quint64(-minor) : quint64(minor);
    const quint64 scale = quint64(pow10(decimals));
    QString text = QString::number(abs / scale);
    if (decimals > 0)
        text += QLatin1Char('.') + QString::number(abs % scale).rightJustified(decimals, u'0');
    return negative ? QLatin1Char('-') + text : text;
}

qint64 CurrencyTable::toUsdCents(qint64 minor, int index) {
    // minor * rate(µ) * 100 / (10^decimals * 10^6); amounts stay far below the int64 range.
    const CurrencyInfo &c = at(index);
    const qint64 numerator = minor * c.toUsdMicro * 100;
    const qint64 denominator = pow10(c.decimals) * 1000000;
    const qint64 half = denominator / 2;
    return numerator >= 0 ? (numerator + half) / denominator : -((-numerator + half) / denominator);
}

double CurrencyTable::multiplier(int index) {
    return double(at(index).toUsdMicro) / 1e6;
}

} // namespace m3ter::sandbox
