#include "DomainFixtures.h"
#include "domain/Bill.h"
#include "domain/EnumLabels.h"
#include "domain/JsonParse.h"
#include "domain/MoneyTotals.h"

#include <QJsonDocument>
#include <QtTest>

using namespace m3ter;
using namespace Qt::Literals::StringLiterals;

namespace {

QJsonObject fullBillObject() {
    return QJsonDocument::fromJson(fullBillJson()).object();
}

Parsed<Bill> parseWith(const char *key, const QJsonValue &value) {
    QJsonObject o = fullBillObject();
    o.insert(QLatin1StringView(key), value);
    return Bill::fromJson(o);
}

QString dec(const std::optional<Decimal> &d) {
    return d ? d->toString() : u"<none>"_s;
}

} // namespace

class TestBillParse : public QObject {
    Q_OBJECT

private slots:
    void parsesEveryField() {
        const Parsed<Bill> parsed = parseObject<Bill>(fullBillJson());
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().toString()));
        const Bill &b = parsed.value();
        QCOMPARE(b.id, u"6f1c2a9e-3b7d-4c51-9a0e-2d4f8b1c7e30"_s);
        QCOMPARE(b.version, std::optional<qint64>(3));
        QCOMPARE(b.accountId, u"a1b2c3d4-e5f6-4a5b-8c9d-0e1f2a3b4c5d"_s);
        QCOMPARE(b.accountCode, u"ACME-EU"_s);
        QCOMPARE(b.startDate, QDate(2024, 2, 1));
        QCOMPARE(b.endDate, QDate(2024, 3, 1));
        QCOMPARE(b.startDateTimeUtc, QDateTime(QDate(2024, 2, 1), QTime(0, 0), Qt::UTC));
        QCOMPARE(b.endDateTimeUtc, QDateTime(QDate(2024, 3, 1), QTime(0, 0), Qt::UTC));
        QCOMPARE(b.billDate, QDate(2024, 3, 1));
        QCOMPARE(b.dueDate, QDate(2024, 3, 31));
        QCOMPARE(b.billingFrequency, u"MONTHLY"_s);
        QCOMPARE(billingFrequencyLabel(b.billingFrequency), u"Monthly"_s);
        QCOMPARE(b.billFrequencyInterval, std::optional<int>(1));
        QCOMPARE(b.timezone, u"Europe/Berlin"_s);
        QCOMPARE(b.currency, u"EUR"_s);
        QCOMPARE(b.locked, std::optional<bool>(true));
        QVERIFY(b.isLocked());
        QCOMPARE(b.status, u"APPROVED"_s);
        QCOMPARE(billStatusLabel(b.status), u"Approved"_s);
        QCOMPARE(b.createdDate, QDateTime(QDate(2024, 3, 1), QTime(2, 15, 7), Qt::UTC));
        // +01:00 is converted to UTC, milliseconds kept.
        QCOMPARE(b.lastCalculatedDate, QDateTime(QDate(2024, 3, 1), QTime(1, 15, 9, 123), Qt::UTC));
        QCOMPARE(b.lastCalculatedDate.timeSpec(), Qt::UTC);
        QCOMPARE(b.billJobId, u"b0b0b0b0-1111-2222-3333-444455556666"_s);
        QCOMPARE(b.currencyConversions.size(), 2);
        QCOMPARE(b.currencyConversions[0].from, u"EUR"_s);
        QCOMPARE(b.currencyConversions[0].to, u"USD"_s);
        QCOMPARE(dec(b.currencyConversions[0].multiplier), u"1.0834"_s);
        QCOMPARE(dec(b.currencyConversions[1].multiplier), u"0.8571"_s);
        QCOMPARE(dec(b.billTotal), u"-1234.2"_s);
        QCOMPARE(b.purchaseOrderNumber, u"PO-2024-0042"_s);
        QCOMPARE(b.externalInvoiceDate, QDate(2024, 3, 1));
        QCOMPARE(b.externalInvoiceReference, u"INV-000123"_s);
        QCOMPARE(b.sequentialInvoiceNumber, u"ACME-2024-00017"_s);
        QCOMPARE(b.jsonStatementGenerated, std::optional<bool>(true));
        QCOMPARE(b.csvStatementGenerated, std::optional<bool>(false));
        QCOMPARE(b.statementStale, std::optional<bool>(false));
        QCOMPARE(b.approvedBy, u"user-approver"_s);
        QCOMPARE(b.dtApproved, QDateTime(QDate(2024, 3, 2), QTime(9, 0), Qt::UTC));
        QCOMPARE(b.lockedBy, u"user-locker"_s);
        QCOMPARE(b.dtLocked, QDateTime(QDate(2024, 3, 3), QTime(10, 30), Qt::UTC));
        QCOMPARE(b.createdBy, u"svc-billing"_s);
        QCOMPARE(b.lastModifiedBy, u"user-locker"_s);
        QCOMPARE(b.dtCreated, QDateTime(QDate(2024, 3, 1), QTime(2, 15, 7), Qt::UTC));
        QCOMPARE(b.dtLastModified, QDateTime(QDate(2024, 3, 3), QTime(10, 30), Qt::UTC));

        QCOMPARE(b.lineItems.size(), 3);
        const BillLineItem &usage = b.lineItems[0];
        QCOMPARE(usage.description, u"API calls — Größe Ω"_s);
        QCOMPARE(dec(usage.quantity), u"1234567"_s);
        QCOMPARE(dec(usage.averageUnitPrice), u"0.000000081"_s);
        QCOMPARE(usage.segment.value(u"region"_s), u"eu-west-1"_s);
        QCOMPARE(usage.pricingBands.size(), 2);
        QCOMPARE(dec(usage.pricingBands[1].unitPrice), u"0.00001"_s);
        QCOMPARE(usage.childAccountCode, u"ACME-EU-CHILD"_s);
        QCOMPARE(b.lineItems[1].id, QString()); // optional inside a bill
        QVERIFY(b.lineItems[1].segment.isEmpty());
        QVERIFY(b.lineItems[1].pricingBands.isEmpty());
    }

    void lineItemMoneySumsExactly() {
        const Bill b = parseObject<Bill>(fullBillJson()).value();
        MoneyTotals totals;
        for (const BillLineItem &item : b.lineItems)
            QVERIFY(totals.add(item.currency, *item.subtotal));
        // 0.1 + 0.2 - 1234.5, which as doubles is -1234.2000000000000455.
        QCOMPARE(totals.total(u"EUR"_s).toString(), u"-1234.2"_s);
        QCOMPARE(totals.total(u"EUR"_s), *b.billTotal);
    }

    void unknownEnumIsKeptRawAndLabelledRaw() {
        const Bill b = parseObject<Bill>(fullBillJson()).value();
        QCOMPARE(b.lineItems[2].lineItemType, u"QUANTUM_CHARGE"_s);
        QVERIFY(!isKnownLineItemType(b.lineItems[2].lineItemType));
        QCOMPARE(lineItemTypeLabel(b.lineItems[2].lineItemType), u"QUANTUM_CHARGE"_s);

        const Bill odd = parseWith("status", u"ON_HOLD"_s).value();
        QCOMPARE(odd.status, u"ON_HOLD"_s);
        QCOMPARE(billStatusLabel(odd.status), u"ON_HOLD"_s);
        QCOMPARE(billingFrequencyLabel(u"FORTNIGHTLY"_s), u"FORTNIGHTLY"_s);
    }

    void minimalBillNeedsOnlyId() {
        const Parsed<Bill> parsed = parseObject<Bill>(R"({"id":"b-1"})");
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->id, u"b-1"_s);
        QVERIFY(!parsed->billTotal && !parsed->locked && !parsed->version);
        QVERIFY(!parsed->billDate.isValid() && !parsed->dtCreated.isValid());
        QVERIFY(parsed->accountId.isNull() && parsed->lineItems.isEmpty());
        QVERIFY(!parsed->isLocked());
    }

    void absentEqualsNull() {
        const Parsed<Bill> nulls = parseObject<Bill>(
            R"({"id":"b-1","billTotal":null,"locked":null,"accountId":null,"billDate":null,
                "dtCreated":null,"lineItems":null,"currencyConversions":null,"version":null,
                "billFrequencyInterval":null})");
        QVERIFY2(nulls.ok(), nulls.ok() ? "" : qPrintable(nulls.error().toString()));
        const Bill &b = nulls.value();
        QVERIFY(!b.billTotal && !b.locked && !b.version && !b.billFrequencyInterval);
        QVERIFY(b.accountId.isNull() && !b.billDate.isValid() && !b.dtCreated.isValid());
        QVERIFY(b.lineItems.isEmpty() && b.currencyConversions.isEmpty());
    }

    void missingOrNullIdIsAnError() {
        for (const char *json : {R"({"accountId":"a"})", R"({"id":null})"}) {
            const Parsed<Bill> parsed = parseObject<Bill>(json);
            QVERIFY(!parsed.ok());
            QCOMPARE(parsed.error().field, u"id"_s);
        }
    }

    void wrongTypeNamesTheField_data() {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("id number") << u"id"_s << QJsonValue(5);
        QTest::newRow("billTotal string") << u"billTotal"_s << QJsonValue(u"12.50"_s);
        QTest::newRow("locked string") << u"locked"_s << QJsonValue(u"true"_s);
        QTest::newRow("version fraction") << u"version"_s << QJsonValue(1.5);
        QTest::newRow("interval too big") << u"billFrequencyInterval"_s << QJsonValue(1e12);
        QTest::newRow("billDate garbage") << u"billDate"_s << QJsonValue(u"31/03/2024"_s);
        QTest::newRow("billDate invalid") << u"billDate"_s << QJsonValue(u"2024-02-30"_s);
        QTest::newRow("dtCreated no time") << u"dtCreated"_s << QJsonValue(u"yesterday"_s);
        QTest::newRow("lineItems object") << u"lineItems"_s << QJsonValue(QJsonObject());
        QTest::newRow("billTotal huge") << u"billTotal"_s << QJsonValue(1e308);
    }
    void wrongTypeNamesTheField() {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        const Parsed<Bill> parsed = parseWith(key.toLatin1().constData(), value);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().field, key);
        QVERIFY(!parsed.error().message.isEmpty());
        QVERIFY(parsed.error().toString().startsWith(key + u": "));
    }

    void nestedErrorHasFullPath() {
        QJsonObject o = fullBillObject();
        QJsonArray items = o.value("lineItems"_L1).toArray();
        QJsonObject item = items.at(0).toObject();
        QJsonArray bands = item.value("usagePerPricingBand"_L1).toArray();
        QJsonObject band = bands.at(1).toObject();
        band.insert("bandSubtotal"_L1, u"lots"_s);
        bands.replace(1, band);
        item.insert("usagePerPricingBand"_L1, bands);
        items.replace(0, item);
        o.insert("lineItems"_L1, items);
        const Parsed<Bill> parsed = Bill::fromJson(o);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().field, u"lineItems[0].usagePerPricingBand[1].bandSubtotal"_s);

        items.replace(2, QJsonValue(7));
        o.insert("lineItems"_L1, items);
        QCOMPARE(Bill::fromJson(o).error().field,
                 u"lineItems[0].usagePerPricingBand[1].bandSubtotal"_s);
        item.remove("usagePerPricingBand"_L1);
        items.replace(0, item);
        o.insert("lineItems"_L1, items);
        QCOMPARE(Bill::fromJson(o).error().field, u"lineItems[2]"_s);

        QJsonArray conversions;
        conversions.append(QJsonObject{{u"from"_s, u"EUR"_s}});
        o.insert("lineItems"_L1, QJsonValue::Null);
        o.insert("currencyConversions"_L1, conversions);
        QCOMPARE(Bill::fromJson(o).error().field, u"currencyConversions[0].to"_s);
    }

    void dateTimeSpellings_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        const QDateTime t(QDate(2023, 11, 7), QTime(5, 31, 56), Qt::UTC);
        QTest::newRow("Z") << u"2023-11-07T05:31:56Z"_s << t;
        QTest::newRow("ms") << u"2023-11-07T05:31:56.250Z"_s << t.addMSecs(250);
        QTest::newRow("micros") << u"2023-11-07T05:31:56.123456Z"_s << t.addMSecs(123);
        QTest::newRow("offset") << u"2023-11-07T07:31:56+02:00"_s << t;
        QTest::newRow("offset no colon") << u"2023-11-07T00:31:56-0500"_s << t;
        QTest::newRow("no zone is UTC") << u"2023-11-07T05:31:56"_s << t;
        QTest::newRow("day before") << u"2023-11-06T23:31:56-06:00"_s << t;
    }
    void dateTimeSpellings() {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        const Parsed<Bill> parsed = parseWith("dtCreated", text);
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().toString()));
        QCOMPARE(parsed->dtCreated, expected);
        QCOMPARE(parsed->dtCreated.timeSpec(), Qt::UTC);
    }

    void hostileNumbers() {
        QCOMPARE(dec(parseWith("billTotal", -0.0)->billTotal), u"0"_s);
        QCOMPARE(dec(parseWith("billTotal", 1e-30)->billTotal), u"0.000000000000000000"_s);
        QVERIFY(!parseWith("billTotal", 9.9e18).ok());
        // An integer literal beyond 2^53 is taken exactly as written.
        const Parsed<Bill> exact = parseObject<Bill>(
            R"({"id":"x","billTotal":9007199254740993,"version":9007199254740993})");
        QVERIFY(exact.ok());
        QCOMPARE(dec(exact->billTotal), u"9007199254740993"_s);
        QCOMPARE(*exact->version, Q_INT64_C(9007199254740993));
    }

    void hugeStringField() {
        QJsonObject o = fullBillObject();
        const QString huge(10 * 1024 * 1024, u'x');
        o.insert("purchaseOrderNumber"_L1, huge);
        const QByteArray bytes = QJsonDocument(o).toJson(QJsonDocument::Compact);
        const Parsed<Bill> parsed = parseObject<Bill>(bytes);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->purchaseOrderNumber.size(), huge.size());
    }
};

QTEST_APPLESS_MAIN(TestBillParse)
#include "tst_billparse.moc"
