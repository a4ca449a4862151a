#include "domain/Decimal.h"

#include <QHashFunctions>
#include <QLocale>
#include <QtNumeric>

#include <cmath>
#include <limits>

namespace m3ter {

namespace {

constexpr qint64 kMin = std::numeric_limits<qint64>::min();

// Multiplies by 10^exponent; false on overflow (or when the result would be INT64_MIN, which
// the class never holds). The exponent is 64-bit: fromString() computes it from a written
// exponent of up to ten digits, and narrowing that to int first would wrap "1e4294967296" to 1.
bool scaleUp(qint64 value, qint64 exponent, qint64 *out) {
    if (exponent == 0) {
        *out = value;
        return true;
    }
    if (exponent < 0 || exponent > Decimal::MaxScale)
        return false;
    return !qMulOverflow(value, kPowersOfTen[exponent], out) && *out != kMin;
}

bool isDigit(char16_t c) {
    return c >= u'0' && c <= u'9';
}

int sign(qint64 v) {
    return (v > 0) - (v < 0);
}

} // namespace

std::optional<Decimal> Decimal::fromParts(qint64 mantissa, int scale) {
    if (scale < 0 || scale > MaxScale || mantissa == kMin)
        return std::nullopt;
    return Decimal(mantissa, scale);
}

std::optional<Decimal> Decimal::fromDouble(double value) {
    if (!qIsFinite(value))
        return std::nullopt;
    // Fast path for whole numbers below 2^53: they are exact in a double and their shortest text
    // is the integer itself, so the string round trip would give the same answer, only slower.
    // (-0.0 lands here too and becomes plain 0.)
    constexpr double kExactIntegerLimit = 9007199254740992.0; // 2^53
    if (std::fabs(value) < kExactIntegerLimit && value == std::trunc(value))
        return Decimal(static_cast<qint64>(value), 0);
    // Anything this large cannot fit a qint64 mantissa; reject without formatting 300 digits.
    if (std::fabs(value) >= 1e19)
        return std::nullopt;
    return fromString(QString::number(value, 'g', QLocale::FloatingPointShortest));
}

std::optional<Decimal> Decimal::fromString(QStringView text) {
    // Split into: sign, the significant digits (leading zeros dropped) and the power of ten of
    // the last digit, so value = digits * 10^lastDigitExponent.
    qsizetype i = 0;
    const qsizetype n = text.size();
    bool negative = false;
    if (i < n && (text[i] == u'-' || text[i] == u'+')) {
        negative = text[i] == u'-';
        ++i;
    }
    const qsizetype intBegin = i;
    while (i < n && isDigit(text[i].unicode()))
        ++i;
    const qsizetype intEnd = i;
    qsizetype fracBegin = i;
    qsizetype fracEnd = i;
    if (i < n && text[i] == u'.') {
        fracBegin = ++i;
        while (i < n && isDigit(text[i].unicode()))
            ++i;
        fracEnd = i;
    }
    if (intEnd == intBegin && fracEnd == fracBegin)
        return std::nullopt; // no digits at all
    qint64 exponent = 0;
    if (i < n && (text[i] == u'e' || text[i] == u'E')) {
        ++i;
        bool expNegative = false;
        if (i < n && (text[i] == u'-' || text[i] == u'+')) {
            expNegative = text[i] == u'-';
            ++i;
        }
        const qsizetype expBegin = i;
        while (i < n && isDigit(text[i].unicode())) {
            // Saturate: any exponent this large already means overflow or zero.
            if (exponent < 1000000000)
                exponent = exponent * 10 + (text[i].unicode() - u'0');
            ++i;
        }
        if (i == expBegin)
            return std::nullopt;
        if (expNegative)
            exponent = -exponent;
    }
    if (i != n)
        return std::nullopt;

    // The digits are the integer run followed by the fraction run; index them in place rather
    // than concatenating, since this runs for every non-integral amount parsed.
    const qsizetype intCount = intEnd - intBegin;
    const qsizetype digitCount = intCount + (fracEnd - fracBegin);
    const auto digitAt = [&](qsizetype k) -> int {
        const qsizetype pos = k < intCount ? intBegin + k : fracBegin + (k - intCount);
        return text[pos].unicode() - u'0';
    };
    const qint64 writtenScale = qint64(fracEnd - fracBegin) - exponent;
    qsizetype first = 0;
    while (first < digitCount && digitAt(first) == 0)
        ++first;
    qsizetype last = digitCount; // one past the last non-zero digit
    while (last > first && digitAt(last - 1) == 0)
        --last;
    if (first == last) {
        // Zero keeps its written scale (0.00 stays 0.00) within limits; -0 is plain zero.
        return Decimal(0, int(qBound(qint64(0), writtenScale, qint64(MaxScale))));
    }
    // Exponent of the last significant digit once trailing zeros are dropped.
    const qint64 lastDigitExponent = -writtenScale + (digitCount - last);
    const qint64 minimalScale = qMax(qint64(0), -lastDigitExponent);

    auto accumulate = [&](qsizetype from, qsizetype to, qint64 *out) {
        qint64 value = 0;
        for (qsizetype k = from; k < to; ++k) {
            if (qMulOverflow(value, qint64(10), &value) ||
                qAddOverflow(value, qint64(digitAt(k)), &value))
                return false;
        }
        *out = value;
        return true;
    };

    if (minimalScale > MaxScale) {
        // More decimals than we can hold: round to MaxScale, half away from zero.
        const qint64 drop = minimalScale - MaxScale;
        const qint64 keep = qint64(last - first) - drop;
        qint64 value = 0;
        bool roundUp = false;
        if (keep >= 0) {
            if (!accumulate(first, first + keep, &value))
                return std::nullopt;
            roundUp = digitAt(first + keep) >= 5;
        }
        // keep < 0: the first significant digit is two or more places beyond MaxScale, so the
        // value rounds to zero.
        if (roundUp && qAddOverflow(value, qint64(1), &value))
            return std::nullopt;
        return Decimal(negative ? -value : value, MaxScale);
    }

    qint64 value = 0;
    if (!accumulate(first, last, &value))
        return std::nullopt;
    // Prefer the written scale (keeps "1.50" as 1.50); fall back to the minimal one if padding
    // the mantissa back to the written scale would overflow.
    const qint64 preferredScale = qBound(minimalScale, writtenScale, qint64(MaxScale));
    qint64 scaled = 0;
    qint64 scale = preferredScale;
    if (!scaleUp(value, scale + lastDigitExponent, &scaled)) {
        scale = minimalScale;
        if (!scaleUp(value, scale + lastDigitExponent, &scaled))
            return std::nullopt;
    }
    return Decimal(negative ? -scaled : scaled, int(scale));
}

QString Decimal::toString() const {
    // Digits of |mantissa|; safe because the mantissa is never INT64_MIN.
    QString digits = QString::number(m_mantissa < 0 ? -m_mantissa : m_mantissa);
    if (m_scale > 0) {
        if (digits.size() <= m_scale)
            digits.prepend(QString(m_scale + 1 - digits.size(), u'0'));
        digits.insert(digits.size() - m_scale, u'.');
    }
    if (m_mantissa < 0)
        digits.prepend(u'-');
    return digits;
}

double Decimal::toDouble() const {
    // Both operands exact in a double: one correctly rounded division.
    constexpr qint64 kExactIntegerLimit = qint64(1) << 53;
    if (m_mantissa > -kExactIntegerLimit && m_mantissa < kExactIntegerLimit)
        return double(m_mantissa) / double(kPowersOfTen[m_scale]);
    return QLocale::c().toDouble(toString());
}

Decimal Decimal::rounded(int decimals) const {
    decimals = qBound(0, decimals, MaxScale);
    if (decimals >= m_scale)
        return *this;
    const qint64 divisor = kPowersOfTen[m_scale - decimals];
    qint64 quotient = m_mantissa / divisor;
    const qint64 remainder = m_mantissa % divisor;
    // |remainder| < 10^18, so doubling it cannot overflow; |quotient| <= INT64_MAX / 10, so
    // stepping it away from zero cannot either.
    if ((remainder < 0 ? -remainder : remainder) * 2 >= divisor)
        quotient += sign(m_mantissa);
    return Decimal(quotient, decimals);
}

std::optional<Decimal> Decimal::rescaled(int newScale) const {
    if (newScale < 0 || newScale > MaxScale)
        return std::nullopt;
    if (newScale <= m_scale)
        return rounded(newScale);
    qint64 scaled = 0;
    if (!scaleUp(m_mantissa, newScale - m_scale, &scaled))
        return std::nullopt;
    return Decimal(scaled, newScale);
}

Decimal Decimal::normalized() const {
    if (m_mantissa == 0)
        return Decimal();
    qint64 mantissa = m_mantissa;
    int scale = m_scale;
    while (scale > 0 && mantissa % 10 == 0) {
        mantissa /= 10;
        --scale;
    }
    return Decimal(mantissa, scale);
}

std::optional<Decimal> Decimal::plus(const Decimal &other) const {
    auto tryAdd = [](const Decimal &a, const Decimal &b) -> std::optional<Decimal> {
        const int scale = qMax(a.m_scale, b.m_scale);
        qint64 x = 0;
        qint64 y = 0;
        qint64 sum = 0;
        if (!scaleUp(a.m_mantissa, scale - a.m_scale, &x) ||
            !scaleUp(b.m_mantissa, scale - b.m_scale, &y) || qAddOverflow(x, y, &sum) ||
            sum == kMin)
            return std::nullopt;
        return Decimal(sum, scale);
    };
    if (auto sum = tryAdd(*this, other))
        return sum;
    // Aligning scales can overflow even when the sum fits (1e17 + 0.5 needs 10 more bits than
    // either operand alone would after trimming); dropping redundant trailing zeros first gives
    // the exact result whenever one exists.
    return tryAdd(normalized(), other.normalized());
}

std::optional<Decimal> Decimal::minus(const Decimal &other) const {
    return plus(-other);
}

int Decimal::compare(const Decimal &a, const Decimal &b) {
    const int sa = sign(a.m_mantissa);
    const int sb = sign(b.m_mantissa);
    if (sa != sb)
        return sa < sb ? -1 : 1;
    if (sa == 0)
        return 0;
    const int scale = qMax(a.m_scale, b.m_scale);
    qint64 x = 0;
    qint64 y = 0;
    // The operand with the larger scale is unchanged, so at most one side can overflow, and an
    // overflowing side is the one with the larger magnitude.
    if (!scaleUp(a.m_mantissa, scale - a.m_scale, &x))
        return sa;
    if (!scaleUp(b.m_mantissa, scale - b.m_scale, &y))
        return -sa;
    return (x > y) - (x < y);
}

size_t qHash(const Decimal &value, size_t seed) noexcept {
    const Decimal n = value.normalized();
    return qHashMulti(seed, n.mantissa(), n.scale());
}

} // namespace m3ter
