// Integration: authentication failures against the real sandbox, as the user will see them.

#include "SandboxFixture.h"
#include "api/GetBillRequest.h"
#include "sandbox/RequestLog.h"

#include <QTest>

using namespace m3ter;
using namespace m3ter::test;
using namespace m3ter::sandbox;

namespace {

SandboxConfig tinySandbox() {
    SandboxConfig config;
    config.bills = 20;
    config.accounts = 3;
    return config;
}

} // namespace

class TestSandboxAuth : public QObject {
    Q_OBJECT

private slots:
    void wrongSecret() {
        SandboxFixture s;
        QVERIFY(s.start(tinySandbox()));
        ApiConnection c = s.connection();
        c.clientSecret = QStringLiteral("not-the-secret");
        ApiClient client(c);
        ListBillsRequest request(&client, BillFilter());
        request.start();
        QVERIFY(finishes(request));
        QCOMPARE(request.error().kind, ApiError::Kind::Auth);
        QCOMPARE(request.error().httpStatus, 401);
        const QString text = request.error().userText();
        QVERIFY2(text.contains(QStringLiteral("API secret was not accepted")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Bad credentials")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("not-the-secret")));
        QCOMPARE(s.logCount(QStringLiteral("token")), 1);
        QCOMPARE(s.logCount(QStringLiteral("bills.list")), 0);
    }

    void wrongOrganization() {
        SandboxFixture s;
        QVERIFY(s.start(tinySandbox()));
        ApiConnection c = s.connection();
        c.orgId = QStringLiteral("00000000-0000-0000-0000-000000000000");
        ApiClient client(c);
        ListBillsRequest request(&client, BillFilter());
        request.start();
        QVERIFY(finishes(request));
        QCOMPARE(request.error().kind, ApiError::Kind::Auth);
        QCOMPARE(request.error().httpStatus, 403);
        const QString text = request.error().userText();
        QVERIFY2(text.contains(QStringLiteral("organization ID")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("does not grant access")), qPrintable(text));
        // One refresh and one replay, then the answer is believed.
        QCOMPARE(s.logCount(QStringLiteral("bills.list"), 403), 2);
        QCOMPARE(s.logCount(QStringLiteral("token")), 2);
    }

    void tokenOnlyGoesToTheApiOrigin() {
        SandboxFixture s;
        QVERIFY(s.start(tinySandbox()));
        const PagedBills paged = pageAllBills(s.client.get(), BillFilter());
        QVERIFY(!paged.error.isError());
        QCOMPARE(s.server->requestLog().countIf([](const RequestLogEntry &e) {
            return e.origin != QLatin1String("api") && e.hasAuthorization;
        }),
                 0);
        for (const RequestLogEntry &e : s.server->requestLog().entries())
            QVERIFY(e.userAgent.startsWith("m3ter-bills/"));
    }
};

QTEST_GUILESS_MAIN(TestSandboxAuth)
#include "tst_sandboxauth.moc"
