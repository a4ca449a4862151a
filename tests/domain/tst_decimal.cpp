#include "domain/Decimal.h"

#include <QtTest>

#include <cmath>
#include <limits>

using m3ter::Decimal;

namespace {

Decimal dec(const char *text) {
    const auto d = Decimal::fromString(QString::fromLatin1(text));
    if (!d)
        qFatal("bad decimal literal in test: %s", text);
    return *d;
}

QString str(const std::optional<Decimal> &d) {
    return d ? d->toString() : QStringLiteral("<nullopt>");
}

} // namespace

class TestDecimal : public QObject {
    Q_OBJECT

private slots:
    void pointOnePlusPointTwoIsExactlyPointThree() {
        const auto a = Decimal::fromDouble(0.1);
        const auto b = Decimal::fromDouble(0.2);
        QVERIFY(a && b);
        const auto sum = *a + *b;
        QVERIFY(sum);
        QCOMPARE(sum->toString(), QStringLiteral("0.3"));
        QVERIFY(*sum == *Decimal::fromDouble(0.3));
        QVERIFY(0.1 + 0.2 != 0.3); // the drift this class exists to avoid
    }

    void tenThousandCentsMakeOneHundred() {
        Decimal total;
        const Decimal cent = *Decimal::fromDouble(0.01);
        for (int i = 0; i < 10000; ++i) {
            const auto next = total + cent;
            QVERIFY(next);
            total = *next;
        }
        QCOMPARE(total.toString(), QStringLiteral("100.00"));
        QCOMPARE(total, Decimal::fromInt(100));
    }

    void fromDoubleUsesShortestText_data() {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("0.1") << 0.1 << "0.1";
        QTest::newRow("1.1") << 1.1 << "1.1";
        QTest::newRow("1234.56") << 1234.56 << "1234.56";
        QTest::newRow("negative") << -17.83567 << "-17.83567";
        QTest::newRow("integer") << 42.0 << "42";
        QTest::newRow("minus zero") << -0.0 << "0";
        QTest::newRow("tiny exp") << 8.1e-8 << "0.000000081";
        QTest::newRow("big exact") << 9007199254740993.0 << "9007199254740992";
        QTest::newRow("1e18") << 1e18 << "1000000000000000000";
        QTest::newRow("9.2e18") << 9.2e18 << "9200000000000000000";
        QTest::newRow("1e-18") << 1e-18 << "0.000000000000000001";
        QTest::newRow("1e-30 rounds to zero") << 1e-30 << "0.000000000000000000";
        QTest::newRow("5e-19 rounds up") << 5e-19 << "0.000000000000000001";
        QTest::newRow("-5e-19 rounds away") << -5e-19 << "-0.000000000000000001";
    }
    void fromDoubleUsesShortestText() {
        QFETCH(double, value);
        QFETCH(QString, expected);
        QCOMPARE(str(Decimal::fromDouble(value)), expected);
    }

    void fromDoubleRejectsWhatCannotBeExact_data() {
        QTest::addColumn<double>("value");
        QTest::newRow("nan") << std::numeric_limits<double>::quiet_NaN();
        QTest::newRow("inf") << std::numeric_limits<double>::infinity();
        QTest::newRow("-inf") << -std::numeric_limits<double>::infinity();
        QTest::newRow("1e308") << 1e308;
        QTest::newRow("-1e308") << -1e308;
        QTest::newRow("9.9e18") << 9.9e18;
        QTest::newRow("max") << std::numeric_limits<double>::max();
    }
    void fromDoubleRejectsWhatCannotBeExact() {
        QFETCH(double, value);
        QVERIFY(!Decimal::fromDouble(value));
    }

    void minusZeroIsNotNegative() {
        const auto z = Decimal::fromDouble(-0.0);
        QVERIFY(z && z->isZero() && !z->isNegative());
        QVERIFY(!dec("-0.00").isNegative());
        QCOMPARE(dec("-0.00").toString(), QStringLiteral("0.00"));
    }

    void fromString_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "12.50"
                               << "12.50";
        QTest::newRow("sign") << "-3"
                              << "-3";
        QTest::newRow("plus") << "+3.0"
                              << "3.0";
        QTest::newRow("leading dot") << ".5"
                                     << "0.5";
        QTest::newRow("trailing dot") << "5."
                                      << "5";
        QTest::newRow("leading zeros") << "000123.4500"
                                       << "123.4500";
        QTest::newRow("exp") << "1.5e3"
                             << "1500";
        QTest::newRow("exp plus") << "1e+2"
                                  << "100";
        QTest::newRow("neg exp") << "25E-4"
                                 << "0.0025";
        QTest::newRow("exp keeps written scale") << "1.50e1"
                                                 << "15.0";
        QTest::newRow("max") << "9223372036854775807"
                             << "9223372036854775807";
        QTest::newRow("max with zeros") << "9223372036854775807.000"
                                        << "9223372036854775807";
        QTest::newRow("18 places") << "0.123456789012345678"
                                   << "0.123456789012345678";
        QTest::newRow("rounds beyond 18") << "0.1234567890123456785"
                                          << "0.123456789012345679";
        QTest::newRow("huge negative exp") << "1e-999999999999"
                                           << "0.000000000000000000";
        QTest::newRow("many trailing zeros") << "100000000000000000000000e-10"
                                             << "10000000000000";
    }
    void fromString() {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(str(Decimal::fromString(text)), expected);
    }

    void fromStringRejectsGarbage_data() {
        QTest::addColumn<QString>("text");
        for (const char *bad :
             {"", "-", ".", "e5", "1e", "1e+", "1.2.3", "1,5", " 1", "1 ", "abc", "0x10",
              "1e99999999999", "9223372036854775808", "1e19", "NaN", "inf", "--1", "١٢"})
            QTest::newRow(bad) << QString::fromUtf8(bad);
        QTest::newRow("min int64") << QStringLiteral("-9223372036854775808");
    }
    void fromStringRejectsGarbage() {
        QFETCH(QString, text);
        QVERIFY2(!Decimal::fromString(text), qPrintable(text));
    }

    // Exponents that do not fit an int must overflow, not wrap: "1e4294967296" once read as 1
    // (2^32 narrowed to 0), "1e4294967299" as 1000 and "-5e4294967298" as -500.
    void fromStringHugeExponentIsRejectedNotWrapped_data() {
        QTest::addColumn<QString>("text");
        for (const char *bad : {"1e4294967296", "1e4294967299", "-5e4294967298", "1e2147483648",
                                "0.001e4294967299", "1e18446744073709551617", "7E+4294967297"})
            QTest::newRow(bad) << QString::fromUtf8(bad);
    }
    void fromStringHugeExponentIsRejectedNotWrapped() {
        QFETCH(QString, text);
        const std::optional<Decimal> d = Decimal::fromString(text);
        QVERIFY2(!d, qPrintable(text + QStringLiteral(" gave ") + str(d)));
    }
    void fromStringHugeNegativeExponentIsZero() {
        // The other direction rounds to zero at the maximum scale, whatever the exponent's size.
        QCOMPARE(str(Decimal::fromString(QStringLiteral("1e-4294967296"))),
                 QStringLiteral("0.000000000000000000"));
        QCOMPARE(str(Decimal::fromString(QStringLiteral("-5e-4294967298"))),
                 QStringLiteral("0.000000000000000000"));
    }

    void fromStringOfHugeDigitRunDoesNotHang() {
        const QString huge = QStringLiteral("1") + QString(5'000'000, u'0');
        QVERIFY(!Decimal::fromString(huge));
        const QString tiny = QStringLiteral("0.") + QString(5'000'000, u'0') + u'1';
        QCOMPARE(str(Decimal::fromString(tiny)), QStringLiteral("0.000000000000000000"));
    }

    void comparisonIgnoresScale() {
        QVERIFY(dec("1.5") == dec("1.50000"));
        QVERIFY(dec("-2") < dec("-1.999"));
        QVERIFY(dec("0.001") > dec("0"));
        QVERIFY(dec("0") == Decimal());
        QVERIFY(dec("-0.5") < dec("0.1"));
        // Alignment would overflow: the large side must still win.
        QVERIFY(dec("9223372036854775807") > dec("1.000000000000000001"));
        QVERIFY(dec("-9223372036854775807") < dec("-1.000000000000000001"));
        QCOMPARE(qHash(dec("1.5")), qHash(dec("1.500")));
    }

    void additionIsCheckedNotWrapped() {
        const Decimal max = dec("9223372036854775807");
        QVERIFY(!(max + Decimal::fromInt(1)));
        QVERIFY(!((-max) - Decimal::fromInt(1)));
        QVERIFY(!(max + dec("0.5")));
        QCOMPARE(str(max - Decimal::fromInt(7)), QStringLiteral("9223372036854775800"));
        // Scales only align by dropping trailing zeros first.
        QCOMPARE(str(dec("100000000000000000.0") + dec("0.5")),
                 QStringLiteral("100000000000000000.5"));
        QCOMPARE(str(dec("1.50") + Decimal::fromInt(1)), QStringLiteral("2.50"));
        QCOMPARE(str(dec("0.1") - dec("0.3")), QStringLiteral("-0.2"));
    }

    void roundingIsHalfAwayFromZero_data() {
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<QString>("expected");
        QTest::newRow("2.345") << "2.345" << 2 << "2.35";
        QTest::newRow("-2.345") << "-2.345" << 2 << "-2.35";
        QTest::newRow("2.344") << "2.344" << 2 << "2.34";
        QTest::newRow("0.5 to 0") << "0.5" << 0 << "1";
        QTest::newRow("-0.5 to 0") << "-0.5" << 0 << "-1";
        QTest::newRow("-0.4 to 0") << "-0.4" << 0 << "0";
        QTest::newRow("already short") << "1.5" << 3 << "1.5";
        QTest::newRow("max") << "922337203685477580.7" << 0 << "922337203685477581";
        QTest::newRow("clamped") << "1.25" << -3 << "1";
    }
    void roundingIsHalfAwayFromZero() {
        QFETCH(QString, value);
        QFETCH(int, decimals);
        QFETCH(QString, expected);
        QCOMPARE(dec(value.toLatin1().constData()).rounded(decimals).toString(), expected);
    }

    void rescaledAndNormalized() {
        QCOMPARE(str(dec("1.5").rescaled(3)), QStringLiteral("1.500"));
        QCOMPARE(str(dec("1.555").rescaled(2)), QStringLiteral("1.56"));
        QVERIFY(!dec("9223372036854775807").rescaled(1));
        QVERIFY(!dec("1").rescaled(19));
        QCOMPARE(dec("1.500").normalized().toString(), QStringLiteral("1.5"));
        QCOMPARE(dec("200.00").normalized().toString(), QStringLiteral("200"));
        QCOMPARE(dec("0.000").normalized().toString(), QStringLiteral("0"));
    }

    void fromParts() {
        QCOMPARE(str(Decimal::fromParts(-5, 3)), QStringLiteral("-0.005"));
        QVERIFY(!Decimal::fromParts(1, 19));
        QVERIFY(!Decimal::fromParts(1, -1));
        QVERIFY(!Decimal::fromParts(std::numeric_limits<qint64>::min(), 0));
    }

    void toDoubleForCharts() {
        QCOMPARE(dec("0.3").toDouble(), 0.3);
        QCOMPARE(dec("-1234.56").toDouble(), -1234.56);
        QCOMPARE(dec("9223372036854775807").toDouble(), 9223372036854775807.0);
    }
};

QTEST_APPLESS_MAIN(TestDecimal)
#include "tst_decimal.moc"
