#include "DomainFixtures.h"
#include "domain/Account.h"
#include "domain/Bill.h"
#include "domain/Page.h"

#include <QJsonDocument>
#include <QtTest>

using namespace m3ter;
using namespace Qt::Literals::StringLiterals;

class TestPageParse : public QObject {
    Q_OBJECT

private slots:
    void pageOfBills() {
        const QByteArray json =
            "{\"data\":[" + fullBillJson() + ",{\"id\":\"b2\"}],\"nextToken\":\"tok-2\"}";
        const auto page = parsePage<Bill>(json);
        QVERIFY(page.ok());
        QCOMPARE(page->items.size(), 2);
        QCOMPARE(page->items[1].id, u"b2"_s);
        QCOMPARE(page->nextToken, u"tok-2"_s);
        QVERIFY(page->hasMore());
    }

    void endOfPaging_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("count");
        QTest::newRow("absent token") << QByteArray(R"({"data":[{"id":"a"}]})") << 1;
        QTest::newRow("null token") << QByteArray(R"({"data":[{"id":"a"}],"nextToken":null})") << 1;
        QTest::newRow("empty token") << QByteArray(R"({"data":[{"id":"a"}],"nextToken":""})") << 1;
        QTest::newRow("empty data with token") << QByteArray(R"({"data":[],"nextToken":"t"})") << 0;
        QTest::newRow("missing data") << QByteArray(R"({"nextToken":"t"})") << 0;
        QTest::newRow("null data") << QByteArray(R"({"data":null})") << 0;
        QTest::newRow("empty object") << QByteArray("{}") << 0;
    }
    void endOfPaging() {
        QFETCH(QByteArray, json);
        QFETCH(int, count);
        const auto page = parsePage<Account>(json);
        QVERIFY(page.ok());
        QCOMPARE(page->items.size(), count);
        QVERIFY(!page->hasMore());
    }

    void errorsNameThePath_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        QTest::newRow("bad element field")
            << QByteArray(
                   R"({"data":[{"id":"a"},{"id":"b"},{"id":"c"},{"id":"d","billTotal":"x"}]})")
            << u"data[3].billTotal"_s;
        QTest::newRow("nested line item")
            << QByteArray(R"({"data":[{"id":"a","lineItems":[{"description":"d"}]}]})")
            << u"data[0].lineItems[0].quantity"_s;
        QTest::newRow("element not object")
            << QByteArray(R"({"data":[{"id":"a"}, 3]})") << u"data[1]"_s;
        QTest::newRow("data not array") << QByteArray(R"({"data":{"id":"a"}})") << u"data"_s;
        QTest::newRow("token not string")
            << QByteArray(R"({"data":[],"nextToken":5})") << u"nextToken"_s;
    }
    void errorsNameThePath() {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        const auto page = parsePage<Bill>(json);
        QVERIFY(!page.ok());
        QCOMPARE(page.error().field, field);
        QVERIFY(page.error().toString().startsWith(field + u": "));
    }

    void hostileDocumentsAreErrorsNotCrashes_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("whitespace") << QByteArray("  \n");
        QTest::newRow("truncated") << fullBillJson().left(fullBillJson().size() / 2);
        QTest::newRow("truncated page") << QByteArray(R"({"data":[{"id":"a"},{"id":)");
        QTest::newRow("top-level array") << QByteArray(R"([{"id":"a"}])");
        QTest::newRow("top-level string") << QByteArray(R"("data")");
        QTest::newRow("top-level number") << QByteArray("42");
        QTest::newRow("top-level null") << QByteArray("null");
        QTest::newRow("html error page") << QByteArray("<html><body>502 Bad Gateway</body></html>");
        QTest::newRow("invalid utf8") << QByteArray("{\"data\":[{\"id\":\"\xff\xfe\xc3\x28\"}]}");
        QTest::newRow("deep arrays")
            << QByteArray("{\"data\":") + QByteArray(100000, '[') + QByteArray(100000, ']') + "}";
        QByteArray deepObjects = "{\"data\":[{\"id\":\"a\",\"additional\":";
        for (int i = 0; i < 5000; ++i)
            deepObjects += "{\"x\":";
        deepObjects += "1" + QByteArray(5000, '}') + "}]}";
        QTest::newRow("deep objects") << deepObjects;
        // QByteArrayLiteral takes the literal's own length, embedded NULs included (a hand-counted
        // 22 read one byte past the 21-byte array).
        QTest::newRow("nul bytes") << QByteArrayLiteral("{\"data\":[]}\0\0garbage");
    }
    void hostileDocumentsAreErrorsNotCrashes() {
        QFETCH(QByteArray, json);
        const auto page = parsePage<Bill>(json);
        QVERIFY(!page.ok());
        QVERIFY(page.error().field.isEmpty());
        QVERIFY(!page.error().message.isEmpty());
    }

    void moderatelyDeepUnknownFieldsAreIgnored() {
        QByteArray json = "{\"data\":[{\"id\":\"a\",\"future\":";
        for (int i = 0; i < 200; ++i)
            json += "{\"x\":[";
        json += "1";
        for (int i = 0; i < 200; ++i)
            json += "]}";
        json += "}]}";
        const auto page = parsePage<Bill>(json);
        QVERIFY2(page.ok(), page.ok() ? "" : qPrintable(page.error().toString()));
        QCOMPARE(page->items.size(), 1);
    }

    void tenMegabyteStringInAPage() {
        QJsonObject bill{{u"id"_s, u"a"_s}, {u"accountCode"_s, QString(10 * 1024 * 1024, u'é')}};
        QJsonObject envelope{{u"data"_s, QJsonArray{bill}}};
        const auto page = parsePage<Bill>(QJsonDocument(envelope).toJson(QJsonDocument::Compact));
        QVERIFY(page.ok());
        QCOMPARE(page->items[0].accountCode.size(), 10 * 1024 * 1024);
    }
};

QTEST_APPLESS_MAIN(TestPageParse)
#include "tst_pageparse.moc"
