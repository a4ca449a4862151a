#pragma once

#include <QMetaType>
#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <iterator>
#include <optional>

namespace m3ter {

// An exact decimal number: value = mantissa / 10^scale.
//
// Money arrives from m3ter as JSON doubles. Summing doubles drifts (0.1 + 0.2 != 0.3), which a
// finance user notices the moment a column total disagrees with a spreadsheet, so every amount is
// converted once into a Decimal and all arithmetic happens here, exactly.
//
// The mantissa is a qint64 (about 18 significant digits) because that is portable: MSVC has no
// __int128. Every operation that could overflow is checked and reports failure through
// std::optional instead of wrapping. The mantissa never holds INT64_MIN, so negation and abs are
// always safe.
class Decimal {
public:
    static constexpr int MaxScale = 18;

    // Zero.
    constexpr Decimal() = default;

    // nullopt if scale is outside 0..MaxScale or mantissa is INT64_MIN.
    static std::optional<Decimal> fromParts(qint64 mantissa, int scale);
    static Decimal fromInt(int value) { return Decimal(value, 0); }

    // Converts through the shortest text that round-trips to the same double, so the JSON number
    // 0.1 becomes exactly 0.1 rather than 0.1000000000000000055511151231257827.
    // NaN, infinities and magnitudes that do not fit give nullopt; digits beyond MaxScale decimal
    // places are rounded half away from zero (1e-30 becomes 0).
    static std::optional<Decimal> fromDouble(double value);

    // Accepts "-12.50", "+3", ".5", "5.", "1.5e3", "2E-4". No whitespace, no group separators:
    // this parses machine text, not user input. The scale written is kept ("1.50" has scale 2)
    // when it fits; extra digits beyond MaxScale are rounded half away from zero.
    static std::optional<Decimal> fromString(QStringView text);

    qint64 mantissa() const { return m_mantissa; }
    int scale() const { return m_scale; }

    // Plain notation with exactly scale() decimals: "-0.05", "1234.50", "12". Never an exponent.
    QString toString() const;

    // Lossy. Only for things that never reach the user as a number (chart scaling, sorting hints).
    double toDouble() const;

    bool isZero() const { return m_mantissa == 0; }
    bool isNegative() const { return m_mantissa < 0; }

    // Rounds half away from zero to at most `decimals` places (clamped to 0..MaxScale). A value
    // that already has fewer decimals is returned unchanged, so this never overflows.
    Decimal rounded(int decimals) const;
    // Exactly `newScale` decimals: rounds or pads with zeros. nullopt when padding overflows.
    std::optional<Decimal> rescaled(int newScale) const;
    // Trailing fractional zeros removed: 1.500 -> 1.5, 2.00 -> 2.
    Decimal normalized() const;

    // Checked arithmetic. The result keeps the larger scale of the operands (1.50 + 1 = 2.50).
    std::optional<Decimal> plus(const Decimal &other) const;
    std::optional<Decimal> minus(const Decimal &other) const;
    Decimal operator-() const { return Decimal(-m_mantissa, m_scale); }
    Decimal abs() const { return m_mantissa < 0 ? -*this : *this; }

    // Three-way comparison of the values (1.5 == 1.50). Never overflows.
    static int compare(const Decimal &a, const Decimal &b);

    friend bool operator==(const Decimal &a, const Decimal &b) { return compare(a, b) == 0; }
    friend bool operator!=(const Decimal &a, const Decimal &b) { return compare(a, b) != 0; }
    friend bool operator<(const Decimal &a, const Decimal &b) { return compare(a, b) < 0; }
    friend bool operator<=(const Decimal &a, const Decimal &b) { return compare(a, b) <= 0; }
    friend bool operator>(const Decimal &a, const Decimal &b) { return compare(a, b) > 0; }
    friend bool operator>=(const Decimal &a, const Decimal &b) { return compare(a, b) >= 0; }

    // Deliberately return std::optional: `a + b + c` does not compile, so no caller can forget
    // the overflow check.
    friend std::optional<Decimal> operator+(const Decimal &a, const Decimal &b) {
        return a.plus(b);
    }
    friend std::optional<Decimal> operator-(const Decimal &a, const Decimal &b) {
        return a.minus(b);
    }

private:
    constexpr Decimal(qint64 mantissa, int scale)
        : m_mantissa(mantissa)
        , m_scale(scale) {}

    qint64 m_mantissa = 0;
    int m_scale = 0;
};

// Equal values hash equally whatever their scale.
size_t qHash(const Decimal &value, size_t seed = 0) noexcept;

// 10^0 .. 10^18: every scale a Decimal can have (shared with the JSON amount scanner).
inline constexpr qint64 kPowersOfTen[] = {1LL,
                                          10LL,
                                          100LL,
                                          1000LL,
                                          10000LL,
                                          100000LL,
                                          1000000LL,
                                          10000000LL,
                                          100000000LL,
                                          1000000000LL,
                                          10000000000LL,
                                          100000000000LL,
                                          1000000000000LL,
                                          10000000000000LL,
                                          100000000000000LL,
                                          1000000000000000LL,
                                          10000000000000000LL,
                                          100000000000000000LL,
                                          1000000000000000000LL};
static_assert(std::size(kPowersOfTen) == size_t(Decimal::MaxScale) + 1);

} // namespace m3ter

Q_DECLARE_TYPEINFO(m3ter::Decimal, Q_RELOCATABLE_TYPE);
