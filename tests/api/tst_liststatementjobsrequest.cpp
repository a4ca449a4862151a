#include "ApiTestSupport.h"
#include "api/ListStatementJobsRequest.h"

#include <QSignalSpy>
#include <QTest>

using namespace m3ter;
using namespace m3ter::test;

class TestListStatementJobsRequest : public QObject {
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_api.start()); }
    void cleanup() { m_api.stop(); }

    void exactlyOneSelector() {
        const QStringList selectors{QStringLiteral("active"), QStringLiteral("status"),
                                    QStringLiteral("billId")};
        const auto present = [&](const QUrlQuery &q) {
            QStringList out;
            for (const QString &s : selectors) {
                if (q.hasQueryItem(s))
                    out << s + QLatin1Char('=') + q.queryItemValue(s);
            }
            return out;
        };
        using S = ListStatementJobsRequest::Selector;
        QCOMPARE(present(ListStatementJobsRequest::query(S::Active, QStringLiteral("TRUE"), {})),
                 QStringList{QStringLiteral("active=TRUE")});
        QCOMPARE(present(ListStatementJobsRequest::query(S::Status, QStringLiteral("FAILED"), {})),
                 QStringList{QStringLiteral("status=FAILED")});
        QCOMPARE(present(ListStatementJobsRequest::query(S::BillId, QStringLiteral("b1"), {})),
                 QStringList{QStringLiteral("billId=b1")});
    }

    void byBillEndToEnd() {
        const QString path = orgPath(QStringLiteral("statementjobs"));
        m_api.server->setDefault(
            path,
            FakeResponse::json(200, R"({"data":[{"id":"j1","billId":"b1"}],"nextToken":""})"));
        std::unique_ptr<ListStatementJobsRequest> request(
            ListStatementJobsRequest::byBill(m_api.client.get(), QStringLiteral("b1")));
        QSignalSpy done(request.get(), &ListStatementJobsRequest::succeeded);
        request->start();
        QTRY_VERIFY(request->isFinished());
        QVERIFY(request->ok());
        const auto page = done.at(0).at(0).value<Page<StatementJob>>();
        QCOMPARE(page.items.size(), 1);
        QVERIFY(!page.hasMore());
        const QUrlQuery q = m_api.server->requests(path).first().query();
        QCOMPARE(q.queryItemValue(QStringLiteral("billId")), QStringLiteral("b1"));
        QCOMPARE(q.queryItemValue(QStringLiteral("pageSize")), QStringLiteral("100"));
    }

    void activeFlagSpelling() {
        std::unique_ptr<ListStatementJobsRequest> on(
            ListStatementJobsRequest::byActive(m_api.client.get(), true));
        std::unique_ptr<ListStatementJobsRequest> off(
            ListStatementJobsRequest::byActive(m_api.client.get(), false));
        QCOMPARE(on->value(), QStringLiteral("TRUE"));
        QCOMPARE(off->value(), QStringLiteral("FALSE"));
    }

    void emptySelectorValueIsRefused() {
        std::unique_ptr<ListStatementJobsRequest> request(
            ListStatementJobsRequest::byStatus(m_api.client.get(), QString()));
        request->start();
        QTRY_VERIFY(request->isFinished());
        QCOMPARE(request->error().kind, ApiError::Kind::Config);
    }

private:
    FakeApi m_api;
};

QTEST_GUILESS_MAIN(TestListStatementJobsRequest)
#include "tst_liststatementjobsrequest.moc"
