#include "ApiTestSupport.h"
#include "api/GetStatementUrlRequest.h"

#include <QSignalSpy>
#include <QTest>

using namespace m3ter;
using namespace m3ter::test;

class TestGetStatementUrlRequest : public QObject {
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_api.start()); }
    void cleanup() { m_api.stop(); }

    void formats_data() {
        QTest::addColumn<StatementFormat>("format");
        QTest::addColumn<QString>("path");
        QTest::newRow("json") << StatementFormat::Json << QStringLiteral("bills/b1/statement/json");
        QTest::newRow("csv") << StatementFormat::Csv << QStringLiteral("bills/b1/statement/csv");
    }
    void formats() {
        QFETCH(StatementFormat, format);
        QFETCH(QString, path);
        m_api.server->setDefault(
            orgPath(path),
            FakeResponse::json(200, "{\"downloadUrl\":\"https://files.example/s?sig=abc\"}"));
        GetStatementUrlRequest request(m_api.client.get(), QStringLiteral("b1"), format);
        QSignalSpy done(&request, &GetStatementUrlRequest::succeeded);
        request.start();
        QTRY_VERIFY(request.isFinished());
        QVERIFY(request.ok());
        QCOMPARE(done.at(0).at(0).value<DownloadUrl>().downloadUrl.host(),
                 QStringLiteral("files.example"));
        QCOMPARE(m_api.apiRequests().first().method, QByteArray("GET"));
    }

    void aReplyWithoutAUrlIsAParseError() {
        const auto missing = GetStatementUrlRequest::parse("{}");
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().field, QStringLiteral("downloadUrl"));
        QVERIFY(!GetStatementUrlRequest::parse("{\"downloadUrl\":\"file:///etc/passwd\"}").ok());
    }

    void noStatementYet() {
        m_api.server->setDefault(orgPath(QStringLiteral("bills/b1/statement/csv")),
                                 FakeResponse::message(404, QStringLiteral("No statement")));
        GetStatementUrlRequest request(m_api.client.get(), QStringLiteral("b1"),
                                       StatementFormat::Csv);
        request.start();
        QTRY_VERIFY(request.isFinished());
        QCOMPARE(request.error().httpStatus, 404);
    }

private:
    FakeApi m_api;
};

QTEST_GUILESS_MAIN(TestGetStatementUrlRequest)
#include "tst_getstatementurlrequest.moc"
