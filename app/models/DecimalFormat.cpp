#include "models/DecimalFormat.h"

#include "domain/Money.h"

namespace m3ter {

namespace {

// |value| as locale digits: grouped whole part, locale decimal point, fraction padded to
// `decimals`. The caller has already rounded value to at most `decimals` places.
QString unsignedDigits(const Decimal &value, int decimals, const QLocale &locale) {
    const QString ascii = value.abs().toString(); // "1234.5" or "12"
    const qsizetype point = ascii.indexOf(u'.');
    const QString whole = point < 0 ? ascii : ascii.left(point);
    QString fraction = point < 0 ? QString() : ascii.mid(point + 1);
    if (fraction.size() < decimals)
        fraction.append(QString(decimals - fraction.size(), u'0'));

    // The whole part fits a qint64 (it is at most |mantissa|), so QLocale groups it exactly.
    QString text = locale.toString(whole.toLongLong());
    if (!fraction.isEmpty()) {
        // Fraction digits through the locale too, for locales with native digits. Each digit is
        // formatted on its own because leading zeros matter here.
        QString localized;
        localized.reserve(fraction.size());
        for (QChar c : fraction)
            localized += locale.toString(c.digitValue());
        text += locale.decimalPoint() + localized;
    }
    return text;
}

int displayDecimals(const Decimal &value, int minDecimals, int maxDecimals) {
    minDecimals = qBound(0, minDecimals, Decimal::MaxScale);
    maxDecimals = qBound(minDecimals, maxDecimals, Decimal::MaxScale);
    return qBound(minDecimals, value.rounded(maxDecimals).normalized().scale(), maxDecimals);
}

} // namespace

QString formatDecimal(const Decimal &value, const QLocale &locale, int minDecimals,
                      int maxDecimals) {
    const int decimals = displayDecimals(value, minDecimals, maxDecimals);
    const Decimal shown = value.rounded(decimals);
    const QString digits = unsignedDigits(shown, decimals, locale);
    return shown.isNegative() ? locale.negativeSign() + digits : digits;
}

QString formatUnitPrice(const Decimal &price, const QString &currency, const QLocale &locale,
                        int maxDecimals) {
    const int currencyPlaces = currencyDecimals(currency);
    const int decimals = displayDecimals(price, currencyPlaces, qMax(currencyPlaces, maxDecimals));
    if (decimals == currencyPlaces)
        return formatMoney(price, currency, locale);

    // Borrow formatMoney's layout for ±1 and swap its number for ours: the symbol placement,
    // spacing and negative form then match every money amount on screen.
    const Decimal shown = price.rounded(decimals);
    const Decimal one = shown.isNegative() ? -Decimal::fromInt(1) : Decimal::fromInt(1);
    QString layout = formatMoney(one, currency, locale);
    const QString oneDigits = unsignedDigits(Decimal::fromInt(1), currencyPlaces, locale);
    const qsizetype at = layout.indexOf(oneDigits);
    const QString digits = unsignedDigits(shown, decimals, locale);
    if (at < 0) // unexpected layout; still exact
        return shown.isNegative() ? locale.negativeSign() + digits : digits;
    return layout.replace(at, oneDigits.size(), digits);
}

} // namespace m3ter
