// The sandbox's control route (POST /_admin/{org}/bills/{operation}, SandboxConfig::adminRoute):
// off by default, outside the API's token, and changes bills between two looks as month end
// does — recalculate, approve, lock, add, remove — deterministically and all or nothing.

#include "SandboxTestClient.h"
#include "sandbox/BillAdmin.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxStore.h"

#include <QDateTime>
#include <QSet>
#include <QTest>

#include <functional>
#include <memory>

using namespace m3ter::sandbox;

namespace {

SandboxConfig adminConfig(bool admin = true) {
    SandboxConfig config;
    config.seed = 7;
    config.accounts = 6;
    config.bills = 120;
    config.rateLimitPerSecond = 0;
    config.jobSeconds = 0; // statement jobs complete at once
    config.adminRoute = admin;
    return config;
}

QString text(const QJsonObject &o, const char *key) {
    return o.value(QLatin1String(key)).toString();
}

// One sandbox and a client with a token; admin() posts to the control route without one.
struct Admin {
    std::unique_ptr<SandboxServer> server;
    std::unique_ptr<SandboxTestClient> client;

    bool start(const SandboxConfig &config = adminConfig()) {
        server = std::make_unique<SandboxServer>(config);
        if (!server->start())
            return false;
        client = std::make_unique<SandboxTestClient>(server->baseUrl(), server->config().orgId);
        return !client->fetchToken().isEmpty();
    }

    QUrl url(const QString &operation, const QString &org = QString()) const {
        QUrl u = server->baseUrl();
        u.setPath(QStringLiteral("/_admin/%1/bills/%2")
                      .arg(org.isEmpty() ? server->config().orgId : org, operation));
        return u;
    }

    HttpResult post(const QString &operation, const QJsonObject &body) {
        return client->send("POST", url(operation),
                            QJsonDocument(body).toJson(QJsonDocument::Compact),
                            {{"Content-Type", "application/json"}});
    }

    static QJsonObject count(int n, const char *status = nullptr) {
        QJsonObject o{{QStringLiteral("count"), n}};
        if (status)
            o.insert(QStringLiteral("status"), QLatin1String(status));
        return o;
    }
    static QJsonObject ids(const QStringList &billIds) {
        return {{QStringLiteral("billIds"), QJsonArray::fromStringList(billIds)}};
    }

    // As GET …/bills lists it with its total, the form the control route answers with; empty
    // when there is no such bill.
    QJsonObject bill(const QString &id) {
        const QUrlQuery query(QStringLiteral("includeBillTotal=true&excludeLineItems=true&ids=") +
                              id);
        return client->get(QStringLiteral("/bills"), query)
            .object()
            .value(QStringLiteral("data"))
            .toArray()
            .at(0)
            .toObject();
    }
    QStringList listedIds(const QString &query = QString()) {
        QStringList ids;
        QUrlQuery q(query);
        q.addQueryItem(QStringLiteral("pageSize"), QStringLiteral("100"));
        for (const QJsonObject &b : client->listAll(QStringLiteral("/bills"), q))
            ids.append(text(b, "id"));
        return ids;
    }
    // The newest bills of the API order that `keep` accepts, newest first.
    QStringList newest(int n, const std::function<bool(const BillRecord &)> &keep) {
        QStringList ids;
        SandboxStore &store = server->store();
        for (int pos = store.billCount() - 1; pos >= 0 && ids.size() < n; --pos) {
            if (keep(store.bill(pos)))
                ids.append(store.billId(pos));
        }
        return ids;
    }
};

bool approvedUnlocked(const BillRecord &b) {
    return b.status == BillRecord::Approved && !b.locked;
}

} // namespace

class TestSandboxAdmin : public QObject {
    Q_OBJECT

private slots:
    void offByDefault();
    void apiUnchangedAndNoTokenNeeded();
    void recalculateMovesAmountsStatusAndStatements();
    void recalculationIsDeterministic();
    void countPicksTheNewestThatApply();
    void approveAndLock();
    void allOrNothing();
    void lockedBillsAreFinal();
    void addMakesNewBillsOfOneBillRun();
    void removeTakesBillsAndTheirJobs();
    void statementJobsOfTheOldNumbersAreStale();
    void badRequests_data();
    void badRequests();
};

void TestSandboxAdmin::offByDefault() {
    QVERIFY(!SandboxConfig().adminRoute);
    Admin a;
    QVERIFY(a.start(adminConfig(false)));
    const QString before = a.server->store().billId(5);
    const HttpResult r = a.post(QStringLiteral("recalculate"), Admin::ids({before}));
    QCOMPARE(r.status, 404);
    QCOMPARE(a.client->send("GET", a.url(QStringLiteral("lock"))).status, 404);
    // Nothing changed.
    QCOMPARE(a.server->store().bill(5).recalculations, quint16(0));
}

void TestSandboxAdmin::apiUnchangedAndNoTokenNeeded() {
    Admin a;
    QVERIFY(a.start());
    const QString id = a.newest(1, approvedUnlocked).value(0);
    QVERIFY(!id.isEmpty());
    // The control route takes no token …
    const HttpResult r = a.post(QStringLiteral("approve"), Admin::count(1));
    QCOMPARE(r.status, 200);
    QVERIFY(r.isJson());
    QCOMPARE(text(r.object(), "operation"), QStringLiteral("approve"));
    // … a GET on it is another method on a known path …
    QCOMPARE(a.client->send("GET", a.url(QStringLiteral("approve"))).status, 405);
    // … and the API still wants its token.
    QCOMPARE(a.client->send("GET", a.client->orgUrl(QStringLiteral("/bills/") + id)).status, 403);
    QCOMPARE(a.server->requestLog().count(QStringLiteral("admin")), 2);
}

void TestSandboxAdmin::recalculateMovesAmountsStatusAndStatements() {
    Admin a;
    QVERIFY(a.start());
    SandboxStore &store = a.server->store();
    const QString id = a.newest(1, approvedUnlocked).value(0);
    const int pos = store.billPosition(id);
    store.bill(pos).jsonStatementGenerated = true; // a statement made from the old numbers
    const QJsonObject before = a.bill(id);
    const QList<QJsonObject> itemsBefore =
        a.client->listAll(QStringLiteral("/bills/%1/lineitems").arg(id), {});
    const qint64 askedAt = QDateTime::currentMSecsSinceEpoch() / 1000 * 1000;

    const HttpResult r = a.post(QStringLiteral("recalculate"), Admin::ids({id}));
    QCOMPARE(r.status, 200);
    const QJsonObject reply = r.object();
    QCOMPARE(reply.value(QStringLiteral("billIds")).toArray(), QJsonArray{id});
    const QJsonObject change = reply.value(QStringLiteral("bills")).toArray().at(0).toObject();
    QCOMPARE(change.value(QStringLiteral("before")).toObject(), before);

    const QJsonObject after = a.bill(id);
    QCOMPARE(change.value(QStringLiteral("after")).toObject(), after);
    QCOMPARE(text(before, "status"), QStringLiteral("APPROVED"));
    QCOMPARE(text(after, "status"), QStringLiteral("PENDING"));
    QVERIFY(!after.contains(QStringLiteral("dtApproved")));
    QVERIFY(after.value(QStringLiteral("billTotal")).toDouble() >
            before.value(QStringLiteral("billTotal")).toDouble());
    QVERIFY(!before.value(QStringLiteral("statementStale")).toBool());
    QVERIFY(after.value(QStringLiteral("statementStale")).toBool());
    QCOMPARE(after.value(QStringLiteral("version")).toInt(),
             before.value(QStringLiteral("version")).toInt() + 1);
    const QDateTime calculated =
        QDateTime::fromString(text(after, "lastCalculatedDate"), Qt::ISODate);
    QVERIFY(calculated.toMSecsSinceEpoch() >= askedAt);
    QCOMPARE(text(after, "dtLastModified"), text(after, "lastCalculatedDate"));

    // The line items moved with the total: late usage on the first usage item, nothing else.
    const QList<QJsonObject> itemsAfter =
        a.client->listAll(QStringLiteral("/bills/%1/lineitems").arg(id), {});
    QCOMPARE(itemsAfter.size(), itemsBefore.size());
    int changed = 0;
    qint64 sumMinor = 0;
    for (int i = 0; i < itemsAfter.size(); ++i) {
        QCOMPARE(text(itemsAfter.at(i), "id"), text(itemsBefore.at(i), "id"));
        const double was = itemsBefore.at(i).value(QStringLiteral("subtotal")).toDouble();
        const double now = itemsAfter.at(i).value(QStringLiteral("subtotal")).toDouble();
        if (was != now) {
            ++changed;
            QCOMPARE(text(itemsAfter.at(i), "lineItemType"), QStringLiteral("USAGE"));
            QVERIFY(now > was);
        }
        sumMinor += qRound64(now * 100);
    }
    QCOMPARE(changed, 1);
    if (text(after, "currency") == QLatin1String("USD")) // two decimals: the sum is exact here
        QCOMPARE(sumMinor, qRound64(after.value(QStringLiteral("billTotal")).toDouble() * 100));

    // The list filters see the new state.
    QVERIFY(!a.listedIds(QStringLiteral("status=APPROVED")).contains(id));
    QVERIFY(a.listedIds(QStringLiteral("status=PENDING")).contains(id));
}

void TestSandboxAdmin::recalculationIsDeterministic() {
    Admin a;
    Admin b;
    QVERIFY(a.start());
    QVERIFY(b.start());
    QString again;
    for (Admin *s : {&a, &b}) {
        QCOMPARE(s->post(QStringLiteral("recalculate"), Admin::count(3)).status, 200);
        const HttpResult second = s->post(QStringLiteral("recalculate"), Admin::count(1));
        QCOMPARE(second.status, 200);
        again = second.object().value(QStringLiteral("billIds")).toArray().at(0).toString();
        QCOMPARE(s->post(QStringLiteral("add"), Admin::count(2)).status, 200);
    }
    const QUrlQuery query(QStringLiteral("includeBillTotal=true&pageSize=100"));
    const QList<QJsonObject> listA = a.client->listAll(QStringLiteral("/bills"), query);
    const QList<QJsonObject> listB = b.client->listAll(QStringLiteral("/bills"), query);
    QCOMPARE(listA.size(), 122);
    QCOMPARE(listA.size(), listB.size());
    const QStringList times{QStringLiteral("lastCalculatedDate"), QStringLiteral("dtLastModified")};
    for (int i = 0; i < listA.size(); ++i) {
        QJsonObject x = listA.at(i);
        QJsonObject y = listB.at(i);
        for (const QString &t : times) { // the clock's, not the seed's
            x.remove(t);
            y.remove(t);
        }
        QCOMPARE(x, y);
    }
    // A count picks the newest again: the newest unlocked bill was recalculated twice.
    SandboxStore &store = a.server->store();
    QCOMPARE(store.bill(store.billPosition(again)).recalculations, quint16(2));
}

void TestSandboxAdmin::countPicksTheNewestThatApply() {
    Admin a;
    QVERIFY(a.start());
    const QStringList expected = a.newest(2, approvedUnlocked);
    QCOMPARE(expected.size(), 2);
    const HttpResult r = a.post(QStringLiteral("recalculate"), Admin::count(2, "APPROVED"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(QStringLiteral("billIds")).toArray(),
             QJsonArray::fromStringList(expected));
    // Without a status, the newest unlocked bills whatever their status.
    const QStringList newestUnlocked = a.newest(4, [](const BillRecord &b) { return !b.locked; });
    QCOMPARE(
        a.post(QStringLiteral("remove"), Admin::count(4)).object().value(QStringLiteral("billIds")),
        QJsonValue(QJsonArray::fromStringList(newestUnlocked)));
}

void TestSandboxAdmin::approveAndLock() {
    Admin a;
    QVERIFY(a.start());
    const QString pending =
        a.newest(1, [](const BillRecord &b) { return b.status == BillRecord::Pending; }).value(0);
    const HttpResult approved = a.post(QStringLiteral("approve"), Admin::ids({pending}));
    QCOMPARE(approved.status, 200);
    QJsonObject after = a.bill(pending);
    QCOMPARE(text(after, "status"), QStringLiteral("APPROVED"));
    QVERIFY(!text(after, "dtApproved").isEmpty());
    QCOMPARE(text(after, "dtLastModified"), text(after, "dtApproved"));

    const HttpResult locked = a.post(QStringLiteral("lock"), Admin::ids({pending}));
    QCOMPARE(locked.status, 200);
    after = a.bill(pending);
    QVERIFY(after.value(QStringLiteral("locked")).toBool());
    QCOMPARE(text(after, "lockedBy"), QStringLiteral("sandbox-service-user"));
    QVERIFY(!a.listedIds(QStringLiteral("locked=false")).contains(pending));
    // The totals are untouched by either.
    const QJsonObject before = approved.object()
                                   .value(QStringLiteral("bills"))
                                   .toArray()
                                   .at(0)
                                   .toObject()
                                   .value(QStringLiteral("before"))
                                   .toObject();
    QCOMPARE(after.value(QStringLiteral("billTotal")), before.value(QStringLiteral("billTotal")));
}

void TestSandboxAdmin::allOrNothing() {
    Admin a;
    QVERIFY(a.start());
    SandboxStore &store = a.server->store();
    const QString approved = a.newest(1, approvedUnlocked).value(0);
    const QString pending =
        a.newest(1, [](const BillRecord &b) { return b.status == BillRecord::Pending; }).value(0);
    const HttpResult r = a.post(QStringLiteral("lock"), Admin::ids({approved, pending}));
    QCOMPARE(r.status, 409);
    QVERIFY2(r.message().contains(pending), qPrintable(r.message()));
    QVERIFY(!store.bill(store.billPosition(approved)).locked);

    const HttpResult tooMany = a.post(QStringLiteral("approve"), Admin::count(store.billCount()));
    QCOMPARE(tooMany.status, 409);
    QVERIFY(!a.bill(pending).isEmpty());
    QCOMPARE(text(a.bill(pending), "status"), QStringLiteral("PENDING"));
    QCOMPARE(a.post(QStringLiteral("remove"),
                    Admin::ids({approved, QStringLiteral("0b0e1c2d-0000-4000-8000-000000000000")}))
                 .status,
             404);
    QCOMPARE(store.billCount(), 120);
}

void TestSandboxAdmin::lockedBillsAreFinal() {
    Admin a;
    QVERIFY(a.start());
    const QString locked = a.newest(1, [](const BillRecord &b) { return b.locked; }).value(0);
    QVERIFY(!locked.isEmpty());
    for (const char *operation : {"recalculate", "approve", "lock", "remove"}) {
        const HttpResult r = a.post(QLatin1String(operation), Admin::ids({locked}));
        QCOMPARE(r.status, 409);
        QVERIFY2(r.message().contains(QLatin1String("locked")), qPrintable(r.message()));
    }
    // A count never picks one, even when it asks for every bill that is not locked.
    const int unlocked = int(a.newest(1000, [](const BillRecord &b) { return !b.locked; }).size());
    const HttpResult r = a.post(QStringLiteral("recalculate"), Admin::count(unlocked));
    QCOMPARE(r.status, 200);
    QVERIFY(!r.object().value(QStringLiteral("billIds")).toArray().contains(locked));
}

void TestSandboxAdmin::addMakesNewBillsOfOneBillRun() {
    Admin a;
    QVERIFY(a.start());
    const QStringList before = a.listedIds();
    QSet<QString> invoiceNumbers;
    for (const QJsonObject &b :
         a.client->listAll(QStringLiteral("/bills"), QUrlQuery(QStringLiteral("pageSize=100"))))
        invoiceNumbers.insert(text(b, "sequentialInvoiceNumber"));

    const HttpResult r = a.post(QStringLiteral("add"), Admin::count(3));
    QCOMPARE(r.status, 200);
    const QJsonArray changes = r.object().value(QStringLiteral("bills")).toArray();
    QCOMPARE(changes.size(), 3);
    QSet<QString> billJobs;
    const QDate thisMonth(a.server->store().referenceDate().year(),
                          a.server->store().referenceDate().month(), 1);
    for (const QJsonValue &v : changes) {
        const QJsonObject change = v.toObject();
        QVERIFY(change.value(QStringLiteral("before")).isNull());
        const QJsonObject bill = change.value(QStringLiteral("after")).toObject();
        const QString id = text(bill, "id");
        QVERIFY(!before.contains(id));
        QCOMPARE(a.bill(id), bill);
        QCOMPARE(text(bill, "status"), QStringLiteral("PENDING"));
        QCOMPARE(text(bill, "billingFrequency"), QStringLiteral("MONTHLY"));
        QCOMPARE(text(bill, "billDate"), thisMonth.toString(Qt::ISODate));
        QVERIFY(bill.value(QStringLiteral("billTotal")).toDouble() != 0);
        QVERIFY(!invoiceNumbers.contains(text(bill, "sequentialInvoiceNumber")));
        invoiceNumbers.insert(text(bill, "sequentialInvoiceNumber"));
        billJobs.insert(text(bill, "billJobId"));
        QVERIFY(!a.client->listAll(QStringLiteral("/bills/%1/lineitems").arg(id), {}).isEmpty());
    }
    QCOMPARE(billJobs.size(), 1);
    QCOMPARE(a.listedIds(QStringLiteral("billJobId=") + *billJobs.begin()).size(), 3);

    // Listed in API order (billDate, then id) among the others.
    const QList<QJsonObject> all =
        a.client->listAll(QStringLiteral("/bills"), QUrlQuery(QStringLiteral("pageSize=100")));
    QCOMPARE(all.size(), 123);
    for (int i = 1; i < all.size(); ++i) {
        const QString d0 = text(all.at(i - 1), "billDate");
        const QString d1 = text(all.at(i), "billDate");
        QVERIFY(d0 < d1 || (d0 == d1 && text(all.at(i - 1), "id") < text(all.at(i), "id")));
    }
}

void TestSandboxAdmin::removeTakesBillsAndTheirJobs() {
    Admin a;
    QVERIFY(a.start());
    SandboxStore &store = a.server->store();
    int first = 10; // two neighbours that can be removed
    while (store.bill(first).locked || store.bill(first + 1).locked)
        ++first;
    const QString gone = store.billId(first);
    const QString stays = store.billId(first + 1);
    QString goneJob;
    QString staysJob;
    for (const QString &id : {gone, stays}) {
        const HttpResult job = a.client->postJson(QStringLiteral("/statementjobs"),
                                                  QJsonObject{{QStringLiteral("billId"), id}});
        QCOMPARE(job.status, 200);
        (id == gone ? goneJob : staysJob) = text(job.object(), "id");
    }

    const HttpResult r = a.post(QStringLiteral("remove"), Admin::ids({gone}));
    QCOMPARE(r.status, 200);
    QVERIFY(r.object()
                .value(QStringLiteral("bills"))
                .toArray()
                .at(0)
                .toObject()
                .value(QStringLiteral("after"))
                .isNull());
    QCOMPARE(a.client->get(QStringLiteral("/bills/") + gone).status, 404);
    QCOMPARE(a.client->get(QStringLiteral("/statementjobs/") + goneJob).status, 404);
    QCOMPARE(a.listedIds().size(), 119);
    QVERIFY(!a.listedIds().contains(gone));
    // The other job still names its bill, whose position moved.
    const HttpResult kept = a.client->get(QStringLiteral("/statementjobs/") + staysJob);
    QCOMPARE(kept.status, 200);
    QCOMPARE(text(kept.object(), "billId"), stays);
    QCOMPARE(a.client->get(QStringLiteral("/bills/%1/statement/json").arg(stays)).status, 200);
}

void TestSandboxAdmin::statementJobsOfTheOldNumbersAreStale() {
    Admin a;
    QVERIFY(a.start());
    const QString id = a.newest(1, [](const BillRecord &b) {
                            return !b.locked && !b.jsonStatementGenerated;
                        }).value(0);
    const HttpResult first = a.client->postJson(QStringLiteral("/statementjobs"),
                                                QJsonObject{{QStringLiteral("billId"), id}});
    QCOMPARE(first.status, 200);
    const QString firstJob = text(first.object(), "id");
    QCOMPARE(text(a.client->get(QStringLiteral("/statementjobs/") + firstJob).object(),
                  "jsonStatementStatus"),
             QStringLiteral("LATEST"));
    // The recalculation must come after the job by the clock.
    const qint64 created = QDateTime::currentMSecsSinceEpoch();
    QTRY_VERIFY(QDateTime::currentMSecsSinceEpoch() > created + 1);

    QCOMPARE(a.post(QStringLiteral("recalculate"), Admin::ids({id})).status, 200);
    QVERIFY(a.bill(id).value(QStringLiteral("statementStale")).toBool());
    QCOMPARE(text(a.client->get(QStringLiteral("/statementjobs/") + firstJob).object(),
                  "jsonStatementStatus"),
             QStringLiteral("STALE"));

    // A statement made after the recalculation matches the bill again.
    const HttpResult second = a.client->postJson(QStringLiteral("/statementjobs"),
                                                 QJsonObject{{QStringLiteral("billId"), id}});
    QCOMPARE(
        text(
            a.client->get(QStringLiteral("/statementjobs/") + text(second.object(), "id")).object(),
            "jsonStatementStatus"),
        QStringLiteral("LATEST"));
    QVERIFY(!a.bill(id).value(QStringLiteral("statementStale")).toBool());
}

void TestSandboxAdmin::badRequests_data() {
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("org");
    QTest::addColumn<int>("status");

    QTest::newRow("unknown operation") << "frobnicate" << QByteArray(R"({"count":1})") << "" << 404;
    QTest::newRow("other organization") << "approve" << QByteArray(R"({"count":1})")
                                        << "00000000-0000-4000-8000-000000000000" << 404;
    QTest::newRow("no body") << "approve" << QByteArray() << "" << 400;
    QTest::newRow("not an object") << "approve" << QByteArray("[1]") << "" << 400;
    QTest::newRow("neither") << "approve" << QByteArray("{}") << "" << 400;
    QTest::newRow("both") << "approve" << QByteArray(R"({"count":1,"billIds":["x"]})") << "" << 400;
    QTest::newRow("count zero") << "approve" << QByteArray(R"({"count":0})") << "" << 400;
    QTest::newRow("count fraction") << "approve" << QByteArray(R"({"count":1.5})") << "" << 400;
    QTest::newRow("count text") << "approve" << QByteArray(R"({"count":"2"})") << "" << 400;
    QTest::newRow("count huge") << "add" << QByteArray(R"({"count":100001})") << "" << 400;
    QTest::newRow("empty ids") << "approve" << QByteArray(R"({"billIds":[]})") << "" << 400;
    QTest::newRow("id not text") << "approve" << QByteArray(R"({"billIds":[1]})") << "" << 400;
    QTest::newRow("bad status") << "approve" << QByteArray(R"({"count":1,"status":"LOCKED"})") << ""
                                << 400;
    QTest::newRow("status with ids")
        << "approve" << QByteArray(R"({"billIds":["x"],"status":"PENDING"})") << "" << 400;
    QTest::newRow("add by id") << "add" << QByteArray(R"({"billIds":["x"]})") << "" << 400;
    QTest::newRow("unknown id") << "approve" << QByteArray(R"({"billIds":["x"]})") << "" << 404;
}

void TestSandboxAdmin::badRequests() {
    QFETCH(QString, operation);
    QFETCH(QByteArray, body);
    QFETCH(QString, org);
    QFETCH(int, status);
    Admin a;
    QVERIFY(a.start());
    const HttpResult r =
        a.client->send("POST", a.url(operation, org), body, {{"Content-Type", "application/json"}});
    QCOMPARE(r.status, status);
    QVERIFY(r.isJson());
    QVERIFY(!r.message().isEmpty());
    QCOMPARE(a.server->store().billCount(), 120);
    QCOMPARE(a.server->store().addedBillCount(), quint64(0));
}

QTEST_GUILESS_MAIN(TestSandboxAdmin)
#include "tst_sandbox_admin.moc"
