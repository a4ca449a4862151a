#include "ApiTestSupport.h"
#include "api/GetBillRequest.h"

#include <QSignalSpy>
#include <QTest>

using namespace m3ter;
using namespace m3ter::test;

class TestGetBillRequest : public QObject {
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_api.start()); }
    void cleanup() { m_api.stop(); }

    void fetchesTheBillWithLineItems() {
        m_api.server->setDefault(orgPath(QStringLiteral("bills/b-1")), FakeResponse::json(200, R"({
            "id":"b-1","currency":"EUR","lineItems":[{"description":"Usage","quantity":3,
            "units":3,"unit":"GB","subtotal":1.5,"currency":"EUR","conversionRate":1,
            "convertedSubtotal":1.5,"lineItemType":"USAGE","averageUnitPrice":0.5}]})"));
        GetBillRequest request(m_api.client.get(), QStringLiteral("b-1"));
        QSignalSpy done(&request, &GetBillRequest::succeeded);
        request.start();
        QTRY_VERIFY(request.isFinished());
        QVERIFY2(request.ok(), qPrintable(request.error().toLogString()));
        QCOMPARE(done.size(), 1);
        const Bill bill = done.at(0).at(0).value<Bill>();
        QCOMPARE(bill.id, QStringLiteral("b-1"));
        QCOMPARE(bill.lineItems.size(), 1);
        QCOMPARE(m_api.apiRequests().first().method, QByteArray("GET"));
    }

    void asksForTheBillTotal() {
        // billTotal comes only when asked for (as on the list); the detail pane shows it and
        // checks the line items against it.
        m_api.server->setDefault(orgPath(QStringLiteral("bills/b-1")),
                                 FakeResponse::json(200, R"({"id":"b-1","billTotal":2.5})"));
        GetBillRequest request(m_api.client.get(), QStringLiteral("b-1"));
        request.start();
        QTRY_VERIFY(request.isFinished());
        QVERIFY2(request.ok(), qPrintable(request.error().toLogString()));
        QCOMPARE(
            m_api.apiRequests().first().query().queryItemValue(QStringLiteral("includeBillTotal")),
            QStringLiteral("true"));
        QVERIFY(request.result().billTotal.has_value());
    }

    void idIsEscapedInThePath() {
        m_api.server->setDefault(QStringLiteral("/organizations/org-1/bills/a/b"),
                                 FakeResponse::json(200, R"({"id":"a/b"})"));
        GetBillRequest request(m_api.client.get(), QStringLiteral("a/b"));
        request.start();
        QTRY_VERIFY(request.isFinished());
        QCOMPARE(m_api.apiRequests().first().rawPath,
                 QByteArray("/organizations/org-1/bills/a%2Fb"));
    }

    void notFound() {
        m_api.server->setDefault(orgPath(QStringLiteral("bills/x")),
                                 FakeResponse::message(404, QStringLiteral("Bill x not found")));
        GetBillRequest request(m_api.client.get(), QStringLiteral("x"));
        request.start();
        QTRY_VERIFY(request.isFinished());
        QCOMPARE(request.error().httpStatus, 404);
        QCOMPARE(request.error().serverMessage, QStringLiteral("Bill x not found"));
    }

    void emptyIdIsRefused() {
        GetBillRequest request(m_api.client.get(), QString());
        request.start();
        QTRY_VERIFY(request.isFinished());
        QCOMPARE(request.error().kind, ApiError::Kind::Config);
        QCOMPARE(m_api.server->requests().size(), 0);
    }

private:
    FakeApi m_api;
};

QTEST_GUILESS_MAIN(TestGetBillRequest)
#include "tst_getbillrequest.moc"
