#include "ApiTestSupport.h"
#include "api/ListAccountsRequest.h"

#include <QSignalSpy>
#include <QTest>

using namespace m3ter;
using namespace m3ter::test;

class TestListAccountsRequest : public QObject {
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_api.start()); }
    void cleanup() { m_api.stop(); }

    void idsAndCodesAreCommaJoined() {
        const QString path = orgPath(QStringLiteral("accounts"));
        m_api.server->setDefault(
            path, FakeResponse::json(200, R"({"data":[{"id":"a1","name":"Acme","code":"ACME"}]})"));
        ListAccountsRequest request(m_api.client.get());
        request.setIds({QStringLiteral("a1"), QStringLiteral(" "), QStringLiteral("a2")});
        request.setCodes({QStringLiteral("ACME")});
        QSignalSpy done(&request, &ListAccountsRequest::succeeded);
        request.start();
        QTRY_VERIFY(request.isFinished());
        QVERIFY(request.ok());
        QCOMPARE(done.at(0).at(0).value<Page<Account>>().items.first().code,
                 QStringLiteral("ACME"));
        const auto r = m_api.server->requests(path).first();
        QCOMPARE(r.rawQuery, QByteArray("pageSize=100&ids=a1%2Ca2&codes=ACME"));
    }

    void unfilteredList() {
        const QUrlQuery q = ListAccountsRequest::query({}, {}, QStringLiteral("n"));
        QVERIFY(!q.hasQueryItem(QStringLiteral("ids")));
        QVERIFY(!q.hasQueryItem(QStringLiteral("codes")));
        QCOMPARE(q.queryItemValue(QStringLiteral("nextToken")), QStringLiteral("n"));
    }

private:
    FakeApi m_api;
};

QTEST_GUILESS_MAIN(TestListAccountsRequest)
#include "tst_listaccountsrequest.moc"
