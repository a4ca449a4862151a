#include "DetailFixtures.h"
#include "models/BillTotals.h"

#include <QTest>

using namespace m3ter;

namespace {

// A bill with the given (type, subtotal) line items in `currency`, and billTotal if given.
Bill makeBill(const QList<QPair<QString, QString>> &items, const QString &billTotal,
              const QString &currency = QStringLiteral("EUR")) {
    Bill bill;
    bill.id = QStringLiteral("b");
    bill.currency = currency;
    if (!billTotal.isEmpty())
        bill.billTotal = Decimal::fromString(billTotal);
    for (const auto &[type, subtotal] : items) {
        BillLineItem item;
        item.lineItemType = type;
        item.currency = currency;
        item.subtotal = Decimal::fromString(subtotal);
        bill.lineItems.append(item);
    }
    return bill;
}

Decimal dec(const char *text) {
    return *Decimal::fromString(QString::fromLatin1(text));
}

const QString kUsage = QStringLiteral("USAGE");
const QString kCredit = QStringLiteral("USAGE_CREDIT");
const QString kStanding = QStringLiteral("STANDING_CHARGE");

} // namespace

class TestBillTotals : public QObject {
    Q_OBJECT

private:
    const QLocale m_en{QLocale::English, QLocale::UnitedStates};

private slots:
    void sumsPerTypeExactly() {
        // As doubles, 0.1 + 0.1 + 0.1 is 0.30000000000000004.
        const Bill bill = makeBill({{kUsage, QStringLiteral("0.1")},
                                    {kUsage, QStringLiteral("0.1")},
                                    {kUsage, QStringLiteral("0.1")},
                                    {kStanding, QStringLiteral("0.2")}},
                                   QStringLiteral("0.5"));
        const BillTotals totals = BillTotals::compute(bill);
        QCOMPARE(totals.byType().size(), 2);
        // The Console's order: standing charge before usage, whatever the bill's order.
        QCOMPARE(totals.byType().at(0).lineItemType, kStanding);
        const BillTotals::TypeTotal &usage = totals.byType().at(1);
        QCOMPARE(usage.lineItemType, kUsage);
        QCOMPARE(usage.lineItemCount, 3);
        QCOMPARE(usage.subtotals.total(QStringLiteral("EUR")).toString(), QStringLiteral("0.3"));
        QCOMPARE(plainSpaces(usage.subtotals.format(m_en)), QStringLiteral("€0.30"));
        QCOMPARE(totals.lineItemSum().total(QStringLiteral("EUR")), dec("0.5"));
        QCOMPARE(totals.check(), BillTotals::Check::Consistent);
        QVERIFY(totals.warningText(m_en).isEmpty());
    }

    void creditsArriveNegativeAndAreAddedAsGiven() {
        // m3ter (and the sandbox) send credits with a negative subtotal, and billTotal is the
        // plain sum. Negating credits again would report 12.50 here and flag a good bill.
        const Bill bill =
            makeBill({{kUsage, QStringLiteral("10.00")}, {kCredit, QStringLiteral("-2.50")}},
                     QStringLiteral("7.5"));
        const BillTotals totals = BillTotals::compute(bill);
        QCOMPARE(totals.check(), BillTotals::Check::Consistent);
        QCOMPARE(totals.byType().at(1).subtotals.total(QStringLiteral("EUR")), dec("-2.50"));
    }

    void mismatchIsReportedWithBothAmountsAndTheDifference() {
        const Bill bill =
            makeBill({{kUsage, QStringLiteral("10.00")}, {kStanding, QStringLiteral("5.00")}},
                     QStringLiteral("16.00"));
        const BillTotals totals = BillTotals::compute(bill);
        QCOMPARE(totals.check(), BillTotals::Check::Mismatch);
        QVERIFY(totals.isMismatch());
        QCOMPARE(totals.difference(), dec("-1"));
        const QString warning = plainSpaces(totals.warningText(m_en));
        QVERIFY2(warning.contains(QStringLiteral("€15.00")), qPrintable(warning));
        QVERIFY2(warning.contains(QStringLiteral("€16.00")), qPrintable(warning));
        QVERIFY2(warning.contains(QStringLiteral("€1.00 less")), qPrintable(warning));
        // The other direction reads "more".
        const Bill over = makeBill({{kUsage, QStringLiteral("10.00")}}, QStringLiteral("9.99"));
        QVERIFY(plainSpaces(BillTotals::compute(over).warningText(m_en))
                    .contains(QStringLiteral("€0.01 more")));
    }

    void oneMinorUnitOffIsAMismatch() {
        const Bill jpy = makeBill({{kUsage, QStringLiteral("1000")}}, QStringLiteral("1001"),
                                  QStringLiteral("JPY"));
        QCOMPARE(BillTotals::compute(jpy).check(), BillTotals::Check::Mismatch);
        const Bill kwd = makeBill({{kUsage, QStringLiteral("1.234")}}, QStringLiteral("1.235"),
                                  QStringLiteral("KWD"));
        QCOMPARE(BillTotals::compute(kwd).check(), BillTotals::Check::Mismatch);
        const Bill kwdOk = makeBill({{kUsage, QStringLiteral("1.234")}}, QStringLiteral("1.234"),
                                    QStringLiteral("KWD"));
        QCOMPARE(BillTotals::compute(kwdOk).check(), BillTotals::Check::Consistent);
    }

    void digitsBelowTheMinorUnitDoNotRaiseAlarm() {
        // Unrounded subtotals (0.104 + 0.103 = 0.207) against a total rounded to cents.
        const Bill bill =
            makeBill({{kUsage, QStringLiteral("0.104")}, {kUsage, QStringLiteral("0.103")}},
                     QStringLiteral("0.21"));
        QCOMPARE(BillTotals::compute(bill).check(), BillTotals::Check::Consistent);
    }

    void noBillTotalMeansNoWarning() {
        const Bill bill = makeBill({{kUsage, QStringLiteral("1")}}, QString());
        const BillTotals totals = BillTotals::compute(bill);
        QCOMPARE(totals.check(), BillTotals::Check::NoBillTotal);
        QVERIFY(totals.warningText(m_en).isEmpty());
    }

    void itemsInAnotherCurrencyAreNotComparedWithTheBillTotal() {
        const Bill fixture = parseBill(detailBillJson()); // EUR, JPY and KWD items
        const BillTotals totals = BillTotals::compute(fixture);
        QCOMPARE(totals.check(), BillTotals::Check::NotComparable);
        QVERIFY(totals.warningText(m_en).isEmpty());
        // Per-currency sums are still exact and separate.
        QCOMPARE(totals.lineItemSum().total(QStringLiteral("EUR")), dec("12.84"));
        QCOMPARE(totals.lineItemSum().total(QStringLiteral("JPY")), dec("12000"));
        QCOMPARE(totals.lineItemSum().total(QStringLiteral("KWD")), dec("1.2345"));
        // Known types in Console order, the unknown one last.
        QStringList types;
        for (const auto &t : totals.byType())
            types << t.lineItemType;
        QCOMPARE(types,
                 (QStringList{kStanding, kUsage, kCredit, QStringLiteral("QUANTUM_SURCHARGE")}));
    }
};

QTEST_GUILESS_MAIN(TestBillTotals)
#include "tst_billtotals.moc"
