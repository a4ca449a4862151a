// The statement endpoints (…/bills/{id}/statement/json|csv), the statement-job endpoints
// (…/statementjobs) and the presigned download origin.

#include "SandboxTestClient.h"
#include "sandbox/RequestLog.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxStore.h"
#include "sandbox/StatementRenderer.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTest>
#include <QThread>

#include <cmath>

using namespace m3ter::sandbox;

namespace {

SandboxConfig smallConfig(double jobSeconds) {
    SandboxConfig config;
    config.seed = 11;
    config.accounts = 8;
    config.bills = 120;
    config.jobSeconds = jobSeconds;
    config.rateLimitPerSecond = 0;
    return config;
}

} // namespace

class TestSandboxStatements : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void urlsNeedAStatement();
    void jobRunsToComplete();
    void downloadIsStableAndAnonymous();
    void downloadRejectsAuthorization();
    void downloadRejectsBadSignatures_data();
    void downloadRejectsBadSignatures();
    void downloadUrlExpires();
    void createCsvStatement();
    void createJobValidation();
    void batchCreate();
    void batchValidation_data();
    void batchValidation();
    void getUnknownJob();
    void listOneFilterRule_data();
    void listOneFilterRule();
    void listFilters();
    void cancel();
    void immediateJobs();
    void failureShare();
    void staleFlagClearedByNewStatement();
    void csvQuoting();
    void paddedStatements();

private:
    // A bill without any statement yet.
    QString freshBill();
    QJsonObject waitForJob(SandboxTestClient &client, const QString &jobId, const QString &status,
                           QStringList *seen = nullptr);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
    int m_nextFresh = 0;
    QJsonObject m_completedJob;
};

void TestSandboxStatements::initTestCase() {
    m_server = std::make_unique<SandboxServer>(smallConfig(0.3));
    QVERIFY(m_server->start());
    m_client = std::make_unique<SandboxTestClient>(m_server->baseUrl(), m_server->config().orgId);
    QVERIFY(!m_client->fetchToken().isEmpty());
}

QString TestSandboxStatements::freshBill() {
    SandboxStore &store = m_server->store();
    while (m_nextFresh < store.billCount()) {
        const int pos = m_nextFresh++;
        if (!store.bill(pos).jsonStatementGenerated && !store.bill(pos).csvStatementGenerated)
            return store.billId(pos);
    }
    return {};
}

QJsonObject TestSandboxStatements::waitForJob(SandboxTestClient &client, const QString &jobId,
                                              const QString &status, QStringList *seen) {
    QElapsedTimer timer;
    timer.start();
    QJsonObject job;
    while (timer.elapsed() < 5000) {
        job = client.get(QStringLiteral("/statementjobs/") + jobId).object();
        const QString s = job.value(QStringLiteral("statementJobStatus")).toString();
        if (seen && (seen->isEmpty() || seen->last() != s))
            seen->append(s);
        if (s == status)
            return job;
        QTest::qWait(20);
    }
    return job;
}

void TestSandboxStatements::urlsNeedAStatement() {
    const QString bill = freshBill();
    for (const char *format : {"json", "csv"}) {
        const HttpResult r = m_client->get(
            QStringLiteral("/bills/%1/statement/%2").arg(bill, QLatin1String(format)));
        QCOMPARE(r.status, 404);
        QVERIFY(r.header("Content-Type").startsWith("application/json"));
        QVERIFY(!r.message().isEmpty());
    }
    QCOMPARE(
        m_client->get(QStringLiteral("/bills/66666666-6666-4666-8666-666666666666/statement/json"))
            .status,
        404);
    // There is no POST …/statement/json in the API (docs/m3ter-api.md, "Endpoints").
    QCOMPARE(m_client->post(QStringLiteral("/bills/%1/statement/json").arg(bill)).status, 405);
}

void TestSandboxStatements::jobRunsToComplete() {
    const QString bill = freshBill();
    const HttpResult created = m_client->postJson(
        QStringLiteral("/statementjobs"),
        QJsonObject{{QStringLiteral("billId"), bill}, {QStringLiteral("includeCsvFormat"), true}});
    QCOMPARE(created.status, 200);
    const QJsonObject job = created.object();
    QCOMPARE(job.value(QStringLiteral("statementJobStatus")).toString(), QStringLiteral("PENDING"));
    QCOMPARE(job.value(QStringLiteral("billId")).toString(), bill);
    QCOMPARE(job.value(QStringLiteral("orgId")).toString(), m_server->config().orgId);
    QVERIFY(job.value(QStringLiteral("includeCsvFormat")).toBool());
    QVERIFY(!job.contains(QStringLiteral("presignedJsonStatementUrl")));
    const QString id = job.value(QStringLiteral("id")).toString();

    QStringList seen;
    const QJsonObject done = waitForJob(*m_client, id, QStringLiteral("COMPLETE"), &seen);
    QCOMPARE(done.value(QStringLiteral("statementJobStatus")).toString(),
             QStringLiteral("COMPLETE"));
    QVERIFY2(seen.contains(QStringLiteral("RUNNING")) || seen.first() == QLatin1String("COMPLETE"),
             qPrintable(seen.join(QLatin1Char(','))));
    QCOMPARE(done.value(QStringLiteral("jsonStatementStatus")).toString(),
             QStringLiteral("LATEST"));
    QCOMPARE(done.value(QStringLiteral("csvStatementStatus")).toString(), QStringLiteral("LATEST"));
    for (const char *key : {"presignedJsonStatementUrl", "presignedCsvStatementUrl"}) {
        const QUrl url(done.value(QLatin1String(key)).toString());
        QVERIFY(url.isValid());
        QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(url.port(), int(m_server->config().downloadPort));
        QVERIFY(url.port() != int(m_server->config().port));
        QVERIFY(url.path().startsWith(
            QStringLiteral("/_files/%1/%2/statement.").arg(m_server->config().orgId, bill)));
        const QUrlQuery q(url);
        QVERIFY(q.hasQueryItem(QStringLiteral("expires")));
        QCOMPARE(q.queryItemValue(QStringLiteral("sig")).size(), 64);
    }

    const QJsonObject b = m_client->get(QStringLiteral("/bills/") + bill).object();
    QVERIFY(b.value(QStringLiteral("jsonStatementGenerated")).toBool());
    QVERIFY(b.value(QStringLiteral("csvStatementGenerated")).toBool());
    QVERIFY(!b.value(QStringLiteral("statementStale")).toBool());
    for (const char *format : {"json", "csv"}) {
        const HttpResult r = m_client->get(
            QStringLiteral("/bills/%1/statement/%2").arg(bill, QLatin1String(format)));
        QCOMPARE(r.status, 200);
        QVERIFY(r.object()
                    .value(QStringLiteral("downloadUrl"))
                    .toString()
                    .contains(QLatin1String("/_files/")));
    }
    m_completedJob = done;
}

void TestSandboxStatements::downloadIsStableAndAnonymous() {
    QVERIFY(!m_completedJob.isEmpty());
    const QString bill = m_completedJob.value(QStringLiteral("billId")).toString();
    const QUrl jsonUrl(
        m_completedJob.value(QStringLiteral("presignedJsonStatementUrl")).toString());
    const QUrl csvUrl(m_completedJob.value(QStringLiteral("presignedCsvStatementUrl")).toString());
    m_server->requestLog().clear();

    const HttpResult json1 = m_client->send("GET", jsonUrl);
    QCOMPARE(json1.status, 200);
    QVERIFY(json1.header("Content-Type").startsWith("application/json"));
    const HttpResult json2 = m_client->send("GET", jsonUrl);
    QCOMPARE(json2.body, json1.body);
    // A fresh URL from GET …/bills/{id}/statement/json gives the same bytes too.
    const QUrl again(m_client->get(QStringLiteral("/bills/%1/statement/json").arg(bill))
                         .object()
                         .value(QStringLiteral("downloadUrl"))
                         .toString());
    QCOMPARE(m_client->send("GET", again).body, json1.body);

    const QJsonObject statement = json1.object();
    QCOMPARE(statement.value(QStringLiteral("billId")).toString(), bill);
    const QJsonObject b = m_client
                              ->get(QStringLiteral("/bills/") + bill,
                                    QUrlQuery(QStringLiteral("includeBillTotal=true")))
                              .object();
    QCOMPARE(statement.value(QStringLiteral("total")).toDouble(),
             b.value(QStringLiteral("billTotal")).toDouble());
    QCOMPARE(statement.value(QStringLiteral("currency")).toString(),
             b.value(QStringLiteral("currency")).toString());
    int groupedItems = 0;
    for (const QJsonValue &g : statement.value(QStringLiteral("groups")).toArray())
        groupedItems += int(g.toObject().value(QStringLiteral("lineItems")).toArray().size());
    const int lineItems = int(b.value(QStringLiteral("lineItems")).toArray().size());
    QCOMPARE(groupedItems, lineItems);

    const HttpResult csv1 = m_client->send("GET", csvUrl);
    QCOMPARE(csv1.status, 200);
    QVERIFY(csv1.header("Content-Type").startsWith("text/csv"));
    QCOMPARE(m_client->send("GET", csvUrl).body, csv1.body);
    const QList<QByteArray> lines = csv1.body.split('\n');
    QCOMPARE(lines.first(),
             QByteArray("billId,lineItemId,description,productName,lineItemType,periodStart,"
                        "periodEnd,quantity,unitPrice,subtotal,currency\r"));
    QCOMPARE(int(csv1.body.count("\r\n")), lineItems + 1);

    // Nothing that reached the download origin carried credentials.
    QCOMPARE(m_server->requestLog().countIf(
                 [](const RequestLogEntry &e) { return e.origin == QLatin1String("download"); }),
             5);
    QCOMPARE(m_server->requestLog().countIf([](const RequestLogEntry &e) {
        return e.origin == QLatin1String("download") && e.hasAuthorization;
    }),
             0);
}

void TestSandboxStatements::downloadRejectsAuthorization() {
    const QUrl url(m_completedJob.value(QStringLiteral("presignedJsonStatementUrl")).toString());
    const HttpResult r =
        m_client->send("GET", url, {}, {{"Authorization", "Bearer " + m_client->token.toLatin1()}});
    QCOMPARE(r.status, 400);
    QVERIFY(r.body.contains("<Error>"));
    QVERIFY(m_server->requestLog().entries().last().hasAuthorization);
    // Any scheme counts, as on S3.
    QCOMPARE(m_client->send("GET", url, {}, {{"Authorization", "Basic eDp5"}}).status, 400);
}

void TestSandboxStatements::downloadRejectsBadSignatures_data() {
    QTest::addColumn<QString>("mutation");
    QTest::newRow("signature") << QStringLiteral("sig");
    QTest::newRow("expires") << QStringLiteral("expires");
    QTest::newRow("no signature") << QStringLiteral("nosig");
    QTest::newRow("other file") << QStringLiteral("path");
}

void TestSandboxStatements::downloadRejectsBadSignatures() {
    QFETCH(QString, mutation);
    QUrl url(m_completedJob.value(QStringLiteral("presignedJsonStatementUrl")).toString());
    QUrlQuery q(url);
    if (mutation == QLatin1String("sig")) {
        QString sig = q.queryItemValue(QStringLiteral("sig"));
        sig[5] = sig[5] == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
        q.removeQueryItem(QStringLiteral("sig"));
        q.addQueryItem(QStringLiteral("sig"), sig);
    } else if (mutation == QLatin1String("expires")) {
        const qint64 e = q.queryItemValue(QStringLiteral("expires")).toLongLong();
        q.removeQueryItem(QStringLiteral("expires"));
        q.addQueryItem(QStringLiteral("expires"), QString::number(e + 3600));
    } else if (mutation == QLatin1String("nosig")) {
        q.removeQueryItem(QStringLiteral("sig"));
    } else {
        url.setPath(
            url.path().replace(QLatin1String("statement.json"), QLatin1String("statement.csv")));
    }
    url.setQuery(q);
    const HttpResult r = m_client->send("GET", url);
    QCOMPARE(r.status, 403);
    QVERIFY(r.body.contains("SignatureDoesNotMatch"));
}

void TestSandboxStatements::downloadUrlExpires() {
    SandboxConfig config = smallConfig(0);
    // Links expire at a whole second (as S3's do): 2 s leaves at least 1 s to use a fresh one,
    // and the 2.1 s wait below still outlasts it.
    config.downloadUrlLifetimeSeconds = 2;
    SandboxServer server(config);
    QVERIFY(server.start());
    SandboxTestClient client(server.baseUrl(), server.config().orgId);
    client.fetchToken();
    const QString bill = server.store().billId(0);
    const QUrl url(client.post(QStringLiteral("/bills/%1/statement/csv").arg(bill))
                       .object()
                       .value(QStringLiteral("downloadUrl"))
                       .toString());
    QCOMPARE(client.send("GET", url).status, 200);
    QThread::msleep(2100);
    const HttpResult r = client.send("GET", url);
    QCOMPARE(r.status, 403);
    QVERIFY(r.body.contains("expired"));
    // A fresh URL works again.
    const QUrl fresh(client.get(QStringLiteral("/bills/%1/statement/csv").arg(bill))
                         .object()
                         .value(QStringLiteral("downloadUrl"))
                         .toString());
    QCOMPARE(client.send("GET", fresh).status, 200);
    // Unknown paths on the download origin.
    QUrl unknown = server.downloadBaseUrl();
    unknown.setPath(QStringLiteral("/nothing"));
    QCOMPARE(client.send("GET", unknown).status, 404);
}

void TestSandboxStatements::createCsvStatement() {
    const QString bill = freshBill();
    const HttpResult r = m_client->post(QStringLiteral("/bills/%1/statement/csv").arg(bill));
    QCOMPARE(r.status, 200);
    const QUrl url(r.object().value(QStringLiteral("downloadUrl")).toString());
    QCOMPARE(url.port(), int(m_server->config().downloadPort));
    const HttpResult file = m_client->send("GET", url);
    QCOMPARE(file.status, 200);
    QVERIFY(file.body.startsWith("billId,lineItemId,"));
    const QJsonObject b = m_client->get(QStringLiteral("/bills/") + bill).object();
    QVERIFY(b.value(QStringLiteral("csvStatementGenerated")).toBool());
    QVERIFY(!b.value(QStringLiteral("jsonStatementGenerated")).toBool());
    QCOMPARE(m_client->get(QStringLiteral("/bills/%1/statement/csv").arg(bill)).status, 200);
    QCOMPARE(m_client->get(QStringLiteral("/bills/%1/statement/json").arg(bill)).status, 404);
    QCOMPARE(
        m_client->post(QStringLiteral("/bills/66666666-6666-4666-8666-666666666666/statement/csv"))
            .status,
        404);
}

void TestSandboxStatements::createJobValidation() {
    QCOMPARE(m_client->post(QStringLiteral("/statementjobs"), "not json").status, 400);
    QCOMPARE(m_client->post(QStringLiteral("/statementjobs"), "[]").status, 400);
    QCOMPARE(m_client->postJson(QStringLiteral("/statementjobs"), QJsonObject{}).status, 400);
    const HttpResult unknown =
        m_client->postJson(QStringLiteral("/statementjobs"),
                           QJsonObject{{QStringLiteral("billId"),
                                        QStringLiteral("77777777-7777-4777-8777-777777777777")}});
    QCOMPARE(unknown.status, 404);
    QVERIFY(!unknown.message().isEmpty());
    const QString bill = m_server->store().billId(1);
    QCOMPARE(
        m_client
            ->postJson(QStringLiteral("/statementjobs"),
                       QJsonObject{{QStringLiteral("billId"), bill},
                                   {QStringLiteral("includeCsvFormat"), QStringLiteral("yes")}})
            .status,
        400);
    // filters.meterIds: the docs' single string is accepted as a one-element array.
    const HttpResult r = m_client->postJson(
        QStringLiteral("/statementjobs"),
        QJsonObject{{QStringLiteral("billId"), bill},
                    {QStringLiteral("filters"),
                     QJsonObject{{QStringLiteral("meterIds"), QStringLiteral("m-1")}}}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object()
                 .value(QStringLiteral("filters"))
                 .toObject()
                 .value(QStringLiteral("meterIds"))
                 .toArray(),
             QJsonArray{QStringLiteral("m-1")});
    QVERIFY(!r.object().value(QStringLiteral("includeCsvFormat")).toBool());
}

void TestSandboxStatements::batchCreate() {
    const QStringList bills{freshBill(), freshBill(), freshBill()};
    const HttpResult r = m_client->postJson(
        QStringLiteral("/statementjobs/batch"),
        QJsonObject{{QStringLiteral("billIds"), QJsonArray::fromStringList(bills)}});
    QCOMPARE(r.status, 200);
    QVERIFY(r.body.trimmed().startsWith('['));
    const QJsonArray jobs = r.array();
    QCOMPARE(jobs.size(), 3);
    QSet<QString> ids;
    for (int i = 0; i < 3; ++i) {
        const QJsonObject job = jobs.at(i).toObject();
        QCOMPARE(job.value(QStringLiteral("billId")).toString(), bills.at(i));
        ids.insert(job.value(QStringLiteral("id")).toString());
    }
    QCOMPARE(ids.size(), 3);
    // Ten is allowed.
    QStringList ten;
    for (int i = 0; i < 10; ++i)
        ten.append(m_server->store().billId(i));
    QCOMPARE(
        m_client
            ->postJson(QStringLiteral("/statementjobs/batch"),
                       QJsonObject{{QStringLiteral("billIds"), QJsonArray::fromStringList(ten)}})
            .array()
            .size(),
        10);
}

void TestSandboxStatements::batchValidation_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QStringList eleven;
    for (int i = 0; i < 11; ++i)
        eleven.append(m_server->store().billId(i));
    auto body = [](const QJsonArray &ids) {
        return QJsonDocument(QJsonObject{{QStringLiteral("billIds"), ids}})
            .toJson(QJsonDocument::Compact);
    };
    QTest::newRow("zero") << body(QJsonArray()) << 400;
    QTest::newRow("eleven") << body(QJsonArray::fromStringList(eleven)) << 400;
    QTest::newRow("missing") << QByteArray("{}") << 400;
    QTest::newRow("not an array") << QByteArray(R"({"billIds":"abc"})") << 400;
    QTest::newRow("garbage") << QByteArray("{") << 400;
    QTest::newRow("unknown bill") << body(QJsonArray{
                                         m_server->store().billId(0),
                                         QStringLiteral("88888888-8888-4888-8888-888888888888")})
                                  << 404;
}

void TestSandboxStatements::batchValidation() {
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    const int jobsBefore = m_server->store().jobCount();
    const HttpResult r = m_client->post(QStringLiteral("/statementjobs/batch"), body);
    QCOMPARE(r.status, status);
    QVERIFY(!r.message().isEmpty());
    QCOMPARE(m_server->store().jobCount(), jobsBefore); // nothing half-created
}

void TestSandboxStatements::getUnknownJob() {
    const HttpResult r =
        m_client->get(QStringLiteral("/statementjobs/99999999-9999-4999-8999-999999999999"));
    QCOMPARE(r.status, 404);
    QVERIFY(!r.message().isEmpty());
    QCOMPARE(
        m_client->post(QStringLiteral("/statementjobs/99999999-9999-4999-8999-999999999999/cancel"))
            .status,
        404);
}

void TestSandboxStatements::listOneFilterRule_data() {
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    const QString bill = m_server->store().billId(0);
    QTest::newRow("active+status") << QStringLiteral("active=TRUE&status=PENDING") << 400;
    QTest::newRow("active+billId") << QStringLiteral("active=FALSE&billId=") + bill << 400;
    QTest::newRow("status+billId") << QStringLiteral("status=COMPLETE&billId=") + bill << 400;
    QTest::newRow("all three") << QStringLiteral("active=TRUE&status=COMPLETE&billId=") + bill
                               << 400;
    QTest::newRow("bad active") << QStringLiteral("active=maybe") << 400;
    QTest::newRow("bad status") << QStringLiteral("status=DONE") << 400;
    QTest::newRow("active lower") << QStringLiteral("active=true") << 200;
    QTest::newRow("active FALSE") << QStringLiteral("active=FALSE") << 200;
    QTest::newRow("status only") << QStringLiteral("status=COMPLETE") << 200;
    QTest::newRow("billId only") << QStringLiteral("billId=") + bill << 200;
}

void TestSandboxStatements::listOneFilterRule() {
    QFETCH(QString, query);
    QFETCH(int, status);
    const HttpResult r = m_client->get(QStringLiteral("/statementjobs"), QUrlQuery(query));
    QCOMPARE(r.status, status);
    if (status == 400)
        QVERIFY(!r.message().isEmpty());
}

void TestSandboxStatements::listFilters() {
    SandboxServer server(smallConfig(2.0));
    QVERIFY(server.start());
    SandboxTestClient client(server.baseUrl(), server.config().orgId);
    client.fetchToken();
    const QString a = server.store().billId(0);
    const QString b = server.store().billId(1);
    for (const QString &bill : {a, a, b, a, b})
        QCOMPARE(client
                     .postJson(QStringLiteral("/statementjobs"),
                               QJsonObject{{QStringLiteral("billId"), bill}})
                     .status,
                 200);

    int pages = 0;
    QString failure;
    QCOMPARE(client
                 .listAll(QStringLiteral("/statementjobs"), QUrlQuery(QStringLiteral("pageSize=2")),
                          &pages, &failure)
                 .size(),
             5);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QCOMPARE(pages, 3);
    QCOMPARE(
        client.listAll(QStringLiteral("/statementjobs"), QUrlQuery(QStringLiteral("billId=") + a))
            .size(),
        3);
    QCOMPARE(
        client.listAll(QStringLiteral("/statementjobs"), QUrlQuery(QStringLiteral("active=TRUE")))
            .size(),
        5);
    QCOMPARE(
        client
            .listAll(QStringLiteral("/statementjobs"), QUrlQuery(QStringLiteral("status=PENDING")))
            .size(),
        5);
    QCOMPARE(
        client
            .listAll(QStringLiteral("/statementjobs"), QUrlQuery(QStringLiteral("status=COMPLETE")))
            .size(),
        0);
    const QList<QJsonObject> all = client.listAll(QStringLiteral("/statementjobs"), QUrlQuery());
    QCOMPARE(client
                 .post(QStringLiteral("/statementjobs/%1/cancel")
                           .arg(all.at(0).value(QStringLiteral("id")).toString()))
                 .status,
             200);
    QCOMPARE(
        client.listAll(QStringLiteral("/statementjobs"), QUrlQuery(QStringLiteral("active=true")))
            .size(),
        4);
    QCOMPARE(
        client.listAll(QStringLiteral("/statementjobs"), QUrlQuery(QStringLiteral("active=false")))
            .size(),
        5);
    QCOMPARE(client
                 .listAll(QStringLiteral("/statementjobs"),
                          QUrlQuery(QStringLiteral("status=CANCELLED")))
                 .size(),
             1);
    // Jobs are listed in creation order.
    QCOMPARE(all.at(2).value(QStringLiteral("billId")).toString(), b);
}

void TestSandboxStatements::cancel() {
    SandboxServer server(smallConfig(2.0)); // PENDING 0-0.5 s, RUNNING 0.5-2 s
    QVERIFY(server.start());
    SandboxTestClient client(server.baseUrl(), server.config().orgId);
    client.fetchToken();
    const QString bill = server.store().billId(2);
    const bool hadJson = server.store().bill(2).jsonStatementGenerated;

    // Cancel while PENDING.
    QString id = client
                     .postJson(QStringLiteral("/statementjobs"),
                               QJsonObject{{QStringLiteral("billId"), bill}})
                     .object()
                     .value(QStringLiteral("id"))
                     .toString();
    HttpResult r = client.post(QStringLiteral("/statementjobs/%1/cancel").arg(id));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(QStringLiteral("statementJobStatus")).toString(),
             QStringLiteral("CANCELLED"));
    QCOMPARE(client.post(QStringLiteral("/statementjobs/%1/cancel").arg(id)).status, 400);

    // Cancel while RUNNING.
    QElapsedTimer sinceCreated;
    sinceCreated.start();
    id = client
             .postJson(QStringLiteral("/statementjobs"),
                       QJsonObject{{QStringLiteral("billId"), bill}})
             .object()
             .value(QStringLiteral("id"))
             .toString();
    QVERIFY(waitForJob(client, id, QStringLiteral("RUNNING"))
                .value(QStringLiteral("statementJobStatus")) == QStringLiteral("RUNNING"));
    r = client.post(QStringLiteral("/statementjobs/%1/cancel").arg(id));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(QStringLiteral("statementJobStatus")).toString(),
             QStringLiteral("CANCELLED"));
    // Proving that the job stays cancelled takes a fixed wait: past the moment it would have
    // completed (2 s after it was created), plus slack.
    QTest::qWait(qMax<qint64>(0, 2000 + 200 - sinceCreated.elapsed()));
    QCOMPARE(client.get(QStringLiteral("/statementjobs/") + id)
                 .object()
                 .value(QStringLiteral("statementJobStatus"))
                 .toString(),
             QStringLiteral("CANCELLED"));
    QCOMPARE(client.get(QStringLiteral("/bills/") + bill)
                 .object()
                 .value(QStringLiteral("jsonStatementGenerated"))
                 .toBool(),
             hadJson);

    // A finished job cannot be cancelled.
    SandboxServer quick(smallConfig(0));
    QVERIFY(quick.start());
    SandboxTestClient qc(quick.baseUrl(), quick.config().orgId);
    qc.fetchToken();
    const QJsonObject done =
        qc.postJson(QStringLiteral("/statementjobs"),
                    QJsonObject{{QStringLiteral("billId"), quick.store().billId(0)}})
            .object();
    QCOMPARE(done.value(QStringLiteral("statementJobStatus")).toString(),
             QStringLiteral("COMPLETE"));
    r = qc.post(QStringLiteral("/statementjobs/%1/cancel")
                    .arg(done.value(QStringLiteral("id")).toString()));
    QCOMPARE(r.status, 400);
    QVERIFY(r.message().contains(QLatin1String("COMPLETE")));
}

void TestSandboxStatements::immediateJobs() {
    SandboxServer server(smallConfig(0));
    QVERIFY(server.start());
    SandboxTestClient client(server.baseUrl(), server.config().orgId);
    client.fetchToken();
    const QJsonObject job =
        client
            .postJson(QStringLiteral("/statementjobs"),
                      QJsonObject{{QStringLiteral("billId"), server.store().billId(3)}})
            .object();
    // A job that finished before the reply carries its URL already (docs/m3ter-api.md,
    // "Creating statement jobs").
    QCOMPARE(job.value(QStringLiteral("statementJobStatus")).toString(),
             QStringLiteral("COMPLETE"));
    QVERIFY(job.contains(QStringLiteral("presignedJsonStatementUrl")));
    QVERIFY(!job.contains(QStringLiteral("presignedCsvStatementUrl")));
    QCOMPARE(
        client.send("GET", QUrl(job.value(QStringLiteral("presignedJsonStatementUrl")).toString()))
            .status,
        200);
}

void TestSandboxStatements::failureShare() {
    SandboxConfig config = smallConfig(0);
    config.jobFailureRate = 0.5;
    SandboxServer server(config);
    QVERIFY(server.start());
    SandboxTestClient client(server.baseUrl(), server.config().orgId);
    client.fetchToken();
    int failed = 0;
    int complete = 0;
    for (int round = 0; round < 4; ++round) {
        QStringList ids;
        for (int i = 0; i < 10; ++i)
            ids.append(server.store().billId(round * 10 + i));
        for (const QJsonValue &v : client
                                       .postJson(QStringLiteral("/statementjobs/batch"),
                                                 QJsonObject{{QStringLiteral("billIds"),
                                                              QJsonArray::fromStringList(ids)}})
                                       .array()) {
            const QJsonObject job = v.toObject();
            const QString status = job.value(QStringLiteral("statementJobStatus")).toString();
            if (status == QLatin1String("FAILED")) {
                ++failed;
                QVERIFY(!job.contains(QStringLiteral("presignedJsonStatementUrl")));
            } else {
                QCOMPARE(status, QStringLiteral("COMPLETE"));
                ++complete;
            }
        }
    }
    QVERIFY2(failed >= 8 && complete >= 8,
             qPrintable(QStringLiteral("%1 failed, %2 complete").arg(failed).arg(complete)));

    config.jobFailureRate = 1.0;
    SandboxServer always(config);
    QVERIFY(always.start());
    SandboxTestClient ac(always.baseUrl(), always.config().orgId);
    ac.fetchToken();
    int pos = 0;
    while (always.store().bill(pos).jsonStatementGenerated)
        ++pos;
    const QJsonObject job =
        ac.postJson(QStringLiteral("/statementjobs"),
                    QJsonObject{{QStringLiteral("billId"), always.store().billId(pos)}})
            .object();
    QCOMPARE(job.value(QStringLiteral("statementJobStatus")).toString(), QStringLiteral("FAILED"));
    QCOMPARE(
        ac.get(QStringLiteral("/bills/%1/statement/json").arg(always.store().billId(pos))).status,
        404);
}

void TestSandboxStatements::staleFlagClearedByNewStatement() {
    SandboxServer server(smallConfig(0));
    QVERIFY(server.start());
    SandboxTestClient client(server.baseUrl(), server.config().orgId);
    client.fetchToken();
    BillRecord &bill = server.store().bill(4);
    bill.jsonStatementGenerated = true;
    bill.statementStale = true;
    const QString id = server.store().billId(4);
    QVERIFY(client.get(QStringLiteral("/bills/") + id)
                .object()
                .value(QStringLiteral("statementStale"))
                .toBool());
    QCOMPARE(
        client
            .postJson(QStringLiteral("/statementjobs"), QJsonObject{{QStringLiteral("billId"), id}})
            .status,
        200);
    QVERIFY(!client.get(QStringLiteral("/bills/") + id)
                 .object()
                 .value(QStringLiteral("statementStale"))
                 .toBool());
}

void TestSandboxStatements::csvQuoting() {
    QCOMPARE(StatementRenderer::csvField(QStringLiteral("plain")), QByteArray("plain"));
    QCOMPARE(StatementRenderer::csvField(QStringLiteral("a,b")), QByteArray("\"a,b\""));
    QCOMPARE(StatementRenderer::csvField(QStringLiteral("say \"hi\"")),
             QByteArray("\"say \"\"hi\"\"\""));
    QCOMPARE(StatementRenderer::csvField(QStringLiteral("two\nlines")),
             QByteArray("\"two\nlines\""));
    QCOMPARE(StatementRenderer::csvField(QString::fromUtf8("Überwachung & Support")),
             QString::fromUtf8("Überwachung & Support").toUtf8());
}

// statementMinBytes pads the served files (benchmarks of large downloads) without changing what
// they say: the JSON parses to the same value, the CSV only gains empty lines.
void TestSandboxStatements::paddedStatements() {
    QCOMPARE(StatementRenderer::padded("{}", false, 1), QByteArray("{}"));
    QCOMPARE(StatementRenderer::padded("{}", false, 6), QByteArray("{}   \n"));
    QCOMPARE(StatementRenderer::padded("a\r\n", true, 8), QByteArray("a\r\n\r\n\r\n\r\n"));

    SandboxConfig config = smallConfig(0.3);
    config.statementMinBytes = 300 * 1024;
    SandboxServer server(config);
    QVERIFY(server.start());
    SandboxTestClient client(server.baseUrl(), server.config().orgId);
    QVERIFY(!client.fetchToken().isEmpty());
    const int pos = 3;
    server.store().bill(pos).jsonStatementGenerated = true;
    server.store().bill(pos).csvStatementGenerated = true;
    const QString bill = server.store().billId(pos);
    for (const bool csv : {false, true}) {
        const QUrl url(client
                           .get(QStringLiteral("/bills/%1/statement/%2")
                                    .arg(bill, csv ? QLatin1String("csv") : QLatin1String("json")))
                           .object()
                           .value(QStringLiteral("downloadUrl"))
                           .toString());
        const HttpResult r = client.send("GET", url);
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.size() >= config.statementMinBytes);
        QVERIFY(r.body.size() <= config.statementMinBytes + 1);
        const QByteArray natural = csv ? StatementRenderer::csv(server.store(), pos)
                                       : StatementRenderer::json(server.store(), pos);
        QVERIFY(r.body.startsWith(natural));
        const QByteArray rest = r.body.mid(natural.size());
        if (csv) {
            QCOMPARE(rest, QByteArray("\r\n").repeated(int(rest.size() / 2)));
        } else {
            QCOMPARE(QJsonDocument::fromJson(r.body), QJsonDocument::fromJson(natural));
            QCOMPARE(rest.trimmed(), QByteArray());
        }
    }
}

QTEST_GUILESS_MAIN(TestSandboxStatements)
#include "tst_sandbox_statements.moc"
