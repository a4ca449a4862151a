#include "api/ApiClient.h"
#include "api/ApiConnection.h"
#include "models/BillDetailCache.h"
#include "models/BillTotals.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxStore.h"
#include "support/FakeHttpServer.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace m3ter;
using m3ter::sandbox::FaultSpec;
using m3ter::sandbox::SandboxConfig;
using m3ter::sandbox::SandboxServer;

namespace {

const QString kBillsGet = QStringLiteral("bills.get");
const QString kLineItems = QStringLiteral("lineitems.list");

} // namespace

class TestBillDetailCache : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<ApiClient> m_client;

    QString billId(int position) { return m_server->store().billId(position); }
    int billGets() { return m_server->requestLog().count(kBillsGet); }

private slots:
    void init() {
        SandboxConfig config;
        config.seed = 7;
        config.accounts = 6;
        config.bills = 40;
        config.rateLimitPerSecond = 0;
        m_server = std::make_unique<SandboxServer>(config);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        ApiConnection connection;
        connection.baseUrl = m_server->baseUrl();
        connection.orgId = m_server->config().orgId;
        connection.clientId = m_server->config().clientId;
        connection.clientSecret = m_server->config().clientSecret;
        m_client = std::make_unique<ApiClient>(connection);
    }

    void cleanup() {
        m_client.reset();
        m_server.reset();
    }

    void fetchesOnceThenServesFromCache() {
        BillDetailCache cache(m_client.get());
        QSignalSpy ready(&cache, &BillDetailCache::billReady);
        QSignalSpy failed(&cache, &BillDetailCache::billFailed);
        const QString id = billId(3);

        QVERIFY(!cache.request(id)); // not cached: goes to the server
        QVERIFY(cache.isLoading());
        QVERIFY(!cache.request(id)); // already loading: no second request
        QVERIFY(ready.wait(10000));
        QCOMPARE(failed.count(), 0);
        QCOMPARE(ready.count(), 1);
        QCOMPARE(ready.at(0).at(0).toString(), id);
        const Bill bill = ready.at(0).at(1).value<Bill>();
        QCOMPARE(bill.id, id);
        QCOMPARE(bill.lineItems.size(), m_server->store().lineItems(3).size());
        QVERIFY(bill.billTotal.has_value()); // asked with includeBillTotal=true
        QCOMPARE(billGets(), 1);
        QCOMPARE(m_server->requestLog().count(kLineItems), 0); // items came with the bill

        // Selecting it again is instant and costs no request.
        QVERIFY(cache.request(id));
        QCOMPARE(ready.count(), 2);
        QCOMPARE(ready.at(1).at(1).value<Bill>().lineItems.size(), bill.lineItems.size());
        QTest::qWait(50); // fixed: only silence proves that no request is sent
        QCOMPARE(billGets(), 1);

        // "Copy as JSON" gets the server's document, indented.
        const QByteArray pretty = cache.prettyJson(id);
        QVERIFY(pretty.contains("\n    \"id\": "));
        QCOMPARE(QJsonDocument::fromJson(pretty).object().value(QStringLiteral("id")).toString(),
                 id);
    }

    void sandboxBillsAddUp() {
        // The mismatch check must agree with how m3ter (and the sandbox) build billTotal,
        // credits included; a sign mistake would flag every bill with a credit.
        BillDetailCache cache(m_client.get());
        QSignalSpy ready(&cache, &BillDetailCache::billReady);
        int withCredits = 0;
        for (int pos = 0; pos < 12; ++pos) {
            cache.request(billId(pos));
            QTRY_COMPARE_WITH_TIMEOUT(ready.count(), pos + 1, 10000);
            const Bill bill = ready.last().at(1).value<Bill>();
            const BillTotals totals = BillTotals::compute(bill);
            QVERIFY2(totals.check() == BillTotals::Check::Consistent,
                     qPrintable(QStringLiteral("bill %1: %2").arg(pos).arg(totals.warningText())));
            for (const BillLineItem &item : bill.lineItems)
                withCredits += item.subtotal && item.subtotal->isNegative() ? 1 : 0;
        }
        QVERIFY2(withCredits > 0, "no credit line item among the bills; pick other bills");
    }

    void newerSelectionCancelsTheOlderRequest() {
        BillDetailCache cache(m_client.get());
        QSignalSpy ready(&cache, &BillDetailCache::billReady);
        QSignalSpy failed(&cache, &BillDetailCache::billFailed);
        const QString slow = billId(1);
        const QString fast = billId(2);
        constexpr int kSlowMs = 600;
        m_server->faults().add(kBillsGet, FaultSpec::delay(kSlowMs));

        cache.request(slow);
        QTRY_COMPARE_WITH_TIMEOUT(billGets(), 1, 5000); // the slow request reached the server
        QElapsedTimer sinceSlowArrived;
        sinceSlowArrived.start();
        cache.request(fast);
        QVERIFY(ready.wait(5000));
        QCOMPARE(ready.at(0).at(0).toString(), fast);

        // The old bill never shows up late, neither as ready nor as a failure. Proving that
        // something does not happen takes a fixed wait: until the slow reply would have been
        // delivered (its delay plus slack for the delivery).
        QTest::qWait(qMax<qint64>(0, kSlowMs + 500 - sinceSlowArrived.elapsed()));
        QCOMPARE(ready.count(), 1);
        QCOMPARE(failed.count(), 0);
        QVERIFY(!cache.contains(slow));
        QVERIFY(cache.contains(fast));
    }

    void unknownBillIsAnErrorWithTheServersMessage() {
        BillDetailCache cache(m_client.get());
        QSignalSpy ready(&cache, &BillDetailCache::billReady);
        QSignalSpy failed(&cache, &BillDetailCache::billFailed);
        const QString missing = QStringLiteral("00000000-0000-4000-8000-000000000000");
        cache.request(missing);
        QVERIFY(failed.wait(10000));
        QCOMPARE(ready.count(), 0);
        QCOMPARE(failed.at(0).at(0).toString(), missing);
        const ApiError error = failed.at(0).at(1).value<ApiError>();
        QCOMPARE(error.httpStatus, 404);
        QVERIFY2(!error.userText().isEmpty(), "no text for the user");
        QVERIFY2(error.userText().contains(missing), qPrintable(error.userText()));
        QVERIFY(!cache.isLoading());

        // Failures are not cached: asking again asks the server again.
        cache.request(missing);
        QVERIFY(failed.wait(10000));
        QCOMPARE(billGets(), 2);
    }

    void leastRecentlyUsedBillIsEvicted() {
        BillDetailCache cache(m_client.get());
        cache.setCapacity(2);
        QSignalSpy ready(&cache, &BillDetailCache::billReady);
        for (int pos : {0, 1}) {
            cache.request(billId(pos));
            QTRY_COMPARE_WITH_TIMEOUT(ready.count(), pos + 1, 10000);
        }
        QVERIFY(cache.request(billId(0))); // 0 is now the most recently used
        cache.request(billId(2));
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 4, 10000);
        QVERIFY(cache.contains(billId(0)));
        QVERIFY(!cache.contains(billId(1)));
        QVERIFY(cache.contains(billId(2)));
        QCOMPARE(cache.size(), 2);
    }

    void billWithoutLineItemsPagesThemFromTheLineItemEndpoint() {
        // The sandbox always embeds line items, so this path runs against the scripted server.
        test::FakeHttpServer fake;
        QVERIFY(fake.listen());
        fake.setDefault(QStringLiteral("/oauth/token"),
                        test::FakeResponse::json(200, R"({"access_token":"t","expires_in":3600})"));
        // FakeHttpServer matches decoded paths; rawPath below shows the encoding on the wire.
        const QString base = QStringLiteral("/organizations/org-1/bills/bill/1");
        fake.setDefault(base, test::FakeResponse::json(200, R"({"id":"bill/1","currency":"USD",
            "billTotal":3.5,"lineItems":[]})"));
        fake.enqueue(base + QStringLiteral("/lineitems"),
                     QList<test::FakeResponse>{
                         test::FakeResponse::json(200, R"({"data":[{"id":"a","subtotal":1.5,
                             "currency":"USD","lineItemType":"USAGE","bandUsage":[{"bandSubtotal":1.5}]}],
                             "nextToken":"p+2/="})"),
                         test::FakeResponse::json(200, R"({"data":[{"id":"b","subtotal":2,
                             "currency":"USD","lineItemType":"STANDING_CHARGE"}]})"),
                     });
        ApiConnection connection;
        connection.baseUrl = fake.baseUrl();
        connection.orgId = QStringLiteral("org-1");
        connection.clientId = QStringLiteral("id");
        connection.clientSecret = QStringLiteral("secret");
        ApiClient client(connection);
        BillDetailCache cache(&client);
        QSignalSpy ready(&cache, &BillDetailCache::billReady);
        QSignalSpy failed(&cache, &BillDetailCache::billFailed);

        cache.request(QStringLiteral("bill/1")); // the id is percent-encoded into the path
        QTRY_COMPARE_WITH_TIMEOUT(ready.count() + failed.count(), 1, 10000);
        QCOMPARE(failed.count(), 0);
        const Bill bill = ready.at(0).at(1).value<Bill>();
        QCOMPARE(bill.lineItems.size(), 2);
        QCOMPARE(bill.lineItems.at(0).pricingBands.size(), 1);
        QCOMPARE(BillTotals::compute(bill).check(), BillTotals::Check::Consistent);

        const QList<test::RecordedRequest> pages =
            fake.requests(base + QStringLiteral("/lineitems"));
        QCOMPARE(pages.size(), 2);
        QVERIFY2(pages.at(0).rawPath.contains("/bills/bill%2F1/lineitems"),
                 pages.at(0).rawPath.constData());
        QCOMPARE(pages.at(0).query().queryItemValue(QStringLiteral("pageSize")),
                 QStringLiteral("100"));
        QCOMPARE(
            pages.at(1).query().queryItemValue(QStringLiteral("nextToken"), QUrl::FullyDecoded),
            QStringLiteral("p+2/="));
        // Copy as JSON includes the line items that were fetched separately.
        const QJsonObject json =
            QJsonDocument::fromJson(cache.rawJson(QStringLiteral("bill/1"))).object();
        QCOMPARE(json.value(QStringLiteral("lineItems")).toArray().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestBillDetailCache)
#include "tst_billdetailcache.moc"
