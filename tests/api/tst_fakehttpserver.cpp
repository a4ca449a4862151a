#include "support/FakeHttpServer.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace m3ter::test;

// The fake must itself be right, or the API tests prove nothing.
class TestFakeHttpServer : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_server.listen()); }
    void init() { m_server.clearRequests(); }

    void recordsAndAnswersInScriptOrder() {
        m_server.enqueue(QStringLiteral("/a"),
                         {FakeResponse::json(201, "first"), FakeResponse::json(202, "second")});
        m_server.setDefault(QStringLiteral("/a"), FakeResponse::text(200, "default"));
        QCOMPARE(get("/a?x=1%2C2"), (QPair<int, QByteArray>{201, "first"}));
        QCOMPARE(get("/a"), (QPair<int, QByteArray>{202, "second"}));
        QCOMPARE(get("/a"), (QPair<int, QByteArray>{200, "default"}));
        QCOMPARE(get("/unscripted").first, 404);

        const auto r = m_server.requests(QStringLiteral("/a"));
        QCOMPARE(r.size(), 3);
        QCOMPARE(r.first().method, QByteArray("GET"));
        QCOMPARE(r.first().rawQuery, QByteArray("x=1%2C2"));
        QCOMPARE(r.first().query().queryItemValue(QStringLiteral("x"), QUrl::FullyDecoded),
                 QStringLiteral("1,2"));
        QCOMPARE(r.first().header("X-Test"), QByteArray("yes"));
    }

    void postBodies() {
        m_server.setHandler(QStringLiteral("/echo"), [](const RecordedRequest &r) {
            return FakeResponse::json(200, r.body);
        });
        QNetworkRequest request(url("/echo"));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        QNetworkReply *reply = m_network.post(request, QByteArray(100000, 'x'));
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait());
        QCOMPARE(reply->readAll().size(), 100000);
        reply->deleteLater();
    }

    void delayResetAndStall() {
        m_server.setDefault(QStringLiteral("/slow"), FakeResponse::json(200, "{}").after(200));
        const qint64 start = m_server.elapsedMs();
        QCOMPARE(get("/slow").first, 200);
        QVERIFY(m_server.elapsedMs() - start >= 195);

        m_server.setDefault(QStringLiteral("/reset"), FakeResponse::reset());
        QNetworkReply *reply = m_network.get(QNetworkRequest(url("/reset")));
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait());
        QCOMPARE(reply->error(), QNetworkReply::RemoteHostClosedError);
        reply->deleteLater();

        m_server.setDefault(QStringLiteral("/stall"), FakeResponse::stall());
        QNetworkRequest stalled(url("/stall"));
        stalled.setTransferTimeout(200);
        reply = m_network.get(stalled);
        QSignalSpy timedOut(reply, &QNetworkReply::finished);
        QVERIFY(timedOut.wait());
        QVERIFY(reply->error() != QNetworkReply::NoError);
        reply->deleteLater();
    }

private:
    QUrl url(const char *pathAndQuery) {
        return m_server.baseUrl().resolved(QUrl(QString::fromLatin1(pathAndQuery)));
    }

    QPair<int, QByteArray> get(const char *pathAndQuery) {
        QNetworkRequest request(url(pathAndQuery));
        request.setRawHeader("X-Test", "yes");
        QNetworkReply *reply = m_network.get(request);
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait();
        reply->deleteLater();
        return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                reply->readAll()};
    }

    FakeHttpServer m_server;
    QNetworkAccessManager m_network;
};

QTEST_GUILESS_MAIN(TestFakeHttpServer)
#include "tst_fakehttpserver.moc"
