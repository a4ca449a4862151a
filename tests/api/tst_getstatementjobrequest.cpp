#include "ApiTestSupport.h"
#include "api/GetStatementJobRequest.h"

#include <QSignalSpy>
#include <QTest>

using namespace m3ter;
using namespace m3ter::test;

class TestGetStatementJobRequest : public QObject {
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_api.start()); }
    void cleanup() { m_api.stop(); }

    void pollsOneJob() {
        m_api.server->setDefault(
            orgPath(QStringLiteral("statementjobs/j1")),
            FakeResponse::json(
                200,
                "{\"id\":\"j1\",\"statementJobStatus\": "
                "\"COMPLETE\",\"presignedJsonStatementUrl\":\"https://files.example/j1.json\"}"));
        GetStatementJobRequest request(m_api.client.get(), QStringLiteral("j1"));
        QSignalSpy done(&request, &GetStatementJobRequest::succeeded);
        request.start();
        QTRY_VERIFY(request.isFinished());
        QVERIFY(request.ok());
        const auto job = done.at(0).at(0).value<StatementJob>();
        QCOMPARE(job.statementJobStatus, QStringLiteral("COMPLETE"));
        QVERIFY(job.isTerminal());
        QVERIFY(job.presignedJsonStatementUrl.isValid());
    }

    void unknownStatusIsKeptRaw() {
        const auto parsed = GetStatementJobRequest::parse(
            R"({"id":"j1","statementJobStatus":"QUEUED_FOR_LATER","extra":{"x":1}})");
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value().statementJobStatus, QStringLiteral("QUEUED_FOR_LATER"));
    }

private:
    FakeApi m_api;
};

QTEST_GUILESS_MAIN(TestGetStatementJobRequest)
#include "tst_getstatementjobrequest.moc"
