#include "domain/Money.h"

#include <QLatin1StringView>

namespace m3ter {

namespace {

bool isOneOf(QStringView code, std::initializer_list<const char *> codes) {
    for (const char *c : codes) {
        if (code.compare(QLatin1StringView(c), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// Localised digit string for a run of ASCII digits, using the locale's zero digit so that
// locales with native digits (ar_EG, fa_IR, ...) stay consistent with QLocale's own output.
QString localizedDigits(const QString &asciiDigits, const QLocale &locale) {
    const QString zero = locale.zeroDigit();
    if (zero == QLatin1StringView("0"))
        return asciiDigits;
    const QList<uint> zeroUcs4 = zero.toUcs4();
    if (zeroUcs4.size() != 1)
        return asciiDigits;
    QList<uint> out;
    out.reserve(asciiDigits.size());
    for (QChar c : asciiDigits)
        out.append(zeroUcs4.first() + uint(c.unicode() - u'0'));
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(out.constData()), out.size());
}

} // namespace

int currencyDecimals(QStringView isoCode) {
    // ISO 4217 minor units. The list is short and stable; a lookup table would be overkill.
    if (isOneOf(isoCode, {"BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF",
                          "UGX", "UYI", "VND", "VUV", "XAF", "XOF", "XPF"}))
        return 0;
    if (isOneOf(isoCode, {"BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"}))
        return 3;
    if (isOneOf(isoCode, {"CLF", "UYW"}))
        return 4;
    return 2;
}

QString currencySymbol(const QString &isoCode, const QLocale &locale) {
    if (isoCode.isEmpty())
        return QString();
    const QString code = isoCode.toUpper();
    if (locale.currencySymbol(QLocale::CurrencyIsoCode) == code)
        return locale.currencySymbol(QLocale::CurrencySymbol);
    // CLDR's English symbols for the codes finance users meet most. Ambiguous dollars keep
    // their prefix (CA$, A$) so that a multi-currency total stays unambiguous.
    static const struct {
        const char *code;
        const char16_t *symbol;
    } kSymbols[] = {
        {"USD", u"$"},    {"EUR", u"€"},    {"GBP", u"£"},          {"JPY", u"¥"},
        {"CNY", u"CN¥"},  {"INR", u"₹"},    {"KRW", u"₩"},          {"ILS", u"₪"},
        {"VND", u"₫"},    {"CAD", u"CA$"},  {"AUD", u"A$"},         {"NZD", u"NZ$"},
        {"HKD", u"HK$"},  {"MXN", u"MX$"},  {"BRL", u"R$"},         {"TWD", u"NT$"},
        {"PHP", u"₱"},    {"XAF", u"FCFA"}, {"XOF", u"F\u202FCFA"}, {"XCD", u"EC$"},
        {"XPF", u"CFPF"},
    };
    for (const auto &entry : kSymbols) {
        if (code == QLatin1StringView(entry.code))
            return QString::fromUtf16(entry.symbol);
    }
    return code;
}

QString formatMoney(const Decimal &amount, const QString &currency, const QLocale &locale) {
    const int decimals = currencyDecimals(currency);
    const Decimal value = amount.rounded(decimals);

    // |mantissa| split into whole and fractional digits; abs is safe (mantissa != INT64_MIN).
    const QString digits = value.abs().toString(); // "1234.5" or "12"
    const qsizetype point = digits.indexOf(u'.');
    const QString wholeAscii = point < 0 ? digits : digits.left(point);
    QString fractionAscii = point < 0 ? QString() : digits.mid(point + 1);
    fractionAscii.append(QString(decimals - fractionAscii.size(), u'0'));

    // The whole part is a qint64, so QLocale formats it exactly with its own grouping and digits.
    QString number = locale.toString(wholeAscii.toLongLong());
    if (decimals > 0)
        number += locale.decimalPoint() + localizedDigits(fractionAscii, locale);

    // Borrow the locale's currency layout (symbol before/after, spacing, minus sign placement)
    // by formatting ±1 with a placeholder symbol, then substitute our digits and the symbol.
    const bool negative = value.isNegative();
    const QString symbol = currencySymbol(currency, locale);
    if (symbol.isEmpty()) {
        QString layout = locale.toString(qlonglong(negative ? -1 : 1));
        return layout.replace(locale.toString(qlonglong(1)), number);
    }
    const QChar placeholder(0xE000); // private use: never part of a real format
    QString layout = locale.toCurrencyString(qlonglong(negative ? -1 : 1), QString(placeholder));
    const QString one = locale.toString(qlonglong(1));
    const qsizetype numberAt = layout.indexOf(one);
    const qsizetype symbolAt = layout.indexOf(placeholder);
    if (numberAt < 0 || symbolAt < 0) // unexpected layout; still show something correct
        return symbol + u'\u00A0' + (negative ? locale.negativeSign() : QString()) + number;

    // CLDR separates a letter symbol ("KWD") from adjacent digits; Qt's layouts do not, which
    // would produce "KWD1.234".
    QString spacedSymbol = symbol;
    if (symbolAt + 1 == numberAt && symbol.back().isLetter())
        spacedSymbol.append(u'\u00A0');
    else if (numberAt + one.size() == symbolAt && symbol.front().isLetter())
        spacedSymbol.prepend(u'\u00A0');

    layout.replace(numberAt, one.size(), number);
    const qsizetype newSymbolAt = layout.indexOf(placeholder);
    layout.replace(newSymbolAt, 1, spacedSymbol);
    return layout;
}

} // namespace m3ter
