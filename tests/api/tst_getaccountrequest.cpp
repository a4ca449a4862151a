#include "ApiTestSupport.h"
#include "api/GetAccountRequest.h"

#include <QSignalSpy>
#include <QTest>

using namespace m3ter;
using namespace m3ter::test;

class TestGetAccountRequest : public QObject {
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_api.start()); }
    void cleanup() { m_api.stop(); }

    void fetchesOneAccount() {
        m_api.server->setDefault(orgPath(QStringLiteral("accounts/a1")),
                                 FakeResponse::json(200, R"({"id":"a1","name":"Ünïcode GmbH"})"));
        GetAccountRequest request(m_api.client.get(), QStringLiteral("a1"));
        QSignalSpy done(&request, &GetAccountRequest::succeeded);
        request.start();
        QTRY_VERIFY(request.isFinished());
        QVERIFY(request.ok());
        QCOMPARE(done.at(0).at(0).value<Account>().name, QStringLiteral("Ünïcode GmbH"));
    }

    void missingIdIsAParseError() {
        m_api.server->setDefault(orgPath(QStringLiteral("accounts/a1")),
                                 FakeResponse::json(200, R"({"name":"x"})"));
        GetAccountRequest request(m_api.client.get(), QStringLiteral("a1"));
        request.start();
        QTRY_VERIFY(request.isFinished());
        QCOMPARE(request.error().kind, ApiError::Kind::Parse);
        QCOMPARE(request.error().field, QStringLiteral("id"));
    }

private:
    FakeApi m_api;
};

QTEST_GUILESS_MAIN(TestGetAccountRequest)
#include "tst_getaccountrequest.moc"
