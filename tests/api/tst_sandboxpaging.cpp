// Integration: paging all bills from the real sandbox through the API layer, across token expiry
// and injected faults.

#include "SandboxFixture.h"
#include "api/TokenProvider.h"
#include "sandbox/AccessTokenStore.h"
#include "sandbox/FaultInjector.h"
#include "sandbox/RequestLog.h"
#include "sandbox/SandboxStore.h"

#include <QSet>
#include <QTest>

using namespace m3ter;
using namespace m3ter::test;
using namespace m3ter::sandbox;

namespace {

SandboxConfig smallSandbox() {
    SandboxConfig config;
    config.bills = 450; // 5 pages
    config.accounts = 20;
    return config;
}

bool allDistinct(const QList<Bill> &bills) {
    QSet<QString> ids;
    for (const Bill &b : bills)
        ids.insert(b.id);
    return ids.size() == bills.size();
}

} // namespace

class TestSandboxPaging : public QObject {
    Q_OBJECT

private slots:
    void everyPageArrives() {
        SandboxFixture s;
        QVERIFY(s.start(smallSandbox()));
        const PagedBills paged = pageAllBills(s.client.get(), BillFilter());
        QVERIFY2(!paged.error.isError(), qPrintable(paged.error.toLogString()));
        QCOMPARE(paged.bills.size(), s.server->store().billCount());
        QCOMPARE(paged.pages, 5);
        QVERIFY(allDistinct(paged.bills));
        QCOMPARE(s.logCount(QStringLiteral("token")), 1);
        // The list shape the table needs: totals, no line items.
        QVERIFY(paged.bills.first().billTotal.has_value());
        QVERIFY(paged.bills.first().lineItems.isEmpty());
    }

    void serverSideTokenExpiryMidPagingIsInvisible() {
        SandboxFixture s;
        QVERIFY(s.start(smallSandbox()));
        const PagedBills paged = pageAllBills(s.client.get(), BillFilter(), [&](int page) {
            if (page == 2)
                s.server->tokens().expireAll(); // the next page meets 403 "expired"
        });
        QVERIFY2(!paged.error.isError(), qPrintable(paged.error.toLogString()));
        QCOMPARE(paged.bills.size(), s.server->store().billCount());
        QVERIFY(allDistinct(paged.bills));
        QCOMPARE(s.logCount(QStringLiteral("bills.list"), 403), 1);
        QCOMPARE(s.logCount(QStringLiteral("token")), 2);
    }

    void shortTokenLifetimeIsInvisible() {
        // 2 s tokens (usable for 1.6 s) and 150 ms per request: paging outlives several tokens.
        SandboxConfig config = smallSandbox();
        config.bills = 1000;
        config.tokenLifetimeSeconds = 2;
        config.latencyMs = 150;
        SandboxFixture s;
        QVERIFY(s.start(config));
        const PagedBills paged = pageAllBills(s.client.get(), BillFilter());
        QVERIFY2(!paged.error.isError(), qPrintable(paged.error.toLogString()));
        QCOMPARE(paged.bills.size(), 1000);
        QVERIFY(allDistinct(paged.bills));
        QVERIFY2(s.logCount(QStringLiteral("token")) >= 2,
                 qPrintable(QString::number(s.logCount(QStringLiteral("token")))));
        // Refreshed ahead of expiry: the server never had to refuse a token.
        QCOMPARE(s.logCount(QStringLiteral("bills.list"), 403), 0);
    }

    void throttlingAndOutagesOnTheListAreRetried() {
        SandboxFixture s;
        QVERIFY(s.start(smallSandbox()));
        const PagedBills paged = pageAllBills(s.client.get(), BillFilter(), [&](int page) {
            if (page == 1)
                s.server->faults().add(QStringLiteral("bills.list"),
                                       FaultSpec::tooManyRequests(1)); // Retry-After: 1
            if (page == 3)
                s.server->faults().add(QStringLiteral("bills.list"), FaultSpec::httpStatus(503, 2));
        });
        QVERIFY2(!paged.error.isError(), qPrintable(paged.error.toLogString()));
        QCOMPARE(paged.bills.size(), s.server->store().billCount());
        QVERIFY(allDistinct(paged.bills));
        QCOMPARE(s.logCount(QStringLiteral("bills.list"), 429), 1);
        QCOMPARE(s.logCount(QStringLiteral("bills.list"), 503), 2);
        QCOMPARE(s.logCount(QStringLiteral("bills.list"), 200), 5);
    }

    void persistentOutageSurfacesAfterThreeTries() {
        SandboxFixture s;
        QVERIFY(s.start(smallSandbox()));
        s.server->faults().add(QStringLiteral("bills.list"), FaultSpec::httpStatus(503, -1));
        const PagedBills paged = pageAllBills(s.client.get(), BillFilter());
        QCOMPARE(paged.error.kind, ApiError::Kind::Http);
        QCOMPARE(paged.error.httpStatus, 503);
        QVERIFY(!paged.error.serverMessage.isEmpty());
        QCOMPARE(s.logCount(QStringLiteral("bills.list")), 3);
    }

    void serverRateLimitAndClientPacingAgree() {
        // 120 requests against the server's 50/s limit: the pacer keeps the client under it.
        SandboxConfig config = smallSandbox();
        config.rateLimitPerSecond = 50;
        SandboxFixture s;
        QVERIFY(s.start(config));
        QList<std::shared_ptr<bool>> done;
        int failures = 0;
        for (int i = 0; i < 120; ++i) {
            auto flag = std::make_shared<bool>(false);
            ApiCall *call = s.client->get(QStringLiteral("accounts"));
            connect(call, &ApiCall::finished, this, [call, flag, &failures] {
                *flag = true;
                failures += call->ok() ? 0 : 1;
            });
            done << flag;
        }
        QVERIFY(QTest::qWaitFor(
            [&] { return std::all_of(done.begin(), done.end(), [](auto &f) { return *f; }); },
            20000));
        QCOMPARE(failures, 0);
        // Occasional 429s at window edges are tolerated (and retried); a flood is not.
        QVERIFY2(s.logCount(QStringLiteral("accounts.list"), 429) <= 5,
                 qPrintable(QString::number(s.logCount(QStringLiteral("accounts.list"), 429))));
    }
};

QTEST_GUILESS_MAIN(TestSandboxPaging)
#include "tst_sandboxpaging.moc"
