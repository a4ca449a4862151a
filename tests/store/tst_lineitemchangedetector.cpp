#include "store/LineItemChangeDetector.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace m3ter;
using Kind = BillChange::Kind;

namespace {

// Line items as the API sends them: numbers are JSON numbers, as in the bill's JSON.
QJsonArray items(const char *json) {
    return QJsonDocument::fromJson(QByteArray(json)).array();
}

const LineItemChangeDetector::BillContext kBill{QStringLiteral("bill-1"), QStringLiteral("acc-1"),
                                                QStringLiteral("USD")};

QStringList describe(const QVector<BillChange> &changes) {
    QStringList lines;
    for (const BillChange &c : changes)
        lines.append(BillChange::kindName(c.kind) + QLatin1Char(' ') + c.lineItemId +
                     QLatin1Char(' ') + c.oldValue + QStringLiteral("→") + c.newValue);
    return lines;
}

} // namespace

class TestLineItemChangeDetector : public QObject {
    Q_OBJECT

private slots:
    void equalItemsAndEqualAmountsAreNoChange() {
        const QJsonArray before = items(R"json([
            {"id": "li-1", "description": "Storage", "subtotal": 1.5, "quantity": 10,
             "productId": "p-1", "productName": "Storage", "currency": "USD"}])json");
        // 1.50 is 1.5; the order of keys and fields that are not compared do not matter.
        const QJsonArray after = items(R"json([
            {"currency": "USD", "productName": "Storage", "productId": "p-1", "quantity": 10.0,
             "subtotal": 1.50, "description": "Storage", "id": "li-1", "units": 99}])json");
        QVERIFY(LineItemChangeDetector::compare(kBill, before, after).isEmpty());
    }

    void addedRemovedAndEveryChangedField() {
        const QJsonArray before = items(R"json([
            {"id": "li-1", "description": "Storage", "subtotal": 100.10, "quantity": 5},
            {"id": "li-2", "description": "API calls", "subtotal": 20, "quantity": 2000,
             "productId": "p-api", "productName": "API"},
            {"id": "li-3", "description": "Support", "subtotal": 50, "quantity": 1}])json");
        const QJsonArray after = items(R"json([
            {"id": "li-1", "description": "Storage (GB)", "subtotal": 12345678.91, "quantity": 5},
            {"id": "li-2", "description": "API calls", "subtotal": 20, "quantity": 2000.5,
             "productId": "p-api2", "productName": "API v2"},
            {"id": "li-4", "description": "Minimum spend", "subtotal": 0.1, "quantity": 1}])json");
        const QVector<BillChange> changes = LineItemChangeDetector::compare(kBill, before, after);
        QCOMPARE(describe(changes), QStringList({
                                        QStringLiteral("lineItemAmount li-1 100.1→12345678.91"),
                                        QStringLiteral("lineItemDescription li-1 Storage→"
                                                       "Storage (GB)"),
                                        QStringLiteral("lineItemQuantity li-2 2000→2000.5"),
                                        QStringLiteral("lineItemProduct li-2 API→API v2"),
                                        QStringLiteral("lineItemAdded li-4 →0.1"),
                                        QStringLiteral("lineItemRemoved li-3 50→"),
                                    }));
        for (const BillChange &c : changes) {
            QCOMPARE(c.billId, QStringLiteral("bill-1"));
            QCOMPARE(c.accountId, QStringLiteral("acc-1"));
            QCOMPARE(c.currency, QStringLiteral("USD")); // the bill's: the items name none
        }
        QCOMPARE(changes.at(0).lineItem, QStringLiteral("Storage (GB)"));
        QCOMPARE(changes.at(5).lineItem, QStringLiteral("Support")); // removed: as it was
    }

    // The amounts are exact decimal text: the number as sent, never a double's default text
    // ("1.23457e+06") or arithmetic.
    void amountsStayExact() {
        const QJsonArray before = items(R"json([{"id": "a", "subtotal": 0.3}])json");
        const QJsonArray after = items(R"json([{"id": "a", "subtotal": 1234567.89}])json");
        const QVector<BillChange> changes = LineItemChangeDetector::compare(kBill, before, after);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes[0].oldValue, QStringLiteral("0.3"));
        QCOMPARE(changes[0].newValue, QStringLiteral("1234567.89"));
    }

    void aCurrencyChangeIsAnAmountChange() {
        const QJsonArray before =
            items(R"json([{"id": "a", "subtotal": 10, "currency": "EUR"}])json");
        const QJsonArray after =
            items(R"json([{"id": "a", "subtotal": 10, "currency": "GBP"}])json");
        const QVector<BillChange> changes = LineItemChangeDetector::compare(kBill, before, after);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes[0].kind, Kind::LineItemAmountChanged);
        QCOMPARE(changes[0].currency, QStringLiteral("GBP"));
        QCOMPARE(changes[0].oldCurrency, QStringLiteral("EUR"));
    }

    // A product is its id when the items carry one: a renamed product is not a change of the
    // bill. Without ids, the code and name are compared.
    void productsAreComparedByIdFirst() {
        QVERIFY(LineItemChangeDetector::compare(
                    kBill,
                    items(R"json([{"id": "a", "productId": "p", "productName": "Old"}])json"),
                    items(R"json([{"id": "a", "productId": "p", "productName": "New"}])json"))
                    .isEmpty());
        const QVector<BillChange> byCode = LineItemChangeDetector::compare(
            kBill, items(R"json([{"id": "a", "productCode": "STORAGE"}])json"),
            items(R"json([{"id": "a", "productCode": "COMPUTE"}])json"));
        QCOMPARE(describe(byCode),
                 QStringList(QStringLiteral("lineItemProduct a STORAGE→COMPUTE")));
    }

    // Items without an id cannot be matched across two fetches and are left out; a repeated id
    // is compared by its first item; a field of the wrong type loses only that field.
    void itemsWithoutIdOrWithBadFields() {
        const QJsonArray before = items(R"json([
            {"description": "no id", "subtotal": 1},
            {"id": "a", "subtotal": 1, "quantity": 1},
            {"id": "a", "subtotal": 999}])json");
        const QJsonArray after = items(R"json([
            {"description": "no id either", "subtotal": 2},
            {"id": "a", "subtotal": "oops", "quantity": 2}])json");
        const QVector<BillChange> changes = LineItemChangeDetector::compare(kBill, before, after);
        QCOMPARE(describe(changes), QStringList({QStringLiteral("lineItemAmount a 1→"),
                                                 QStringLiteral("lineItemQuantity a 1→2")}));
    }

    void kindNamesAreStableAndRoundTrip() {
        const QStringList names = {
            QStringLiteral("lineItemAdded"),       QStringLiteral("lineItemRemoved"),
            QStringLiteral("lineItemAmount"),      QStringLiteral("lineItemQuantity"),
            QStringLiteral("lineItemDescription"), QStringLiteral("lineItemProduct")};
        for (const QString &name : names) {
            Kind kind = Kind::Added;
            QVERIFY2(BillChange::kindFromName(name, &kind), qPrintable(name));
            QCOMPARE(BillChange::kindName(kind), name);
        }
        QSet<QString> all;
        for (Kind kind : BillChange::allKinds())
            all.insert(BillChange::kindName(kind));
        QCOMPARE(all.size(), 13); // every kind has its own name
    }
};

QTEST_GUILESS_MAIN(TestLineItemChangeDetector)
#include "tst_lineitemchangedetector.moc"
