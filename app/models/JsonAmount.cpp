#include "models/JsonAmount.h"

namespace m3ter {

namespace {

constexpr int kMaxDigits = 15; // DBL_DIG
static_assert(std::size(kPowersOfTen) > size_t(kMaxDigits));

} // namespace

std::optional<Decimal> JsonAmount::fromNumberText(QByteArrayView number) {
    const char *p = number.data();
    const char *const end = p + number.size();
    const bool negative = p < end && *p == '-';
    if (negative)
        ++p;
    // The significant digits (leading and trailing zeros dropped) as an integer, and the power
    // of ten of the last one before the exponent: value = significand * 10^(lastPower + exp).
    qint64 significand = 0;
    int significantDigits = 0;
    int pendingZeros = 0; // zeros after the last non-zero digit so far
    int power = 0;        // power of ten of the current digit, counted from the decimal point
    int lastPower = 0;
    int integerDigits = 0;
    const char *q = p;
    while (q < end && *q >= '0' && *q <= '9') {
        ++integerDigits;
        ++q;
    }
    power = integerDigits - 1;
    for (; p < end && ((*p >= '0' && *p <= '9') || *p == '.'); ++p) {
        if (*p == '.')
            continue;
        const int digit = *p - '0';
        if (digit == 0) {
            if (significantDigits > 0)
                ++pendingZeros;
        } else {
            const int added = significantDigits > 0 ? pendingZeros + 1 : 1;
            if (significantDigits + added > kMaxDigits)
                return std::nullopt;
            significand = significand * kPowersOfTen[added] + digit;
            significantDigits += added;
            pendingZeros = 0;
            lastPower = power;
        }
        --power;
    }
    int exponent = 0;
    if (p < end && (*p == 'e' || *p == 'E')) {
        ++p;
        const bool negativeExponent = p < end && *p == '-';
        if (p < end && (*p == '-' || *p == '+'))
            ++p;
        for (; p < end && *p >= '0' && *p <= '9'; ++p) {
            exponent = exponent * 10 + (*p - '0');
            if (exponent > 1000)
                return std::nullopt;
        }
        if (negativeExponent)
            exponent = -exponent;
    }
    if (p != end)
        return std::nullopt;
    if (significantDigits == 0)
        return Decimal(); // 0, -0.0, 0e5: Qt's 0 (never -0, never a scale)
    const int lastDigitPower = lastPower + exponent;
    // Digits before the decimal point: significantDigits + lastDigitPower. Below 10^15 every
    // whole value is exact in a double, and 15 significant digits always round-trip.
    if (significantDigits + lastDigitPower > kMaxDigits)
        return std::nullopt;
    if (lastDigitPower >= 0) {
        const qint64 whole = significand * kPowersOfTen[lastDigitPower];
        return Decimal::fromParts(negative ? -whole : whole, 0);
    }
    if (-lastDigitPower > Decimal::MaxScale)
        return std::nullopt; // Qt's path rounds these; not reproduced here
    return Decimal::fromParts(negative ? -significand : significand, -lastDigitPower);
}

} // namespace m3ter
