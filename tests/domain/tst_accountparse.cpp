// Note: "//" inside raw string literals confuses moc, so JSON URLs below escape it as "\/\/".
#include "domain/Account.h"
#include "domain/DownloadUrl.h"
#include "domain/EnumLabels.h"
#include "domain/JsonParse.h"

#include <QtTest>

using namespace m3ter;
using namespace Qt::Literals::StringLiterals;

namespace {

const char kAccount[] = R"json({
  "id": "acc-1",
  "name": "Müller & Söhne GmbH",
  "code": "MUELLER",
  "version": 4,
  "emailAddress": "billing@mueller.example",
  "address": {
    "addressLine1": "Hauptstraße 1", "addressLine2": "Hinterhaus", "addressLine3": null,
    "addressLine4": "", "locality": "Berlin", "region": "BE", "postCode": "10115",
    "country": "DE"
  },
  "parentAccountId": null,
  "currency": "EUR",
  "billEpoch": "2023-01-01",
  "daysBeforeBillDue": 30,
  "purchaseOrderNumber": "PO-1",
  "statementDefinitionId": "sd-1",
  "autoGenerateStatementMode": "JSON_AND_CSV",
  "creditApplicationOrder": ["PREPAYMENT", "BALANCE"],
  "customFields": {"tier": "gold", "seats": 25, "ratio": 0.75, "empty": null},
  "dtCreated": "2023-01-01T00:00:00Z",
  "dtLastModified": "2024-01-01T00:00:00Z",
  "createdBy": "u1",
  "lastModifiedBy": "u2",
  "unknown": [1, 2]
})json";

} // namespace

class TestAccountParse : public QObject {
    Q_OBJECT

private slots:
    void parsesEveryField() {
        const Parsed<Account> parsed = parseObject<Account>(kAccount);
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().toString()));
        const Account &a = parsed.value();
        QCOMPARE(a.id, u"acc-1"_s);
        QCOMPARE(a.name, u"Müller & Söhne GmbH"_s);
        QCOMPARE(a.displayName(), a.name);
        QCOMPARE(a.code, u"MUELLER"_s);
        QCOMPARE(a.version, std::optional<qint64>(4));
        QCOMPARE(a.emailAddress, u"billing@mueller.example"_s);
        QVERIFY(a.address.has_value());
        QCOMPARE(a.address->addressLine1, u"Hauptstraße 1"_s);
        QVERIFY(a.address->addressLine3.isNull());
        QCOMPARE(a.address->toMultiLineString(),
                 u"Hauptstraße 1\nHinterhaus\nBerlin\nBE\n10115\nDE"_s);
        QVERIFY(a.parentAccountId.isNull());
        QCOMPARE(a.currency, u"EUR"_s);
        QCOMPARE(a.billEpoch, QDate(2023, 1, 1));
        QCOMPARE(a.daysBeforeBillDue, std::optional<int>(30));
        QCOMPARE(a.purchaseOrderNumber, u"PO-1"_s);
        QCOMPARE(a.statementDefinitionId, u"sd-1"_s);
        QCOMPARE(autoGenerateStatementModeLabel(a.autoGenerateStatementMode), u"JSON and CSV"_s);
        QCOMPARE(a.creditApplicationOrder, QStringList({u"PREPAYMENT"_s, u"BALANCE"_s}));
        QCOMPARE(a.customFields.size(), 3);
        QCOMPARE(a.customFields.value(u"tier"_s).toString(), u"gold"_s);
        QCOMPARE(a.customFields.value(u"seats"_s).toLongLong(), 25);
        QCOMPARE(a.customFields.value(u"ratio"_s).toDouble(), 0.75);
        QCOMPARE(a.dtCreated, QDateTime(QDate(2023, 1, 1), QTime(0, 0), Qt::UTC));
        QCOMPARE(a.dtLastModified, QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC));
        QCOMPARE(a.createdBy, u"u1"_s);
        QCOMPARE(a.lastModifiedBy, u"u2"_s);
    }

    void displayNameFallsBack() {
        Account a;
        a.id = u"id-1"_s;
        QCOMPARE(a.displayName(), u"id-1"_s);
        a.code = u"C"_s;
        QCOMPARE(a.displayName(), u"C"_s);
        a.name = u"  "_s;
        QCOMPARE(a.displayName(), u"C"_s);
    }

    void absentAddressIsEmpty() {
        const auto a = parseObject<Account>(R"({"id":"a","address":null})");
        QVERIFY(a.ok() && !a->address);
        const auto b = parseObject<Account>(R"({"id":"a","address":{}})");
        QVERIFY(b.ok() && b->address && b->address->isEmpty());
    }

    void wrongTypesNameTheField_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        QTest::newRow("address string")
            << QByteArray(R"({"id":"a","address":"Berlin"})") << u"address"_s;
        QTest::newRow("address line")
            << QByteArray(R"({"id":"a","address":{"postCode":10115}})") << u"address.postCode"_s;
        QTest::newRow("custom bool")
            << QByteArray(R"({"id":"a","customFields":{"vip":true}})") << u"customFields.vip"_s;
        QTest::newRow("credit order")
            << QByteArray(R"({"id":"a","creditApplicationOrder":"BALANCE"})")
            << u"creditApplicationOrder"_s;
        QTest::newRow("days") << QByteArray(R"({"id":"a","daysBeforeBillDue":"30"})")
                              << u"daysBeforeBillDue"_s;
        QTest::newRow("epoch") << QByteArray(R"({"id":"a","billEpoch":"01/01/2023"})")
                               << u"billEpoch"_s;
        QTest::newRow("no id") << QByteArray(R"({"name":"x"})") << u"id"_s;
    }
    void wrongTypesNameTheField() {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        const auto parsed = parseObject<Account>(json);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().field, field);
    }

    void downloadUrl() {
        const auto ok = parseObject<DownloadUrl>(
            R"({"downloadUrl":"https:\/\/bucket.example/x.json?X-Amz-Signature=s"})");
        QVERIFY(ok.ok());
        QCOMPARE(ok->downloadUrl.scheme(), u"https"_s);
        const auto absent = parseObject<DownloadUrl>("{}");
        QVERIFY(absent.ok() && absent->downloadUrl.isEmpty());
        const auto relative = parseObject<DownloadUrl>(R"({"downloadUrl":"/x.json"})");
        QVERIFY(!relative.ok());
        QCOMPARE(relative.error().field, u"downloadUrl"_s);
        QVERIFY(!parseObject<DownloadUrl>(R"({"downloadUrl":5})").ok());
    }
};

QTEST_APPLESS_MAIN(TestAccountParse)
#include "tst_accountparse.moc"
