#include "domain/Money.h"
#include "domain/MoneyTotals.h"

#include <QtTest>

using m3ter::Decimal;
using m3ter::MoneyTotals;
using namespace Qt::Literals::StringLiterals;

namespace {

Decimal dec(const char *text) {
    return *Decimal::fromString(QString::fromLatin1(text));
}

const QLocale kUs(QLocale::English, QLocale::UnitedStates);
const QLocale kDe(QLocale::German, QLocale::Germany);
const QString kNbsp(QChar(0x00A0));

} // namespace

class TestMoney : public QObject {
    Q_OBJECT

private slots:
    void currencyDecimals_data() {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("decimals");
        for (const char *c : {"JPY", "KRW", "VND", "CLP", "ISK", "jpy"})
            QTest::newRow(c) << QString::fromLatin1(c) << 0;
        for (const char *c : {"KWD", "BHD", "JOD", "OMR", "TND", "LYD", "IQD"})
            QTest::newRow(c) << QString::fromLatin1(c) << 3;
        for (const char *c : {"EUR", "USD", "GBP", "CHF", "XYZ", ""})
            QTest::newRow(c) << QString::fromLatin1(c) << 2;
        QTest::newRow("CLF") << QStringLiteral("CLF") << 4;
    }
    void currencyDecimals() {
        QFETCH(QString, code);
        QFETCH(int, decimals);
        QCOMPARE(m3ter::currencyDecimals(code), decimals);
    }

    void formatsLikeQLocaleWithTheCurrencysDecimals_data() {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("amount");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en_US EUR") << kUs << "1234.5"
                                   << "EUR" << QStringLiteral("€1,234.50");
        QTest::newRow("en_US USD") << kUs << "1234.56"
                                   << "USD" << QStringLiteral("$1,234.56");
        QTest::newRow("en_US JPY") << kUs << "12000"
                                   << "JPY" << QStringLiteral("¥12,000");
        QTest::newRow("en_US JPY rounds") << kUs << "12000.5"
                                          << "JPY" << QStringLiteral("¥12,001");
        QTest::newRow("en_US KWD") << kUs << "1.2345"
                                   << "KWD" << (u"KWD"_s + kNbsp + u"1.235");
        QTest::newRow("de_DE EUR") << kDe << "1234.56"
                                   << "EUR" << (u"1.234,56"_s + kNbsp + u"€");
        QTest::newRow("de_DE JPY") << kDe << "1234567"
                                   << "JPY" << (u"1.234.567"_s + kNbsp + u"¥");
        QTest::newRow("de_DE KWD") << kDe << "-0.5"
                                   << "KWD" << (u"-0,500"_s + kNbsp + u"KWD");
        QTest::newRow("de_DE pads") << kDe << "7"
                                    << "EUR" << (u"7,00"_s + kNbsp + u"€");
        QTest::newRow("no currency") << kUs << "-1234.5"
                                     << "" << QStringLiteral("-1,234.50");
    }
    void formatsLikeQLocaleWithTheCurrencysDecimals() {
        QFETCH(QLocale, locale);
        QFETCH(QString, amount);
        QFETCH(QString, currency);
        QFETCH(QString, expected);
        QCOMPARE(m3ter::formatMoney(*Decimal::fromString(amount), currency, locale), expected);
    }

    void agreesWithQLocaleForSmallAmounts() {
        for (const QLocale &locale : {kUs, kDe, QLocale(QLocale::French, QLocale::France),
                                      QLocale(QLocale::Japanese, QLocale::Japan)}) {
            for (double v : {0.0, 1.0, 12.34, -12.34, 1234567.89}) {
                const QString symbol = m3ter::currencySymbol(u"EUR"_s, locale);
                QCOMPARE(m3ter::formatMoney(*Decimal::fromDouble(v), u"EUR"_s, locale),
                         locale.toCurrencyString(v, symbol, 2));
            }
        }
    }

    void negativeAmountThatRoundsToZeroHasNoMinus() {
        QCOMPARE(m3ter::formatMoney(dec("-0.4"), u"JPY"_s, kUs), QStringLiteral("¥0"));
    }

    void largeAmountsStayExact() {
        // 92,233,720,368,547,758.07: far beyond what a double represents to the cent.
        QCOMPARE(m3ter::formatMoney(dec("92233720368547758.07"), u"USD"_s, kUs),
                 QStringLiteral("$92,233,720,368,547,758.07"));
        QCOMPARE(m3ter::formatMoney(dec("-9223372036854775807"), u"JPY"_s, kUs),
                 QStringLiteral("(¥9,223,372,036,854,775,807)"));
    }

    void nativeDigitsFollowTheLocale() {
        const QLocale arabic(QLocale::Arabic, QLocale::Egypt);
        const QString formatted = m3ter::formatMoney(dec("12.5"), u"USD"_s, arabic);
        QCOMPARE(formatted, arabic.toCurrencyString(12.5, u"$"_s, 2));
    }

    void totalsArePerCurrency() {
        MoneyTotals totals;
        QVERIFY(totals.isEmpty());
        QCOMPARE(totals.format(kUs), QString());
        QVERIFY(totals.add(u"EUR"_s, dec("1000.25")));
        QVERIFY(totals.add(u"JPY"_s, dec("12000")));
        QVERIFY(totals.add(u"eur"_s, dec("234.25")));
        QVERIFY(!totals.isEmpty());
        QCOMPARE(totals.currencies(), QStringList({u"EUR"_s, u"JPY"_s}));
        QCOMPARE(totals.total(u"EUR"_s), dec("1234.5"));
        QCOMPARE(totals.total(u"USD"_s), Decimal());
        QVERIFY(!totals.contains(u"USD"_s));
        QCOMPARE(totals.format(kUs), QStringLiteral("€1,234.50 · ¥12,000"));
    }

    void manySmallAmountsSumExactly() {
        MoneyTotals totals;
        for (int i = 0; i < 10000; ++i)
            QVERIFY(totals.add(u"USD"_s, *Decimal::fromDouble(0.01)));
        QCOMPARE(totals.total(u"USD"_s).toString(), QStringLiteral("100.00"));
        QCOMPARE(totals.format(kUs), QStringLiteral("$100.00"));
    }

    void overflowIsReportedNotWrapped() {
        MoneyTotals totals;
        QVERIFY(totals.add(u"USD"_s, dec("9223372036854775807")));
        QVERIFY(!totals.hasOverflow());
        QVERIFY(!totals.add(u"USD"_s, dec("1")));
        QVERIFY(totals.hasOverflow());
        QCOMPARE(totals.total(u"USD"_s), dec("9223372036854775807"));

        MoneyTotals merged;
        QVERIFY(merged.add(u"EUR"_s, dec("1")));
        QVERIFY(!merged.add(totals));
        QVERIFY(merged.hasOverflow());
        QCOMPARE(merged.currencies().size(), 2);
        merged.clear();
        QVERIFY(merged.isEmpty() && !merged.hasOverflow());
    }
};

QTEST_APPLESS_MAIN(TestMoney)
#include "tst_money.moc"
