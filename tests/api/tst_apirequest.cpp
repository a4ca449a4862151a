#include "ApiTestSupport.h"
#include "api/TypedRequest.h"

#include <QAtomicInt>
#include <QAtomicPointer>
#include <QCoreApplication>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QThreadPool>

using namespace m3ter;
using namespace m3ter::test;

namespace {

QAtomicPointer<QThread> g_parseThread;
QAtomicInt g_parsesStarted;

// The smallest typed request: the body as text; "bad…" does not parse; "slow" takes 300 ms.
class EchoRequest : public TypedRequest<QString> {
    Q_OBJECT

public:
    explicit EchoRequest(ApiClient *client, QObject *parent = nullptr)
        : TypedRequest(client, &EchoRequest::parse, parent) {}

    static Parsed<QString> parse(const QByteArray &body) {
        g_parseThread.storeRelease(QThread::currentThread());
        g_parsesStarted.fetchAndAddRelease(1);
        if (body.startsWith("bad"))
            return ParseError{QStringLiteral("data[1].x"), QStringLiteral("broken")};
        if (body == "slow")
            QThread::msleep(300);
        return QString::fromUtf8(body);
    }

    ApiError invalid;

signals:
    void succeeded(const QString &value);

protected:
    ApiError precondition() const override { return invalid; }
    ApiCall *send() override { return client()->get(QStringLiteral("echo")); }
    void emitResult(const QString &value) override { emit succeeded(value); }
};

} // namespace

class TestApiRequest : public QObject {
    Q_OBJECT

private slots:
    void init() {
        m_server = std::make_unique<FakeHttpServer>();
        QVERIFY(m_server->listen());
        serveNumberedTokens(*m_server);
        m_client = fastClient(*m_server);
    }
    void cleanup() {
        m_client.reset();
        m_server.reset();
    }

    void successEmitsTypedSignalThenFinished() {
        m_server->setDefault(echo(), FakeResponse::json(200, "hello"));
        EchoRequest request(m_client.get());
        QStringList order;
        connect(&request, &EchoRequest::succeeded, this, [&](const QString &v) { order << v; });
        connect(&request, &ApiRequest::failed, this, [&] { order << QStringLiteral("failed"); });
        connect(&request, &ApiRequest::finished, this,
                [&] { order << QStringLiteral("finished"); });
        request.start();
        request.start(); // no effect
        QVERIFY(request.isRunning());
        QTRY_VERIFY(request.isFinished());
        QCOMPARE(order, (QStringList{QStringLiteral("hello"), QStringLiteral("finished")}));
        QVERIFY(request.ok());
        QCOMPARE(request.result(), QStringLiteral("hello"));
        QCOMPARE(request.attempts(), 1);
        QCOMPARE(m_server->count(echo()), 1);
    }

    void httpErrorEmitsFailed() {
        m_server->setDefault(echo(), FakeResponse::message(404, QStringLiteral("gone")));
        EchoRequest request(m_client.get());
        QSignalSpy succeeded(&request, &EchoRequest::succeeded);
        QSignalSpy failed(&request, &ApiRequest::failed);
        request.start();
        QTRY_VERIFY(request.isFinished());
        QCOMPARE(succeeded.size(), 0);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(request.error().httpStatus, 404);
        QCOMPARE(failed.at(0).at(0).value<ApiError>().serverMessage, QStringLiteral("gone"));
    }

    void parseErrorNamesTheField() {
        m_server->setDefault(echo(), FakeResponse::json(200, "bad"));
        EchoRequest request(m_client.get());
        request.start();
        QTRY_VERIFY(request.isFinished());
        QCOMPARE(request.error().kind, ApiError::Kind::Parse);
        QCOMPARE(request.error().field, QStringLiteral("data[1].x"));
        QVERIFY(request.error().userText().contains(QStringLiteral("data[1].x")));
    }

    void parseOffThreadDeliversOnTheOwnThread() {
        m_server->setDefault(echo(), FakeResponse::json(200, "slow"));
        EchoRequest request(m_client.get());
        request.setParseOffThread(true);
        QThread *deliveredOn = nullptr;
        connect(&request, &EchoRequest::succeeded, this,
                [&] { deliveredOn = QThread::currentThread(); });
        g_parseThread.storeRelease(nullptr);
        request.start();
        QTRY_VERIFY(request.isFinished());
        QVERIFY(request.ok());
        QCOMPARE(deliveredOn, QThread::currentThread());
        QVERIFY(g_parseThread.loadAcquire() != nullptr);
        QVERIFY(g_parseThread.loadAcquire() != QThread::currentThread());
    }

    void abortDuringOffThreadParse() {
        m_server->setDefault(echo(), FakeResponse::json(200, "slow"));
        EchoRequest request(m_client.get());
        request.setParseOffThread(true);
        QSignalSpy succeeded(&request, &EchoRequest::succeeded);
        QSignalSpy finished(&request, &ApiRequest::finished);
        const int started = g_parsesStarted.loadAcquire();
        request.start();
        QTRY_VERIFY(g_parsesStarted.loadAcquire() > started); // the parse is sleeping now
        request.abort();
        QTRY_VERIFY(request.isFinished());
        QCOMPARE(request.error().kind, ApiError::Kind::Cancelled);
        settleWorkers(); // the parse's late result has been delivered, and dropped
        QCOMPARE(succeeded.size(), 0);
        QCOMPARE(finished.size(), 1);
    }

    void deletedDuringOffThreadParseIsSafe() {
        m_server->setDefault(echo(), FakeResponse::json(200, "slow"));
        auto *request = new EchoRequest(m_client.get());
        request->setParseOffThread(true);
        const int started = g_parsesStarted.loadAcquire();
        request->start();
        QTRY_VERIFY(g_parsesStarted.loadAcquire() > started);
        delete request;
        settleWorkers(); // the worker finishes against a watcher that is gone
    }

    void abortInFlight() {
        m_server->setDefault(echo(), FakeResponse::stall());
        EchoRequest request(m_client.get());
        QSignalSpy failed(&request, &ApiRequest::failed);
        request.start();
        QTRY_COMPARE(m_server->count(echo()), 1);
        request.abort();
        QTRY_VERIFY(request.isFinished());
        QCOMPARE(failed.size(), 1);
        QCOMPARE(request.error().kind, ApiError::Kind::Cancelled);
    }

    void abortBeforeStart() {
        EchoRequest request(m_client.get());
        QSignalSpy finished(&request, &ApiRequest::finished);
        request.abort();
        QVERIFY(finished.wait());
        QCOMPARE(request.error().kind, ApiError::Kind::Cancelled);
        request.start();  // finished requests stay finished
        QTest::qWait(50); // a fixed wait: nothing observable happens when nothing is sent
        QCOMPARE(m_server->count(echo()), 0);
    }

    void preconditionFailsAsynchronouslyWithoutNetwork() {
        EchoRequest request(m_client.get());
        request.invalid = ApiError::config(QStringLiteral("nope"));
        QSignalSpy failed(&request, &ApiRequest::failed);
        request.start();
        QCOMPARE(failed.size(), 0);
        QVERIFY(failed.wait());
        QCOMPARE(request.error().userText(), QStringLiteral("nope"));
        QCOMPARE(m_server->requests().size(), 0);
    }

    void destroyingARunningRequestCancelsTheCall() {
        m_server->setDefault(echo(), FakeResponse::stall());
        auto *request = new EchoRequest(m_client.get());
        request->start();
        QTRY_COMPARE(m_server->count(echo()), 1);
        delete request;
        QTRY_COMPARE(m_client->findChildren<ApiCall *>().size(), 0);
    }

private:
    static QString echo() { return orgPath(QStringLiteral("echo")); }

    // Waits until every off-thread parse has returned, then delivers what they queued for this
    // thread: whatever a finished worker would still cause has happened afterwards.
    static void settleWorkers() {
        QVERIFY(QThreadPool::globalInstance()->waitForDone(10000));
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }

    std::unique_ptr<FakeHttpServer> m_server;
    std::unique_ptr<ApiClient> m_client;
};

QTEST_GUILESS_MAIN(TestApiRequest)
#include "tst_apirequest.moc"
