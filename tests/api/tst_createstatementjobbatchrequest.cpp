#include "ApiTestSupport.h"
#include "api/CreateStatementJobBatchRequest.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace m3ter;
using namespace m3ter::test;

class TestCreateStatementJobBatchRequest : public QObject {
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_api.start()); }
    void cleanup() { m_api.stop(); }

    void postsTheBatchAndParsesTheBareArray() {
        const QString path = orgPath(QStringLiteral("statementjobs/batch"));
        m_api.server->setDefault(path, FakeResponse::json(200, R"([
            {"id":"j1","billId":"b1","statementJobStatus":"PENDING"},
            {"id":"j2","billId":"b2","statementJobStatus":"PENDING"}])"));
        CreateStatementJobBatchRequest request(m_api.client.get(),
                                               {QStringLiteral("b1"), QStringLiteral("b2")});
        request.setIncludeCsvFormat(true);
        request.setMeterIds({QStringLiteral("m1")});
        QSignalSpy done(&request, &CreateStatementJobBatchRequest::succeeded);
        request.start();
        QTRY_VERIFY(request.isFinished());
        QVERIFY2(request.ok(), qPrintable(request.error().toLogString()));
        const auto jobs = done.at(0).at(0).value<QList<StatementJob>>();
        QCOMPARE(jobs.size(), 2);
        QCOMPARE(jobs.at(1).id, QStringLiteral("j2"));

        const auto r = m_api.server->requests(path).first();
        QCOMPARE(r.method, QByteArray("POST"));
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        QCOMPARE(body.value(QLatin1String("billIds")).toArray().size(), 2);
        QCOMPARE(body.value(QLatin1String("includeCsvFormat")).toBool(), true);
        QCOMPARE(body.value(QLatin1String("filters"))
                     .toObject()
                     .value(QLatin1String("meterIds"))
                     .toArray()
                     .first()
                     .toString(),
                 QStringLiteral("m1"));
        QVERIFY(!body.contains(QLatin1String("version")));
    }

    void bodyWithoutOptionalParts() {
        const QJsonObject body = QJsonDocument::fromJson(CreateStatementJobBatchRequest::body(
                                                             {QStringLiteral("b1")}, false))
                                     .object();
        QCOMPARE(body.value(QLatin1String("includeCsvFormat")).toBool(true), false);
        QVERIFY(!body.contains(QLatin1String("filters")));
    }

    void oneToTenBills_data() {
        QTest::addColumn<int>("count");
        QTest::newRow("none") << 0;
        QTest::newRow("eleven") << 11;
    }
    void oneToTenBills() {
        QFETCH(int, count);
        QStringList ids;
        for (int i = 0; i < count; ++i)
            ids << QStringLiteral("b%1").arg(i);
        CreateStatementJobBatchRequest request(m_api.client.get(), ids);
        request.start();
        QTRY_VERIFY(request.isFinished());
        QCOMPARE(request.error().kind, ApiError::Kind::Config);
        QCOMPARE(m_api.server->requests().size(), 0);
    }

    void neverRetried_data() {
        QTest::addColumn<FakeResponse>("response");
        QTest::newRow("503") << FakeResponse::message(503, QStringLiteral("busy"));
        QTest::newRow("429")
            << FakeResponse::message(429, QStringLiteral("slow")).withHeader("Retry-After", "1");
        QTest::newRow("reset") << FakeResponse::reset();
    }
    void neverRetried() {
        QFETCH(FakeResponse, response);
        const QString path = orgPath(QStringLiteral("statementjobs/batch"));
        m_api.server->setDefault(path, response);
        CreateStatementJobBatchRequest request(m_api.client.get(), {QStringLiteral("b1")});
        request.start();
        QTRY_VERIFY(request.isFinished());
        QVERIFY(request.error().isError());
        QCOMPARE(request.attempts(), 1);
        QTest::qWait(100); // fixed: only silence proves that no retry follows
        // Our retry policy never repeats it. Qt 6.4 itself, however, silently resends a request
        // once when the connection closes after the request was written and before any answer
        // (QHttpNetworkConnectionChannel, not switchable). Hence "at most 2" for the reset case;
        // the statement queue must still look jobs up by bill before resubmitting.
        QVERIFY(m_api.server->count(path) <= 2);
        if (QByteArray(QTest::currentDataTag()) != "reset")
            QCOMPARE(m_api.server->count(path), 1);
    }

private:
    FakeApi m_api;
};

QTEST_GUILESS_MAIN(TestCreateStatementJobBatchRequest)
#include "tst_createstatementjobbatchrequest.moc"
