#include "ApiTestSupport.h"
#include "api/CancelStatementJobRequest.h"

#include <QSignalSpy>
#include <QTest>

using namespace m3ter;
using namespace m3ter::test;

class TestCancelStatementJobRequest : public QObject {
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_api.start()); }
    void cleanup() { m_api.stop(); }

    void postsToCancel() {
        const QString path = orgPath(QStringLiteral("statementjobs/j1/cancel"));
        m_api.server->setDefault(
            path, FakeResponse::json(200, R"({"id":"j1","statementJobStatus":"CANCELLED"})"));
        CancelStatementJobRequest request(m_api.client.get(), QStringLiteral("j1"));
        QSignalSpy done(&request, &CancelStatementJobRequest::succeeded);
        request.start();
        QTRY_VERIFY(request.isFinished());
        QVERIFY(request.ok());
        QCOMPARE(done.at(0).at(0).value<StatementJob>().statementJobStatus,
                 QStringLiteral("CANCELLED"));
        const auto r = m_api.server->requests(path).first();
        QCOMPARE(r.method, QByteArray("POST"));
        QVERIFY(r.body.isEmpty());
    }

    void finishedJobCannotBeCancelled() {
        const QString path = orgPath(QStringLiteral("statementjobs/j1/cancel"));
        m_api.server->setDefault(
            path, FakeResponse::message(400, QStringLiteral("Job already complete")));
        CancelStatementJobRequest request(m_api.client.get(), QStringLiteral("j1"));
        request.start();
        QTRY_VERIFY(request.isFinished());
        QCOMPARE(request.error().httpStatus, 400);
        QVERIFY(request.error().userText().contains(QStringLiteral("Job already complete")));
    }

    void notRetried() {
        const QString path = orgPath(QStringLiteral("statementjobs/j1/cancel"));
        m_api.server->setDefault(path, FakeResponse::message(503, QStringLiteral("busy")));
        CancelStatementJobRequest request(m_api.client.get(), QStringLiteral("j1"));
        request.start();
        QTRY_VERIFY(request.isFinished());
        QCOMPARE(request.attempts(), 1);
    }

private:
    FakeApi m_api;
};

QTEST_GUILESS_MAIN(TestCancelStatementJobRequest)
#include "tst_cancelstatementjobrequest.moc"
