#include "domain/BillLineItem.h"
#include "domain/EnumLabels.h"
#include "domain/JsonParse.h"
#include "domain/Page.h"

#include <QJsonDocument>
#include <QtTest>

using namespace m3ter;
using namespace Qt::Literals::StringLiterals;

namespace {

QString dec(const std::optional<Decimal> &d) {
    return d ? d->toString() : u"<none>"_s;
}

// A LineItemResponse (GET …/bills/{billId}/lineitems/{id}) with every field of docs/m3ter-api.md
// ("Line items").
const char kLineItemResponse[] = R"json({
  "id": "li-1",
  "billId": "bill-1",
  "jsonUsageGenerated": true,
  "version": 2,
  "dtCreated": "2024-03-01T02:15:07Z",
  "dtLastModified": "2024-03-01T03:00:00Z",
  "createdBy": "svc",
  "lastModifiedBy": "svc2",
  "description": "Storage",
  "quantity": 10.5,
  "units": 10.5,
  "unit": "GB",
  "subtotal": 3.15,
  "currency": "KWD",
  "conversionRate": 3.25,
  "convertedSubtotal": 10.2375,
  "lineItemType": "COMMITMENT_CONSUMED",
  "averageUnitPrice": 0.3,
  "segment": {"region": "me-central-1"},
  "group": {},
  "sequenceNumber": 1,
  "servicePeriodStartDate": "2024-02-01T00:00:00Z",
  "servicePeriodEndDate": "2024-03-01T00:00:00Z",
  "bandUsage": [
    {"pricingBandId": "b1", "lowerLimit": 0, "unitPrice": 0.3, "bandQuantity": 10.5,
     "bandSubtotal": 3.15, "convertedBandSubtotal": 10.2375, "creditTypeId": "ct"}
  ],
  "additional": {"k": "v"},
  "brandNewField": {"a": 1}
})json";

} // namespace

class TestLineItemParse : public QObject {
    Q_OBJECT

private slots:
    void parsesLineItemResponse() {
        const Parsed<BillLineItem> parsed = parseObject<BillLineItem>(kLineItemResponse);
        // fromJson is the bill-embedded shape; this document satisfies it too.
        QVERIFY(parsed.ok());
        const Parsed<BillLineItem> standalone =
            BillLineItem::fromLineItemResponse(QJsonDocument::fromJson(kLineItemResponse).object());
        QVERIFY2(standalone.ok(), standalone.ok() ? "" : qPrintable(standalone.error().toString()));
        const BillLineItem &li = standalone.value();
        QCOMPARE(li.id, u"li-1"_s);
        QCOMPARE(li.billId, u"bill-1"_s);
        QCOMPARE(li.jsonUsageGenerated, std::optional<bool>(true));
        QCOMPARE(li.version, std::optional<qint64>(2));
        QCOMPARE(li.dtCreated, QDateTime(QDate(2024, 3, 1), QTime(2, 15, 7), Qt::UTC));
        QCOMPARE(li.dtLastModified, QDateTime(QDate(2024, 3, 1), QTime(3, 0), Qt::UTC));
        QCOMPARE(li.createdBy, u"svc"_s);
        QCOMPARE(li.lastModifiedBy, u"svc2"_s);
        QCOMPARE(dec(li.quantity), u"10.5"_s);
        QCOMPARE(dec(li.subtotal), u"3.15"_s);
        QCOMPARE(dec(li.conversionRate), u"3.25"_s);
        QCOMPARE(dec(li.convertedSubtotal), u"10.2375"_s);
        QCOMPARE(li.currency, u"KWD"_s);
        QCOMPARE(lineItemTypeLabel(li.lineItemType), u"Prepayment consumed"_s);
        QCOMPARE(li.segment, (QMap<QString, QString>{{u"region"_s, u"me-central-1"_s}}));
        QVERIFY(li.group.isEmpty());
        QCOMPARE(li.sequenceNumber, std::optional<int>(1));
        QCOMPARE(li.pricingBands.size(), 1);
        QCOMPARE(li.pricingBands[0].pricingBandId, u"b1"_s);
        QCOMPARE(dec(li.pricingBands[0].convertedBandSubtotal), u"10.2375"_s);
        QVERIFY(!li.pricingBands[0].fixedPrice);
        QCOMPARE(li.additional.value("k"_L1).toString(), u"v"_s);
    }

    void standaloneNeedsOnlyId() {
        const Parsed<BillLineItem> ok =
            BillLineItem::fromLineItemResponse(QJsonObject{{u"id"_s, u"x"_s}});
        QVERIFY(ok.ok());
        QVERIFY(!ok->subtotal && ok->description.isNull());
        const Parsed<BillLineItem> missing = BillLineItem::fromLineItemResponse(QJsonObject{});
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().field, u"id"_s);
    }

    void embeddedRequiresTheTenFields_data() {
        QTest::addColumn<QString>("field");
        for (const char *f :
             {"description", "quantity", "units", "unit", "subtotal", "currency", "conversionRate",
              "convertedSubtotal", "lineItemType", "averageUnitPrice"})
            QTest::newRow(f) << QString::fromLatin1(f);
    }
    void embeddedRequiresTheTenFields() {
        QFETCH(QString, field);
        QJsonObject o = QJsonDocument::fromJson(kLineItemResponse).object();
        o.remove(field);
        const Parsed<BillLineItem> parsed = BillLineItem::fromJson(o);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().field, field);
        o.insert(field, QJsonValue::Null); // null counts as missing
        QCOMPARE(BillLineItem::fromJson(o).error().field, field);
        QVERIFY(BillLineItem::fromLineItemResponse(o).ok());
    }

    void eitherBandArrayNameIsAccepted() {
        QJsonObject o = QJsonDocument::fromJson(kLineItemResponse).object();
        const QJsonValue bands = o.take("bandUsage"_L1);
        o.insert("usagePerPricingBand"_L1, bands);
        QCOMPARE(BillLineItem::fromLineItemResponse(o)->pricingBands.size(), 1);
        QCOMPARE(BillLineItem::fromJson(o)->pricingBands.size(), 1);
        o.insert("bandUsage"_L1, QJsonValue::Null);
        QCOMPARE(BillLineItem::fromLineItemResponse(o)->pricingBands.size(), 1);
    }

    void segmentMustBeStrings() {
        QJsonObject o = QJsonDocument::fromJson(kLineItemResponse).object();
        o.insert("segment"_L1, QJsonObject{{u"region"_s, 5}});
        const Parsed<BillLineItem> parsed = BillLineItem::fromLineItemResponse(o);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().field, u"segment.region"_s);
        o.insert("segment"_L1, QJsonArray{u"a"_s});
        QCOMPARE(BillLineItem::fromLineItemResponse(o).error().field, u"segment"_s);
    }

    void pageOfLineItemResponses() {
        const QByteArray json = "{\"data\":[" + QByteArray(kLineItemResponse) +
                                ",{\"id\":\"li-2\"}],\"nextToken\":\"n1\"}";
        const auto page = parsePage<BillLineItem>(json, &BillLineItem::fromLineItemResponse);
        QVERIFY(page.ok());
        QCOMPARE(page->items.size(), 2);
        QCOMPARE(page->items[1].id, u"li-2"_s);
        QVERIFY(page->hasMore());
        // The bill-embedded rules would reject the minimal second element.
        const auto strict = parsePage<BillLineItem>(json);
        QVERIFY(!strict.ok());
        QCOMPARE(strict.error().field, u"data[1].description"_s);
    }

    void allConsoleLabels() {
        QCOMPARE(knownLineItemTypes().size(), 19);
        for (const QString &raw : knownLineItemTypes()) {
            QVERIFY(isKnownLineItemType(raw));
            QVERIFY(lineItemTypeLabel(raw) != raw);
        }
        QCOMPARE(lineItemTypeLabel(u"MINIMUM_SPEND_REFUND"_s), u"Minimum spend adjustment"_s);
        QCOMPARE(lineItemTypeLabel(u"COMMITMENT_FEE"_s), u"Prepayment fee"_s);
        QCOMPARE(lineItemTypeLabel(u"AD_HOC"_s), u"Ad-hoc"_s);
        QCOMPARE(lineItemTypeLabel(u"usage"_s), u"usage"_s); // case matters: raw
        QCOMPARE(lineItemTypeLabel(QString()), QString());
    }
};

QTEST_APPLESS_MAIN(TestLineItemParse)
#include "tst_lineitemparse.moc"
