// Every fault the sandbox injects, on every endpoint the client uses, once transient (the next
// two requests) and once persistent (until cleared), through the real classes over loopback:
// ApiClient, BillTableModel + ApiBillPageSource, BillDetailCache, ListLineItemsRequest and
// StatementQueue. A cell passes when it ends correct, or with a clear error after which one
// retry (the user's action: Retry, selecting the bill again, Retry downloads, generating the
// failed bills again) succeeds once the fault is gone; nothing is lost on the way and no bill
// ever gets a second statement job.
#include "StatementSandbox.h"
#include "api/ListLineItemsRequest.h"
#include "models/ApiBillPageSource.h"
#include "models/BillDetailCache.h"
#include "models/BillTableModel.h"
#include "sandbox/FaultInjector.h"
#include "sandbox/FaultSpec.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>

using namespace m3ter;
using namespace m3ter::test;
using sandbox::FaultSpec;

namespace {

// Short enough for a quick matrix, long enough not to trip on a loaded machine.
constexpr int kTransferTimeoutMs = 450;
constexpr int kDelayMs = 100;
constexpr int kTransientCount = 2;
constexpr int kWaitMs = 30000;

enum class Endpoint {
    Token,
    BillsList,
    BillGet,
    LineItems,
    StatementBatch,
    JobGet,
    JobList,
    Download,
    DownloadLink,
};

struct EndpointInfo {
    Endpoint endpoint;
    const char *route;
};

const EndpointInfo kEndpoints[] = {
    {Endpoint::Token, "token"},
    {Endpoint::BillsList, "bills.list"},
    {Endpoint::BillGet, "bills.get"},
    {Endpoint::LineItems, "lineitems.list"},
    {Endpoint::StatementBatch, "statementjobs.batch"},
    {Endpoint::JobGet, "statementjobs.get"},
    {Endpoint::JobList, "statementjobs.list"},
    {Endpoint::Download, "download"},
    {Endpoint::DownloadLink, "statement.get"},
};

FaultSpec fault(const QString &kind, int count) {
    if (kind == QLatin1String("delay"))
        return FaultSpec::delay(kDelayMs, count);
    if (kind == QLatin1String("429+Retry-After"))
        return FaultSpec::tooManyRequests(1, count);
    if (kind == QLatin1String("429"))
        return FaultSpec::tooManyRequests(-1, count);
    if (kind == QLatin1String("reset"))
        return FaultSpec::reset(count);
    if (kind == QLatin1String("stall"))
        return FaultSpec::stall(count);
    if (kind == QLatin1String("malformed"))
        return FaultSpec::malformedJson(count);
    if (kind == QLatin1String("truncated"))
        return FaultSpec::truncatedBody(count);
    return FaultSpec::httpStatus(kind.toInt(), count);
}

const QStringList kFaultKinds{
    QStringLiteral("delay"),     QStringLiteral("429+Retry-After"),
    QStringLiteral("429"),       QStringLiteral("500"),
    QStringLiteral("503"),       QStringLiteral("reset"),
    QStringLiteral("stall"),     QStringLiteral("malformed"),
    QStringLiteral("truncated"),
};

// What one attempt through the real class came to.
struct Outcome {
    bool finished = false; // false: timed out
    bool correct = false;
    QString error; // the error the user would see (empty when correct)
};

sandbox::SandboxConfig matrixConfig() {
    sandbox::SandboxConfig c = StatementSandbox::config(0.08);
    c.accounts = 3;
    c.bills = 24;
    return c;
}

} // namespace

class TestFaultMatrix : public QObject {
    Q_OBJECT

private slots:
    // One test function per endpoint (ctest runs them as separate tests, in parallel), one row
    // per fault kind and duration.
    void token_data() { rows(); }
    void token() { cell(Endpoint::Token); }
    void billsList_data() { rows(); }
    void billsList() { cell(Endpoint::BillsList); }
    void billGet_data() { rows(); }
    void billGet() { cell(Endpoint::BillGet); }
    void lineItems_data() { rows(); }
    void lineItems() { cell(Endpoint::LineItems); }
    void statementBatch_data() { rows(); }
    void statementBatch() { cell(Endpoint::StatementBatch); }
    void jobGet_data() { rows(); }
    void jobGet() { cell(Endpoint::JobGet); }
    void jobList_data() { rows(); }
    void jobList() { cell(Endpoint::JobList); }
    void download_data() { rows(); }
    void download() { cell(Endpoint::Download); }
    void downloadLink_data() { rows(); }
    void downloadLink() { cell(Endpoint::DownloadLink); }

private:
    static void rows() {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("persistent");
        for (const QString &kind : kFaultKinds) {
            for (bool persistent : {false, true}) {
                QTest::addRow("%s %s", qPrintable(kind), persistent ? "persistent" : "transient")
                    << kind << persistent;
            }
        }
    }

    void cell(Endpoint endpoint) {
        QFETCH(QString, kind);
        QFETCH(bool, persistent);
        const EndpointInfo &info = kEndpoints[int(endpoint)];
        QCOMPARE(info.endpoint, endpoint);

        StatementSandbox sb;
        QVERIFY(sb.start(matrixConfig()));
        RetryPolicy fast;
        fast.setBaseDelay(std::chrono::milliseconds(10));
        fast.setJitter(false);
        // Retry-After: 1 is honoured, but shortened: what matters here is that it ends well.
        fast.setMaxServerDelay(std::chrono::milliseconds(200));
        sb.client->setRetryPolicy(fast);
        sb.client->setTransferTimeout(std::chrono::milliseconds(kTransferTimeoutMs));
        sb.server->faults().add(QString::fromLatin1(info.route),
                                fault(kind, persistent ? -1 : kTransientCount));

        switch (endpoint) {
        case Endpoint::Token:
        case Endpoint::BillsList:
            billsListCell(sb);
            break;
        case Endpoint::BillGet:
            billGetCell(sb);
            break;
        case Endpoint::LineItems:
            lineItemsCell(sb);
            break;
        case Endpoint::StatementBatch:
        case Endpoint::JobGet:
        case Endpoint::JobList:
        case Endpoint::Download:
            statementsCell(sb, endpoint, persistent);
            break;
        case Endpoint::DownloadLink:
            existingStatementsCell(sb);
            break;
        }
    }

    // Ends the cell: a correct first outcome, or a clear error and then a correct retry.
    static void judge(StatementSandbox &sb, const Outcome &first,
                      const std::function<Outcome()> &retry) {
        QVERIFY2(first.finished, "no outcome: neither a result nor an error");
        if (first.correct)
            return;
        QVERIFY2(!first.error.trimmed().isEmpty(), "failed without an error to show");
        sb.server->faults().clear();
        const Outcome second = retry();
        QVERIFY2(second.finished && second.correct,
                 qPrintable(QStringLiteral("the retry after \"%1\" did not recover: %2")
                                .arg(first.error, second.error)));
    }

    void billsListCell(StatementSandbox &sb) {
        ApiBillPageSource source(sb.client.get());
        BillTableModel model(&source);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSet<QString> expected;
        for (int i = 0; i < sb.server->store().billCount(); ++i)
            expected.insert(sb.server->store().billId(i));
        const auto outcome = [&] {
            Outcome o;
            o.finished = QTest::qWaitFor(
                [&] {
                    return model.loadState() == BillTableModel::LoadState::Error ||
                           model.isComplete();
                },
                kWaitMs);
            o.error = model.errorText();
            QSet<QString> ids;
            for (int r = 0; r < model.rowCount(); ++r)
                ids.insert(model.billAt(r).id);
            o.correct =
                model.isComplete() && model.rowCount() == expected.size() && ids == expected;
            return o;
        };
        model.setFilter(BillFilter());
        judge(sb, outcome(), [&] {
            model.retry();
            return outcome();
        });
    }

    void billGetCell(StatementSandbox &sb) {
        BillDetailCache cache(sb.client.get());
        const int pos = 3;
        const QString id = sb.server->store().billId(pos);
        const int expectedItems = int(sb.server->store().lineItems(pos).size());
        QSignalSpy ready(&cache, &BillDetailCache::billReady);
        QSignalSpy failed(&cache, &BillDetailCache::billFailed);
        const auto outcome = [&] {
            Outcome o;
            o.finished =
                QTest::qWaitFor([&] { return !ready.isEmpty() || !failed.isEmpty(); }, kWaitMs);
            if (!ready.isEmpty()) {
                const Bill bill = ready.first().at(1).value<Bill>();
                o.correct = bill.id == id && bill.lineItems.size() == expectedItems;
            } else if (!failed.isEmpty()) {
                o.error = failed.first().at(1).value<ApiError>().userText();
            }
            ready.clear();
            failed.clear();
            return o;
        };
        cache.request(id);
        judge(sb, outcome(), [&] {
            cache.request(id); // selecting the bill again
            return outcome();
        });
    }

    void lineItemsCell(StatementSandbox &sb) {
        const int pos = 5;
        const QString id = sb.server->store().billId(pos);
        const int expected = int(sb.server->store().lineItems(pos).size());
        const auto outcome = [&] {
            Outcome o;
            int items = 0;
            QString token;
            do {
                ListLineItemsRequest request(sb.client.get(), id, token);
                request.start();
                if (!QTest::qWaitFor([&] { return request.isFinished(); }, kWaitMs))
                    return o;
                if (!request.ok()) {
                    o.finished = true;
                    o.error = request.error().userText();
                    return o;
                }
                items += int(request.result().items.size());
                token = request.result().hasMore() ? request.result().nextToken : QString();
            } while (!token.isEmpty());
            o.finished = true;
            o.correct = items == expected;
            return o;
        };
        judge(sb, outcome(), outcome);
    }

    // submit() three bills (JSON + CSV); a failed bill is generated again, a failed download
    // retried. Polling faults are worked around by the queue itself once they clear.
    void statementsCell(StatementSandbox &sb, Endpoint endpoint, bool persistent) {
        auto queue = sb.makeQueue();
        queue->setSubmitRetryDelayMs(20);
        queue->setDownloadRetryDelayMs(20);
        queue->setPollIntervals(std::chrono::milliseconds(30), std::chrono::milliseconds(150));
        if (endpoint == Endpoint::JobList)
            queue->setIndividualPollLimit(0); // the active list, not job by job
        QSignalSpy warnings(queue.get(), &StatementQueue::warning);
        const QList<StatementRequestItem> items = sb.items(3);
        queue->submit(items, true);

        const bool pollingRoute = endpoint == Endpoint::JobGet || endpoint == Endpoint::JobList;
        if (persistent && pollingRoute) {
            // Polling never gives up on its own; the user sees the warning until the fault
            // goes, then the queue finishes by itself.
            QVERIFY(
                QTest::qWaitFor([&] { return !warnings.isEmpty() || queue->isIdle(); }, kWaitMs));
            if (!queue->isIdle())
                QVERIFY(!warnings.first().at(0).toString().trimmed().isEmpty());
            sb.server->faults().clear();
        }
        QVERIFY(waitIdle(*queue, kWaitMs));
        checkNoDuplicateJobs(sb, items);

        QList<StatementRequestItem> failedBills;
        bool failedDownloads = false;
        for (const StatementEntry &e : queue->entries()) {
            if (e.isSuccess())
                continue;
            QVERIFY2(!e.error.text().trimmed().isEmpty(), "an entry failed without an error");
            if (e.stage == StatementEntry::Stage::DownloadFailed)
                failedDownloads = true;
            else if (e.stage == StatementEntry::Stage::SubmitFailed)
                failedBills.append(e.item);
            else
                QFAIL(qPrintable(QStringLiteral("entry ended %1: %2")
                                     .arg(StatementEntry::stageLabel(e.stage), e.error.text())));
        }
        if (failedDownloads || !failedBills.isEmpty()) {
            sb.server->faults().clear();
            if (failedDownloads)
                queue->retryDownloads();
            if (!failedBills.isEmpty())
                queue->submit(failedBills, true);
            QVERIFY(waitIdle(*queue, kWaitMs));
        }
        checkNoDuplicateJobs(sb, items);
        checkEverythingDownloaded(sb, *queue, items, true);
    }

    // downloadExisting(): GET …/bills/{id}/statement/json|csv links for statements that exist, then
    // the downloads.
    void existingStatementsCell(StatementSandbox &sb) {
        const QList<StatementRequestItem> items = sb.items(2);
        for (int pos : {0, 1}) {
            sb.server->store().bill(pos).jsonStatementGenerated = true;
            sb.server->store().bill(pos).csvStatementGenerated = true;
        }
        auto queue = sb.makeQueue();
        queue->setDownloadRetryDelayMs(20);
        queue->downloadExisting(items, true);
        QVERIFY(waitIdle(*queue, kWaitMs));
        bool failed = false;
        for (const StatementEntry &e : queue->entries()) {
            if (e.isSuccess())
                continue;
            QCOMPARE(e.stage, StatementEntry::Stage::DownloadFailed);
            QVERIFY2(!e.error.text().trimmed().isEmpty(), "a download failed without an error");
            failed = true;
        }
        if (failed) {
            sb.server->faults().clear();
            queue->retryDownloads();
            QVERIFY(waitIdle(*queue, kWaitMs));
        }
        checkEverythingDownloaded(sb, *queue, items, true);
        QCOMPARE(sb.server->store().jobCount(), 0);
    }

    static void checkNoDuplicateJobs(StatementSandbox &sb,
                                     const QList<StatementRequestItem> &items) {
        for (const StatementRequestItem &item : items)
            QVERIFY2(sb.jobsForBill(item.billId) <= 1,
                     qPrintable(
                         QStringLiteral("%1 jobs for one bill").arg(sb.jobsForBill(item.billId))));
    }

    // Every bill has a Downloaded entry, its files are the server's bytes, nothing else is there.
    static void checkEverythingDownloaded(StatementSandbox &sb, const StatementQueue &queue,
                                          const QList<StatementRequestItem> &items,
                                          bool includeCsv) {
        QStringList expectedFiles;
        for (const StatementRequestItem &item : items) {
            const QList<StatementEntry> entries = queue.entries();
            QVERIFY2(std::any_of(entries.cbegin(), entries.cend(),
                                 [&](const StatementEntry &e) {
                                     return e.item.billId == item.billId && e.isSuccess();
                                 }),
                     qPrintable(item.billId));
            QList<StatementFormat> formats{StatementFormat::Json};
            if (includeCsv)
                formats.append(StatementFormat::Csv);
            for (StatementFormat format : formats) {
                const QString path = sb.expectedPath(item, format);
                QVERIFY2(StatementSandbox::readFile(path) == sb.expectedBytes(item.billId, format),
                         qPrintable(path));
                expectedFiles.append(QDir(sb.root()).relativeFilePath(path));
            }
        }
        expectedFiles.sort();
        QCOMPARE(StatementSandbox::allFiles(sb.root()), expectedFiles);
    }
};

QTEST_GUILESS_MAIN(TestFaultMatrix)
#include "tst_faultmatrix.moc"
