// StatementJobPoller against the real sandbox: where final states come from (list pages, not one
// GET …/statementjobs/{id} per job), how a long history of finished jobs is cut short, and that
// stuck jobs are given up instead of being polled forever.
#include "StatementSandbox.h"
#include "statements/StatementJobPoller.h"

#include <QDateTime>
#include <QSignalSpy>

using namespace m3ter;
using namespace m3ter::test;
using namespace std::chrono_literals;

namespace {

sandbox::SandboxConfig pollerConfig(double jobSeconds) {
    sandbox::SandboxConfig c = StatementSandbox::config(jobSeconds);
    c.bills = 300;
    c.rateLimitPerSecond = 0;
    return c;
}

// Jobs created straight in the sandbox's store (as another client would), one per bill from
// `first`; returns their ids.
QStringList addJobs(StatementSandbox &sb, int count, int first = 0) {
    QStringList ids;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int i = 0; i < count; ++i) {
        const auto &job = sb.server->store().addJob((first + i) % sb.server->store().billCount(),
                                                    true, false, {}, now);
        ids.append(job.id.toString(QUuid::WithoutBraces));
    }
    return ids;
}

int listRequests(const StatementSandbox &sb, const char *selector) {
    return sb.server->requestLog().countIf([selector](const sandbox::RequestLogEntry &e) {
        return e.route == QLatin1String("statementjobs.list") &&
               e.query.contains(QLatin1String(selector));
    });
}

struct Follow {
    QHash<QString, StatementJob> last; // job id -> last state reported
};

std::unique_ptr<StatementJobPoller> makePoller(StatementSandbox &sb, Follow *follow) {
    auto poller = std::make_unique<StatementJobPoller>(sb.client.get());
    poller->setIntervals(50ms, 300ms);
    QObject::connect(poller.get(), &StatementJobPoller::jobUpdated,
                     [follow](const StatementJob &job) { follow->last.insert(job.id, job); });
    return poller;
}

bool allStatus(const Follow &follow, const QStringList &ids, const QString &status) {
    return std::all_of(ids.cbegin(), ids.cend(), [&](const QString &id) {
        return follow.last.value(id).statementJobStatus == status;
    });
}

} // namespace

class TestStatementJobPoller : public QObject {
    Q_OBJECT

private slots:
    // 250 jobs that finish together: their final states and links come from the COMPLETE list
    // (3 pages), not from 250 GET …/statementjobs/{id} requests.
    void finishedJobsComeFromListPages() {
        StatementSandbox sb;
        QVERIFY(sb.start(pollerConfig(0.4)));
        const QStringList ids = addJobs(sb, 250);
        Follow follow;
        auto poller = makePoller(sb, &follow);
        for (const QString &id : ids)
            poller->track(id);
        QVERIFY(QTest::qWaitFor([&] { return poller->tracked().isEmpty(); }, 15000));
        QVERIFY(allStatus(follow, ids, QStringLiteral("COMPLETE")));
        for (const QString &id : ids) {
            QVERIFY(follow.last.value(id).presignedJsonStatementUrl.isValid());
            QVERIFY(follow.last.value(id).presignedCsvStatementUrl.isValid());
        }
        QCOMPARE(sb.requests(QStringLiteral("statementjobs.get")), 0);
        QVERIFY(listRequests(sb, "status=COMPLETE") >= 3);
        QCOMPARE(listRequests(sb, "status=FAILED"), 0); // all found in the COMPLETE list
        QCOMPARE(listRequests(sb, "status=CANCELLED"), 0);
        QCOMPARE(poller->singleRequestsSent(), 0);
        QCOMPARE(poller->requestsSent(), sb.requests(QStringLiteral("statementjobs.list")));
        // A few rounds of 3 active pages, and 3 COMPLETE pages: far below one request per job.
        QVERIFY2(poller->requestsSent() < 40, qPrintable(QString::number(poller->requestsSent())));
    }

    // Jobs missing from the COMPLETE list are looked for in the FAILED list; CANCELLED is not
    // read once nothing is left to find.
    void failedJobsComeFromTheFailedList() {
        StatementSandbox sb;
        QVERIFY(sb.start(pollerConfig(0.4)));
        const QStringList ids = addJobs(sb, 120);
        for (int i = 0; i < 120; i += 2)
            sb.server->store().job(i).willFail = true;
        Follow follow;
        auto poller = makePoller(sb, &follow);
        for (const QString &id : ids)
            poller->track(id);
        QVERIFY(QTest::qWaitFor([&] { return poller->tracked().isEmpty(); }, 15000));
        for (int i = 0; i < 120; ++i)
            QCOMPARE(follow.last.value(ids[i]).statementJobStatus,
                     i % 2 == 0 ? QStringLiteral("FAILED") : QStringLiteral("COMPLETE"));
        QCOMPARE(sb.requests(QStringLiteral("statementjobs.get")), 0);
        QVERIFY(listRequests(sb, "status=FAILED") >= 1);
        QCOMPARE(listRequests(sb, "status=CANCELLED"), 0);
    }

    // The organization already has 3,000 finished jobs, listed before ours: reading the whole
    // COMPLETE list (31 pages) for 20 jobs would cost more than asking for them one by one, so
    // the list is cut short and the 20 are fetched with GET …/statementjobs/{id}.
    void longHistoryIsCutShort() {
        StatementSandbox sb;
        QVERIFY(sb.start(pollerConfig(0.4)));
        addJobs(sb, 3000);
        for (int i = 0; i < 3000; ++i) {
            auto &job = sb.server->store().job(i);
            job.createdMs -= 3600000;
            job.runningAtMs -= 3600000;
            job.finishedAtMs -= 3600000;
        }
        const QStringList ids = addJobs(sb, 20);
        Follow follow;
        auto poller = makePoller(sb, &follow);
        for (const QString &id : ids)
            poller->track(id);
        QVERIFY(QTest::qWaitFor([&] { return poller->tracked().isEmpty(); }, 15000));
        QVERIFY(allStatus(follow, ids, QStringLiteral("COMPLETE")));
        // At most 10 pages (half of 20) per round in which they were looked for, then
        // GET …/statementjobs/{id}.
        QVERIFY2(listRequests(sb, "status=COMPLETE") <= 20,
                 qPrintable(QString::number(listRequests(sb, "status=COMPLETE"))));
        QCOMPARE(listRequests(sb, "status=FAILED"), 0);
        QVERIFY(sb.requests(QStringLiteral("statementjobs.get")) >= 1);
        QVERIFY(sb.requests(QStringLiteral("statementjobs.get")) <= 20);
    }

    // Jobs that never finish are dropped after giveUpAfter(), with their last state, and then
    // nothing more is asked about them.
    void stuckJobsAreGivenUp() {
        StatementSandbox sb;
        QVERIFY(sb.start(pollerConfig(100000)));
        const QStringList ids = addJobs(sb, 6);
        Follow follow;
        auto poller = makePoller(sb, &follow);
        poller->setGiveUpAfter(700ms);
        QSignalSpy gaveUp(poller.get(), &StatementJobPoller::gaveUp);
        for (const QString &id : ids)
            poller->track(id);
        QVERIFY(QTest::qWaitFor([&] { return gaveUp.size() == 6; }, 5000));
        QVERIFY(poller->tracked().isEmpty());
        for (const QList<QVariant> &args : std::as_const(gaveUp)) {
            QVERIFY(ids.contains(args.at(0).toString()));
            const QString status = args.at(1).toString();
            QVERIFY2(status == QLatin1String("PENDING") || status == QLatin1String("RUNNING"),
                     qPrintable(status));
            QVERIFY(args.at(2).toLongLong() >= 700);
        }
        const int sent = poller->requestsSent();
        // Proving that no round follows takes a fixed wait: longer than the longest pause
        // between rounds (maxInterval, 300 ms in makePoller).
        QTest::qWait(400);
        QCOMPARE(poller->requestsSent(), sent); // no longer polled
    }

    // A job that is in no list (here: never known to the server) is asked for with
    // GET …/statementjobs/{id} and reported missing, and polling of the others goes on.
    void unknownJobIsReportedMissing() {
        StatementSandbox sb;
        QVERIFY(sb.start(pollerConfig(0.3)));
        const QStringList ids = addJobs(sb, 8);
        Follow follow;
        auto poller = makePoller(sb, &follow);
        QSignalSpy missing(poller.get(), &StatementJobPoller::jobMissing);
        const QString ghost = QUuid::createUuid().toString(QUuid::WithoutBraces);
        poller->track(ghost);
        for (const QString &id : ids)
            poller->track(id);
        QVERIFY(QTest::qWaitFor([&] { return poller->tracked().isEmpty(); }, 10000));
        QCOMPARE(missing.size(), 1);
        QCOMPARE(missing.first().at(0).toString(), ghost);
        QVERIFY(allStatus(follow, ids, QStringLiteral("COMPLETE")));
    }
};

QTEST_GUILESS_MAIN(TestStatementJobPoller)
#include "tst_statementjobpoller.moc"
