#include "ApiTestSupport.h"
#include "api/ListBillsRequest.h"

#include <QSignalSpy>
#include <QTest>

using namespace m3ter;
using namespace m3ter::test;

class TestListBillsRequest : public QObject {
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_api.start()); }
    void cleanup() { m_api.stop(); }

    void queryCarriesFilterAndListShape() {
        BillFilter filter;
        filter.accountId = QStringLiteral("acc-1");
        filter.status = QStringLiteral("APPROVED");
        filter.billDateStart = QDate(2024, 3, 1);
        filter.billDateEnd = QDate(2024, 4, 1);
        const QUrlQuery q = ListBillsRequest::query(filter, {});
        QCOMPARE(q.queryItemValue(QStringLiteral("accountId")), QStringLiteral("acc-1"));
        QCOMPARE(q.queryItemValue(QStringLiteral("status")), QStringLiteral("APPROVED"));
        QCOMPARE(q.queryItemValue(QStringLiteral("billDateStart")), QStringLiteral("2024-03-01"));
        QCOMPARE(q.queryItemValue(QStringLiteral("billDateEnd")), QStringLiteral("2024-04-01"));
        QCOMPARE(q.queryItemValue(QStringLiteral("pageSize")), QStringLiteral("100"));
        QCOMPARE(q.queryItemValue(QStringLiteral("excludeLineItems")), QStringLiteral("true"));
        QCOMPARE(q.queryItemValue(QStringLiteral("includeBillTotal")), QStringLiteral("true"));
        QVERIFY(!q.hasQueryItem(QStringLiteral("nextToken")));
    }

    void pagesResendTheFiltersWithTheToken() {
        const QString path = orgPath(QStringLiteral("bills"));
        m_api.server->enqueue(
            path, FakeResponse::json(
                      200, R"({"data":[{"id":"b1","billTotal":12.5}],"nextToken":"t+2"})"));
        m_api.server->enqueue(path, FakeResponse::json(200, R"({"data":[{"id":"b2"}]})"));

        BillFilter filter;
        filter.accountId = QStringLiteral("acc-1");
        filter.locked = BillFilter::Locked::Exclude;
        ListBillsRequest first(m_api.client.get(), filter);
        QSignalSpy pages(&first, &ListBillsRequest::succeeded);
        first.start();
        QTRY_VERIFY(first.isFinished());
        QVERIFY(first.ok());
        QCOMPARE(pages.size(), 1);
        const auto page = pages.at(0).at(0).value<Page<Bill>>();
        QCOMPARE(page.items.size(), 1);
        QCOMPARE(page.items.first().id, QStringLiteral("b1"));
        QVERIFY(page.items.first().billTotal.has_value());
        QCOMPARE(page.nextToken, QStringLiteral("t+2"));
        QVERIFY(page.hasMore());

        std::unique_ptr<ListBillsRequest> second(first.nextPage(page.nextToken));
        second->start();
        QTRY_VERIFY(second->isFinished());
        QVERIFY(second->ok());
        QVERIFY(!second->result().hasMore());

        const auto requests = m_api.server->requests(path);
        QCOMPARE(requests.size(), 2);
        const QUrlQuery q1 = requests.at(0).query();
        const QUrlQuery q2 = requests.at(1).query();
        for (const QString &key :
             {QStringLiteral("accountId"), QStringLiteral("locked"), QStringLiteral("pageSize"),
              QStringLiteral("excludeLineItems"), QStringLiteral("includeBillTotal")}) {
            QVERIFY2(q1.hasQueryItem(key), qPrintable(key));
            QCOMPARE(q2.queryItemValue(key), q1.queryItemValue(key));
        }
        QCOMPARE(q1.queryItemValue(QStringLiteral("locked")), QStringLiteral("false"));
        QCOMPARE(q2.queryItemValue(QStringLiteral("nextToken"), QUrl::FullyDecoded),
                 QStringLiteral("t+2"));
    }

    void pageSizeIsClamped() {
        ListBillsRequest request(m_api.client.get(), BillFilter());
        request.setPageSize(1000);
        QCOMPARE(request.pageSize(), 100);
        request.setPageSize(0);
        QCOMPARE(request.pageSize(), 1);
    }

    void malformedElementIsAParseError() {
        m_api.server->setDefault(orgPath(QStringLiteral("bills")),
                                 FakeResponse::json(200, R"({"data":[{"id":"b1"},{"id":7}]})"));
        ListBillsRequest request(m_api.client.get(), BillFilter());
        request.start();
        QTRY_VERIFY(request.isFinished());
        QCOMPARE(request.error().kind, ApiError::Kind::Parse);
        QCOMPARE(request.error().field, QStringLiteral("data[1].id"));
    }

    void parseIsAPureFunction() {
        const auto parsed = ListBillsRequest::parse(R"({"data":[],"nextToken":null})");
        QVERIFY(parsed.ok());
        QVERIFY(parsed.value().items.isEmpty());
        QVERIFY(!ListBillsRequest::parse("<html>").ok());
    }

    void invalidFilterIsRefusedWithoutNetwork() {
        BillFilter filter;
        filter.billingFrequency = QStringLiteral("MONTHLY"); // only valid with billDate
        ListBillsRequest request(m_api.client.get(), filter);
        request.start();
        QTRY_VERIFY(request.isFinished());
        QCOMPARE(request.error().kind, ApiError::Kind::Config);
        QVERIFY(!request.error().userText().isEmpty());
        QCOMPARE(m_api.server->requests().size(), 0);
    }

private:
    FakeApi m_api;
};

QTEST_GUILESS_MAIN(TestListBillsRequest)
#include "tst_listbillsrequest.moc"
