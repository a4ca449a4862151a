// Integration: every typed request class end to end against the real sandbox.

#include "SandboxFixture.h"
#include "api/CancelStatementJobRequest.h"
#include "api/CreateStatementJobBatchRequest.h"
#include "api/GetAccountRequest.h"
#include "api/GetBillRequest.h"
#include "api/GetStatementJobRequest.h"
#include "api/GetStatementUrlRequest.h"
#include "api/ListAccountsRequest.h"
#include "api/ListLineItemsRequest.h"
#include "api/ListStatementJobsRequest.h"
#include "sandbox/RequestLog.h"

#include <QTest>

using namespace m3ter;
using namespace m3ter::test;
using namespace m3ter::sandbox;

class TestSandboxRequests : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        SandboxConfig config;
        config.bills = 150;
        config.accounts = 8;
        config.jobSeconds = 0.4;
        QVERIFY(m_s.start(config));
        ListBillsRequest first(m_s.client.get(), BillFilter());
        first.start();
        QVERIFY(finishes(first));
        QVERIFY2(first.ok(), qPrintable(first.error().toLogString()));
        m_bills = first.result().items;
        QVERIFY(m_bills.size() >= 10);
    }

    void listBillsWithAFilter() {
        BillFilter filter;
        filter.accountId = m_bills.first().accountId;
        const PagedBills paged = pageAllBills(m_s.client.get(), filter);
        QVERIFY2(!paged.error.isError(), qPrintable(paged.error.toLogString()));
        QVERIFY(!paged.bills.isEmpty());
        for (const Bill &b : paged.bills)
            QCOMPARE(b.accountId, filter.accountId);
    }

    void getBill() {
        GetBillRequest request(m_s.client.get(), m_bills.first().id);
        request.start();
        QVERIFY(finishes(request));
        QVERIFY2(request.ok(), qPrintable(request.error().toLogString()));
        QCOMPARE(request.result().id, m_bills.first().id);
        QVERIFY(!request.result().lineItems.isEmpty());
    }

    void unknownBillIsA404WithTheServersMessage() {
        GetBillRequest request(m_s.client.get(),
                               QStringLiteral("00000000-0000-0000-0000-00000000abcd"));
        request.start();
        QVERIFY(finishes(request));
        QCOMPARE(request.error().httpStatus, 404);
        QVERIFY(!request.error().serverMessage.isEmpty());
    }

    void listLineItemsAllPages() {
        int total = 0;
        QString token;
        do {
            ListLineItemsRequest request(m_s.client.get(), m_bills.first().id, token);
            request.start();
            QVERIFY(finishes(request));
            QVERIFY2(request.ok(), qPrintable(request.error().toLogString()));
            total += int(request.result().items.size());
            for (const BillLineItem &item : request.result().items)
                QVERIFY(!item.id.isEmpty());
            token = request.result().hasMore() ? request.result().nextToken : QString();
        } while (!token.isEmpty());
        QVERIFY(total > 0);
    }

    void accounts() {
        ListAccountsRequest all(m_s.client.get());
        all.start();
        QVERIFY(finishes(all));
        QVERIFY2(all.ok(), qPrintable(all.error().toLogString()));
        const QList<Account> accounts = all.result().items;
        QCOMPARE(accounts.size(), 8);

        ListAccountsRequest byIds(m_s.client.get());
        byIds.setIds({accounts.at(0).id, accounts.at(2).id});
        byIds.start();
        QVERIFY(finishes(byIds));
        QCOMPARE(byIds.result().items.size(), 2);

        ListAccountsRequest byCode(m_s.client.get());
        byCode.setCodes({accounts.at(1).code});
        byCode.start();
        QVERIFY(finishes(byCode));
        QCOMPARE(byCode.result().items.size(), 1);
        QCOMPARE(byCode.result().items.first().id, accounts.at(1).id);

        GetAccountRequest one(m_s.client.get(), accounts.at(3).id);
        one.start();
        QVERIFY(finishes(one));
        QVERIFY(one.ok());
        QCOMPARE(one.result().name, accounts.at(3).name);
    }

    void statementJobLifecycleAndUrls() {
        const QStringList billIds{m_bills.at(1).id, m_bills.at(2).id};
        CreateStatementJobBatchRequest create(m_s.client.get(), billIds);
        create.setIncludeCsvFormat(true);
        create.start();
        QVERIFY(finishes(create));
        QVERIFY2(create.ok(), qPrintable(create.error().toLogString()));
        QCOMPARE(create.result().size(), 2);
        const QString jobId = create.result().first().id;

        // Poll as the statement queue will, until the job is done.
        StatementJob job;
        QVERIFY(QTest::qWaitFor(
            [&] {
                GetStatementJobRequest poll(m_s.client.get(), jobId);
                poll.start();
                if (!finishes(poll) || !poll.ok())
                    return false;
                job = poll.result();
                if (!job.isTerminal())
                    QTest::qWait(100);
                return job.isTerminal();
            },
            10000));
        QCOMPARE(job.statementJobStatus, QStringLiteral("COMPLETE"));
        QVERIFY(job.presignedJsonStatementUrl.isValid());

        for (StatementFormat format : {StatementFormat::Json, StatementFormat::Csv}) {
            GetStatementUrlRequest url(m_s.client.get(), job.billId, format);
            url.start();
            QVERIFY(finishes(url));
            QVERIFY2(url.ok(), qPrintable(url.error().toLogString()));
            QCOMPARE(url.result().downloadUrl.port(), m_s.server->downloadBaseUrl().port());
        }

        std::unique_ptr<ListStatementJobsRequest> byBill(
            ListStatementJobsRequest::byBill(m_s.client.get(), billIds.first()));
        byBill->start();
        QVERIFY(finishes(*byBill));
        QVERIFY2(byBill->ok(), qPrintable(byBill->error().toLogString()));
        QVERIFY(!byBill->result().items.isEmpty());
        for (const StatementJob &j : byBill->result().items)
            QCOMPARE(j.billId, billIds.first());

        std::unique_ptr<ListStatementJobsRequest> byStatus(
            ListStatementJobsRequest::byStatus(m_s.client.get(), QStringLiteral("COMPLETE")));
        byStatus->start();
        QVERIFY(finishes(*byStatus));
        QVERIFY2(byStatus->ok(), qPrintable(byStatus->error().toLogString()));
        for (const StatementJob &j : byStatus->result().items)
            QCOMPARE(j.statementJobStatus, QStringLiteral("COMPLETE"));

        std::unique_ptr<ListStatementJobsRequest> active(
            ListStatementJobsRequest::byActive(m_s.client.get(), false));
        active->start();
        QVERIFY(finishes(*active));
        QVERIFY2(active->ok(), qPrintable(active->error().toLogString()));
        QVERIFY(active->result().items.size() >= 2);
    }

    void cancelAPendingJob() {
        CreateStatementJobBatchRequest create(m_s.client.get(), {m_bills.at(3).id});
        create.start();
        QVERIFY(finishes(create));
        QVERIFY(create.ok());
        CancelStatementJobRequest cancel(m_s.client.get(), create.result().first().id);
        cancel.start();
        QVERIFY(finishes(cancel));
        QVERIFY2(cancel.ok(), qPrintable(cancel.error().toLogString()));
        QCOMPARE(cancel.result().statementJobStatus, QStringLiteral("CANCELLED"));

        // Cancelling again: the server's 400 and its words reach the user.
        CancelStatementJobRequest again(m_s.client.get(), create.result().first().id);
        again.start();
        QVERIFY(finishes(again));
        QCOMPARE(again.error().httpStatus, 400);
        QVERIFY(!again.error().serverMessage.isEmpty());
    }

    void batchOfElevenIsRefusedLocally() {
        QStringList ids;
        for (int i = 0; i < 11; ++i)
            ids << m_bills.at(i).id;
        const int before = m_s.logCount(QStringLiteral("statementjobs.batch"));
        CreateStatementJobBatchRequest create(m_s.client.get(), ids);
        create.start();
        QVERIFY(finishes(create));
        QCOMPARE(create.error().kind, ApiError::Kind::Config);
        QCOMPARE(m_s.logCount(QStringLiteral("statementjobs.batch")), before);
    }

    void oneTokenForTheWholeSession() { QCOMPARE(m_s.logCount(QStringLiteral("token")), 1); }

private:
    SandboxFixture m_s;
    QList<Bill> m_bills;
};

QTEST_GUILESS_MAIN(TestSandboxRequests)
#include "tst_sandboxrequests.moc"
