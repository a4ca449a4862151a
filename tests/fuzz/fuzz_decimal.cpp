// Decimal: fromString against the C library's strtod (a value Decimal accepts is the value the
// text means, to within its rounding at MaxScale decimals), toString/fromString round trips, and
// checked arithmetic on two numbers from the input (a + b - b == a whenever both steps fit).
#include "FuzzSupport.h"
#include "domain/Decimal.h"

#include <cmath>
#include <cstdlib>

using namespace m3ter;

namespace {

void checkOne(const QString &text) {
    const std::optional<Decimal> d = Decimal::fromString(text);
    if (!d)
        return;
    const QString written = d->toString();
    FUZZ_CHECK(!written.contains(QLatin1Char('e')), written);
    const std::optional<Decimal> again = Decimal::fromString(written);
    FUZZ_CHECK(again && *again == *d && again->scale() == d->scale(),
               text + QStringLiteral(" -> ") + written);

    // What the text means, independently: Decimal accepts only [sign]digits[.digits][e[sign]
    // digits], which strtod reads the same way (as an infinity when it overflows a double).
    const QByteArray ascii = text.toLatin1();
    const double expected = std::strtod(ascii.constData(), nullptr);
    const double got = d->toDouble();
    const double tolerance = 1e-12 * std::fabs(expected) + 1e-18;
    FUZZ_CHECK(std::isfinite(expected) && std::fabs(got - expected) <= tolerance,
               QStringLiteral("\"%1\" read as %2, strtod says %3")
                   .arg(text.left(80), written)
                   .arg(expected, 0, 'g', 17));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QString input = QString::fromLatin1(fuzz::bytes(data, size));
    const qsizetype split = input.indexOf(QLatin1Char(' '));
    const QString first = split < 0 ? input : input.left(split);
    const QString second = split < 0 ? QString() : input.mid(split + 1);
    checkOne(first);
    checkOne(second);

    const std::optional<Decimal> a = Decimal::fromString(first);
    const std::optional<Decimal> b = Decimal::fromString(second);
    if (!a || !b)
        return 0;
    const QString pair = a->toString() + QLatin1Char(' ') + b->toString();
    if (const std::optional<Decimal> sum = *a + *b) {
        if (const std::optional<Decimal> back = *sum - *b)
            FUZZ_CHECK(*back == *a, pair);
        FUZZ_CHECK(Decimal::compare(*sum, *a) == (b->isZero()       ? 0
                                                  : b->isNegative() ? -1
                                                                    : 1),
                   pair);
    }
    if (const std::optional<Decimal> difference = *a - *b) {
        const int sign = difference->isZero() ? 0 : difference->isNegative() ? -1 : 1;
        FUZZ_CHECK(Decimal::compare(*a, *b) == sign, pair);
    }
    for (const int decimals : {0, 2}) {
        if (decimals >= a->scale())
            continue;
        // Rounding moves the value by at most half a unit in the last kept place.
        const Decimal r = a->rounded(decimals);
        FUZZ_CHECK(r.scale() == decimals, pair);
        if (const std::optional<Decimal> gap = *a - r)
            FUZZ_CHECK(Decimal::compare(gap->abs(), *Decimal::fromParts(5, decimals + 1)) <= 0,
                       pair);
    }
    FUZZ_CHECK(qHash(*a) == qHash(a->normalized()), pair);
    return 0;
}
