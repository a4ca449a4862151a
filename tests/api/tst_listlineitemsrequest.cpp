#include "ApiTestSupport.h"
#include "api/ListLineItemsRequest.h"

#include <QSignalSpy>
#include <QTest>

using namespace m3ter;
using namespace m3ter::test;

class TestListLineItemsRequest : public QObject {
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_api.start()); }
    void cleanup() { m_api.stop(); }

    void pageOfLineItemResponses() {
        const QString path = orgPath(QStringLiteral("bills/b1/lineitems"));
        m_api.server->setDefault(path, FakeResponse::json(200, R"({"data":[
            {"id":"li-1","billId":"b1","bandUsage":[{"lowerLimit":0,"unitPrice":0.1}]},
            {"id":"li-2"}],"nextToken":"n2"})"));
        ListLineItemsRequest request(m_api.client.get(), QStringLiteral("b1"),
                                     QStringLiteral("n1"));
        QSignalSpy done(&request, &ListLineItemsRequest::succeeded);
        request.start();
        QTRY_VERIFY(request.isFinished());
        QVERIFY2(request.ok(), qPrintable(request.error().toLogString()));
        const auto page = done.at(0).at(0).value<Page<BillLineItem>>();
        QCOMPARE(page.items.size(), 2);
        QCOMPARE(page.items.first().pricingBands.size(), 1);
        QCOMPARE(page.nextToken, QStringLiteral("n2"));
        const QUrlQuery q = m_api.server->requests(path).first().query();
        QCOMPARE(q.queryItemValue(QStringLiteral("pageSize")), QStringLiteral("100"));
        QCOMPARE(q.queryItemValue(QStringLiteral("nextToken")), QStringLiteral("n1"));
    }

    void firstPageHasNoToken() {
        QVERIFY(!ListLineItemsRequest::query({}).hasQueryItem(QStringLiteral("nextToken")));
    }

private:
    FakeApi m_api;
};

QTEST_GUILESS_MAIN(TestListLineItemsRequest)
#include "tst_listlineitemsrequest.moc"
