// BillTableModel + ApiBillPageSource + ApiClient against the real sandbox over loopback HTTP.
#include "api/ApiClient.h"
#include "api/TokenProvider.h"
#include "models/ApiBillPageSource.h"
#include "models/BillTableModel.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxStore.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

Q_DECLARE_METATYPE(m3ter::BillFilter)

using namespace m3ter;
using namespace m3ter::sandbox;

namespace {

struct Stack {
    // withTester=false leaves the model alone, like a view that is not scrolled: the model then
    // fetches only the pages asked for (the tester fetches eagerly).
    explicit Stack(SandboxConfig config, bool withTester = true)
        : server(config)
        , attachTester(withTester) {}

    bool start() {
        if (!server.start())
            return false;
        ApiConnection connection;
        connection.baseUrl = server.baseUrl();
        connection.orgId = server.config().orgId;
        connection.clientId = server.config().clientId;
        connection.clientSecret = server.config().clientSecret;
        client = std::make_unique<ApiClient>(connection);
        RetryPolicy fast = client->retryPolicy();
        fast.setBaseDelay(std::chrono::milliseconds(20));
        client->setRetryPolicy(fast);
        source = std::make_unique<ApiBillPageSource>(client.get());
        model = std::make_unique<BillTableModel>(source.get());
        if (attachTester) {
            tester = std::make_unique<QAbstractItemModelTester>(
                model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        }
        return true;
    }

    // Loads every page of `filter`; false on error or time-out.
    bool loadAll(const BillFilter &filter, int timeoutMs = 30000) {
        QSignalSpy finished(model.get(), &BillTableModel::loadAllFinished);
        model->setFilter(filter);
        model->loadAll();
        if (finished.isEmpty() && !finished.wait(timeoutMs))
            return false;
        return finished.last().at(0).toBool();
    }

    QStringList loadedIds() const {
        QStringList ids;
        for (int r = 0; r < model->rowCount(); ++r)
            ids << model->billAt(r).id;
        return ids;
    }

    SandboxServer server;
    bool attachTester;
    std::unique_ptr<ApiClient> client;
    std::unique_ptr<ApiBillPageSource> source;
    std::unique_ptr<BillTableModel> model;
    std::unique_ptr<QAbstractItemModelTester> tester;
};

SandboxConfig smallConfig(int bills) {
    SandboxConfig config;
    config.seed = 7;
    config.accounts = 25;
    config.bills = bills;
    config.rateLimitPerSecond = 0;
    return config;
}

QStringList sorted(QStringList list) {
    list.sort();
    return list;
}

} // namespace

class TestBillTableSandbox : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        stack = std::make_unique<Stack>(smallConfig(600));
        QVERIFY(stack->start());
    }
    void cleanupTestCase() { stack.reset(); }

    void eachFilterReturnsExactlyTheMatchingBills_data() {
        QTest::addColumn<BillFilter>("filter");
        SandboxStore &store = stack->server.store();
        QVERIFY(store.billCount() > 100);
        const QString someId = store.billId(10);
        const QString otherId = store.billId(400);
        const QString accountId = store.accounts().at(3).id.toString(QUuid::WithoutBraces);
        const QString billJobId = store.billJobId(42);

        const QJsonObject probe = store.bills(true, true).at(42);
        const QDate probeDate =
            QDate::fromString(probe.value(QStringLiteral("billDate")).toString(), Qt::ISODate);
        const QString probeFrequency = probe.value(QStringLiteral("billingFrequency")).toString();
        const QDate extDate = QDate::fromString(
            probe.value(QStringLiteral("externalInvoiceDate")).toString(), Qt::ISODate);

        BillFilter f;
        QTest::newRow("no filter") << f;
        f = {};
        f.status = QStringLiteral("PENDING");
        QTest::newRow("status PENDING") << f;
        f = {};
        f.status = QStringLiteral("APPROVED");
        QTest::newRow("status APPROVED") << f;
        f = {};
        f.locked = BillFilter::Locked::Exclude;
        QTest::newRow("locked bills left out") << f;
        f = {};
        f.locked = BillFilter::Locked::Include;
        QTest::newRow("locked bills included") << f;
        f = {};
        f.accountId = accountId;
        QTest::newRow("account") << f;
        f = {};
        f.billDate = probeDate;
        QTest::newRow("exact bill date") << f;
        f.billingFrequency = probeFrequency;
        QTest::newRow("exact bill date + frequency") << f;
        f = {};
        f.billDateStart = probeDate.addMonths(-2);
        f.billDateEnd = probeDate;
        QTest::newRow("bill date range") << f;
        f = {};
        f.externalInvoiceDateStart = extDate.addMonths(-1);
        f.externalInvoiceDateEnd = extDate.addDays(1);
        QTest::newRow("external invoice date range") << f;
        f = {};
        f.ids =
            QStringList{someId, otherId, QStringLiteral("00000000-0000-0000-0000-000000000000")};
        QTest::newRow("ids") << f;
        f = {};
        f.billJobId = billJobId;
        QTest::newRow("bill job id") << f;
        f = {};
        f.status = QStringLiteral("APPROVED");
        f.locked = BillFilter::Locked::Exclude;
        f.accountId = accountId;
        f.billDateStart = probeDate.addYears(-1);
        f.billDateEnd = probeDate.addDays(1);
        QTest::newRow("combined") << f;
    }

    void eachFilterReturnsExactlyTheMatchingBills() {
        QFETCH(BillFilter, filter);
        QString error;
        const QStringList expected =
            stack->server.store().matchingBillIds(filter.toQuery().toString(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(stack->loadAll(filter));
        const QStringList loaded = stack->loadedIds();
        QCOMPARE(QSet<QString>(loaded.begin(), loaded.end()).size(), loaded.size()); // no dupes
        QCOMPARE(sorted(loaded), sorted(expected));
        QVERIFY(stack->model->isComplete());
    }

    void pagesOverOneThousandBillsWithoutGapsOrDuplicates() {
        Stack big(smallConfig(1250));
        QVERIFY(big.start());
        // Page as a scrolling view would: one fetchMore after each page.
        QSignalSpy loaded(big.model.get(), &BillTableModel::rowsLoaded);
        big.model->setFilter(BillFilter());
        int guard = 0;
        while (!big.model->isComplete() && guard++ < 100) {
            QTRY_VERIFY_WITH_TIMEOUT(big.model->loadState() != BillTableModel::LoadState::Loading,
                                     10000);
            QCOMPARE(big.model->loadState(), BillTableModel::LoadState::Idle);
            if (big.model->canFetchMore({}))
                big.model->fetchMore({});
        }
        const QStringList ids = big.loadedIds();
        QCOMPARE(ids.size(), 1250);
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), 1250);
        QCOMPARE(big.server.requestLog().count(QStringLiteral("bills.list")), 13);
    }

    void tokenExpiryMidPagingIsInvisible() {
        SandboxConfig config = smallConfig(450);
        config.tokenLifetimeSeconds = 2;
        Stack stack2(config, false);
        QVERIFY(stack2.start());
        stack2.model->setFilter(BillFilter());
        QTRY_COMPARE_WITH_TIMEOUT(stack2.model->rowCount(), 100, 10000);
        // The 2 s token is now past its refresh margin: the next page needs a new one.
        QTRY_VERIFY_WITH_TIMEOUT(stack2.client->tokenProvider()->validToken().isEmpty(), 10000);
        QSignalSpy finished(stack2.model.get(), &BillTableModel::loadAllFinished);
        stack2.model->loadAll(); // continues from page 2 with the expired token
        QVERIFY(finished.wait(15000));
        QCOMPARE(finished.last().at(0).toBool(), true);
        QCOMPARE(stack2.model->rowCount(), 450);
        QCOMPARE(stack2.model->loadState(), BillTableModel::LoadState::Idle);
        QVERIFY(stack2.server.requestLog().count(QStringLiteral("token")) >= 2);
    }

    void throttlingAndOutagesAreRetriedAndTheTableFills() {
        Stack stack2(smallConfig(350));
        QVERIFY(stack2.start());
        stack2.server.faults().add(QStringLiteral("bills.list"), FaultSpec::tooManyRequests(1, 1));
        stack2.server.faults().add(QStringLiteral("bills.list"), FaultSpec::httpStatus(503, 1));
        QVERIFY(stack2.loadAll(BillFilter()));
        QCOMPARE(stack2.model->rowCount(), 350);
        const auto entries = stack2.server.requestLog().entries();
        int throttled = 0;
        int unavailable = 0;
        for (const RequestLogEntry &entry : entries) {
            throttled += entry.status == 429;
            unavailable += entry.status == 503;
        }
        QCOMPARE(throttled, 1);
        QCOMPARE(unavailable, 1);
    }

    void malformedPageIsAnErrorWithRetry() {
        Stack stack2(smallConfig(150));
        QVERIFY(stack2.start());
        stack2.server.faults().add(QStringLiteral("bills.list"), FaultSpec::malformedJson(1));
        stack2.model->setFilter(BillFilter());
        QTRY_COMPARE_WITH_TIMEOUT(stack2.model->loadState(), BillTableModel::LoadState::Error,
                                  10000);
        QCOMPARE(stack2.model->rowCount(), 0);
        QVERIFY(!stack2.model->errorText().isEmpty());
        stack2.model->retry();
        QTRY_VERIFY_WITH_TIMEOUT(stack2.model->isComplete(), 10000);
        QCOMPARE(stack2.model->rowCount(), 150);
    }

    void invalidFilterIsRefusedBeforeAnythingIsSent_data() {
        QTest::addColumn<BillFilter>("filter");
        // As restored from the settings of an older version or a hand-edited file: the filter
        // bar never produced these, so nothing but the request itself checks them.
        QTest::newRow("empty bill date range (settings)") << BillFilter::fromVariantMap(
            {{QStringLiteral("billDateStart"), QStringLiteral("2024-03-01")},
             {QStringLiteral("billDateEnd"), QStringLiteral("2024-02-01")}});
        BillFilter f;
        f.billingFrequency = QStringLiteral("MONTHLY");
        QTest::newRow("frequency without bill date") << f;
        f = {};
        f.status = QStringLiteral("DRAFT");
        QTest::newRow("unknown status") << f;
        f = {};
        f.ids = QStringList{QStringLiteral("a,b")};
        QTest::newRow("id with a comma") << f;
    }

    void invalidFilterIsRefusedBeforeAnythingIsSent() {
        QFETCH(BillFilter, filter);
        const std::optional<QString> reason = filter.validationError();
        QVERIFY2(reason.has_value(), "the filter should be invalid");
        const QString list = QStringLiteral("bills.list");
        const int listsBefore = stack->server.requestLog().count(list);

        stack->model->setFilter(filter);
        QTRY_COMPARE_WITH_TIMEOUT(stack->model->loadState(), BillTableModel::LoadState::Error,
                                  10000);
        // The table's inline notice shows the filter's own explanation, not a server's 400.
        QCOMPARE(stack->model->errorText(), *reason);
        QCOMPARE(stack->model->rowCount(), 0);
        stack->model->retry();
        QTRY_COMPARE_WITH_TIMEOUT(stack->model->loadState(), BillTableModel::LoadState::Error,
                                  10000);
        QCOMPARE(stack->server.requestLog().count(list), listsBefore);
    }

private:
    std::unique_ptr<Stack> stack;
};

QTEST_GUILESS_MAIN(TestBillTableSandbox)
#include "tst_billtable_sandbox.moc"
