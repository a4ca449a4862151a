// A Session is one connection's engines without a widget: these tests drive it the way the app
// does (build it from a profile and a secret, use it, destroy it, build the next one) against the
// sandbox over loopback HTTP.
#include "models/AccountDirectory.h"
#include "models/BillDetailCache.h"
#include "models/BillTableModel.h"
#include "session/Session.h"
#include "statements/StatementEntry.h"
#include "statements/StatementQueue.h"
#include "statements/StatementSandbox.h"
#include "store/BillStore.h"
#include "store/StoreSync.h"

#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace m3ter;
using m3ter::test::StatementSandbox;

namespace {

Profile profileFor(const StatementSandbox &sb, const QString &orgId) {
    Profile profile;
    profile.displayName = QStringLiteral("Acme test");
    profile.baseUrl = sb.server->baseUrl();
    profile.orgId = orgId;
    profile.clientId = sb.server->config().clientId;
    return profile;
}

bool allDownloaded(const StatementQueue &queue) {
    const auto entries = queue.entries();
    return !entries.isEmpty() &&
           std::all_of(entries.begin(), entries.end(), [](const StatementEntry &e) {
               return e.stage == StatementEntry::Stage::Downloaded;
           });
}

} // namespace

class TestSession : public QObject {
    Q_OBJECT

private:
    // The files of a Session in the sandbox's temporary folder; statements are filed under the
    // organization id, as StatementSandbox::expectedPath() expects.
    static Session::Options options(const StatementSandbox &sb) {
        Session::Options o;
        o.stateFolder = sb.dir.filePath(QStringLiteral("state"));
        o.statementsFolder = sb.root();
        o.organizationFolder = sb.orgId();
        return o;
    }

    // options() with a local store in the sandbox's folder.
    static Session::Options storeOptions(const StatementSandbox &sb) {
        Session::Options o = options(sb);
        o.keepLocalCopy = true;
        o.storeFolder = sb.dir.path();
        return o;
    }

    static std::unique_ptr<Session> open(const StatementSandbox &sb, const QString &orgId,
                                         bool keepLocalCopy = false) {
        Session::Options o = storeOptions(sb);
        o.keepLocalCopy = keepLocalCopy;
        auto session =
            std::make_unique<Session>(profileFor(sb, orgId), sb.server->config().clientSecret, o);
        session->statements()->setPollIntervals(std::chrono::milliseconds(50),
                                                std::chrono::milliseconds(300));
        session->statements()->setSubmitRetryDelayMs(100);
        return session;
    }

private slots:
    void connectionCarriesTheProfileAndSecret() {
        Profile profile;
        profile.baseUrl = QUrl(QStringLiteral("https://api.example.test"));
        profile.orgId = QStringLiteral("org-1");
        profile.clientId = QStringLiteral("client-1");
        const ApiConnection connection =
            Session::connectionFor(profile, QStringLiteral("secret-1"));
        QCOMPARE(connection.baseUrl, profile.baseUrl);
        QCOMPARE(connection.orgId, profile.orgId);
        QCOMPARE(connection.clientId, profile.clientId);
        QCOMPARE(connection.clientSecret, QStringLiteral("secret-1"));
    }

    void eachOrganizationHasItsOwnQueueFile() {
        const QString a = Session::stateFileFor(QStringLiteral("/data"), QStringLiteral("org-a"));
        const QString b = Session::stateFileFor(QStringLiteral("/data"), QStringLiteral("org-b"));
        QVERIFY(a != b);
        QVERIFY(a.startsWith(QStringLiteral("/data/")));
        // An organization id from the server never leaves the folder.
        const QString odd =
            Session::stateFileFor(QStringLiteral("/data"), QStringLiteral("../../etc/x"));
        QVERIFY2(!odd.mid(6).contains(u'/'), qPrintable(odd));
    }

    void billsLoadThroughTheSession() {
        StatementSandbox sb;
        QVERIFY(sb.start());
        auto session = open(sb, sb.orgId());
        QCOMPARE(session->bills()->rowCount(), 0);
        session->bills()->setFilter(BillFilter());
        QTRY_COMPARE_WITH_TIMEOUT(session->bills()->loadState(), BillTableModel::LoadState::Idle,
                                  10000);
        QCOMPARE(session->bills()->rowCount(), sb.server->config().bills);
        QCOMPARE(session->bills()->errorText(), QString());
    }

    // Closed while its statement jobs are being submitted (the app quit, or the user switched
    // profiles): the next Session of the same organization finishes the work, with one job and
    // one set of files per bill, and the Statement column follows.
    void nextSessionResumesTheStatements() {
        StatementSandbox sb;
        QVERIFY(sb.start());
        const auto items = sb.items(6);
        {
            auto session = open(sb, sb.orgId());
            session->statements()->submit(items, true);
            QVERIFY(QTest::qWaitFor(
                [&] { return sb.requests(QStringLiteral("statementjobs.batch")) >= 1; }, 5000));
        } // the Session tears its engines down by ownership; the queue saves its state

        auto session = open(sb, sb.orgId());
        QSignalSpy columnChanges(session.get(), &Session::statementColumnChanged);
        session->bills()->setFilter(BillFilter());
        QTRY_VERIFY_WITH_TIMEOUT(session->bills()->rowCount() == sb.server->config().bills, 10000);
        QString error;
        QVERIFY2(session->statements()->load(&error), qPrintable(error));
        QCOMPARE(session->statements()->count(), int(items.size()));
        QTRY_VERIFY_WITH_TIMEOUT(allDownloaded(*session->statements()), 20000);

        for (const auto &item : items) {
            QCOMPARE(sb.jobsForBill(item.billId), 1);
            QCOMPARE(StatementSandbox::readFile(sb.expectedPath(item, StatementFormat::Json)),
                     sb.expectedBytes(item.billId, StatementFormat::Json));
            QCOMPARE(StatementSandbox::readFile(sb.expectedPath(item, StatementFormat::Csv)),
                     sb.expectedBytes(item.billId, StatementFormat::Csv));
            const int row = session->bills()->rowOfBill(item.billId);
            QVERIFY(row >= 0);
            QVERIFY(session->bills()->billAt(row).jsonStatementGenerated);
            QVERIFY(session->bills()->billAt(row).csvStatementGenerated);
        }
        QVERIFY(!columnChanges.isEmpty());
    }

    // A Session of another organization never sees (or resumes with its own credentials) the
    // first one's jobs; the first organization's next Session still does.
    void queuesOfTwoOrganizationsStayApart() {
        StatementSandbox sb;
        QVERIFY(sb.start());
        const auto items = sb.items(3);
        {
            auto session = open(sb, sb.orgId());
            session->statements()->submit(items, false);
            QTRY_VERIFY_WITH_TIMEOUT(allDownloaded(*session->statements()), 20000);
        }
        {
            auto other = open(sb, QStringLiteral("another-organization"));
            QVERIFY(other->statements()->load());
            QCOMPARE(other->statements()->count(), 0);
        }
        auto again = open(sb, sb.orgId());
        QVERIFY(again->statements()->load());
        QCOMPARE(again->statements()->count(), int(items.size()));
    }

    // A list read to its end is kept: the next Session of the profile shows it at once, marked
    // with when it was complete, until m3ter's list, merged into it page by page, is complete.
    void storedBillsShowUntilTheFirstPageArrives() {
        StatementSandbox sb;
        QVERIFY(sb.start());
        const int bills = sb.server->config().bills;
        {
            auto session = open(sb, sb.orgId(), true);
            QVERIFY(session->store());
            QSignalSpy completed(session->store(), &BillStore::refreshCompleted);
            session->bills()->setFilter(BillFilter());
            QTRY_VERIFY_WITH_TIMEOUT(session->bills()->isComplete(), 10000);
            QVERIFY(completed.wait(10000) || !completed.isEmpty());
        }

        sb.server->faults().add(QStringLiteral("bills.list"), sandbox::FaultSpec::delay(1500, 1));
        auto session = open(sb, sb.orgId(), true);
        BillTableModel *model = session->bills();
        QSignalSpy stored(model, &BillTableModel::storedRowsChanged);
        model->setFilter(BillFilter());
        QTRY_VERIFY_WITH_TIMEOUT(model->isShowingStoredRows(), 1400);
        QCOMPARE(model->rowCount(), bills);
        QVERIFY(model->storedAsOf().isValid());
        QCOMPARE(model->loadState(), BillTableModel::LoadState::Loading);
        QVERIFY(!model->canFetchMore(QModelIndex()));

        QTRY_VERIFY_WITH_TIMEOUT(!model->isShowingStoredRows(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(model->loadState(), BillTableModel::LoadState::Idle, 10000);
        QCOMPARE(model->rowCount(), bills);
        QCOMPARE(stored.size(), 2); // shown, then merged with the list from m3ter
    }

    // When m3ter cannot be reached the stored bills stay readable, with the error.
    void storedBillsStayWhenTheServerCannotBeReached() {
        StatementSandbox sb;
        QVERIFY(sb.start());
        {
            auto session = open(sb, sb.orgId(), true);
            session->bills()->setFilter(BillFilter());
            QTRY_VERIFY_WITH_TIMEOUT(session->bills()->isComplete(), 10000);
        }
        sb.server->faults().add(QStringLiteral("bills.list"),
                                sandbox::FaultSpec::httpStatus(500, -1));
        auto session = open(sb, sb.orgId(), true);
        RetryPolicy once;
        once.setMaxAttempts(1);
        session->client()->setRetryPolicy(once);
        BillTableModel *model = session->bills();
        model->setFilter(BillFilter());
        QTRY_COMPARE_WITH_TIMEOUT(model->loadState(), BillTableModel::LoadState::Error, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(model->isShowingStoredRows(), 5000);
        QCOMPARE(model->rowCount(), sb.server->config().bills);
        QVERIFY(!model->errorText().isEmpty());
    }

    // A bill opened once stays readable when m3ter cannot be reached: the failure comes first
    // (the pane says so), then the kept copy, with its line items.
    void openedBillsStayReadableOffline() {
        StatementSandbox sb;
        QVERIFY(sb.start());
        const QString billId = sb.server->store().billId(4);
        int lineItems = 0;
        {
            auto session = open(sb, sb.orgId(), true);
            QSignalSpy ready(session->details(), &BillDetailCache::billReady);
            session->details()->request(billId);
            QVERIFY(ready.wait(10000));
            lineItems = int(session->details()->bill(billId)->lineItems.size());
            QVERIFY(lineItems > 0);
            session->store()->flush();
        }
        sb.server->faults().add(QStringLiteral("bills.get"),
                                sandbox::FaultSpec::httpStatus(503, -1));
        auto session = open(sb, sb.orgId(), true);
        RetryPolicy once;
        once.setMaxAttempts(1);
        session->client()->setRetryPolicy(once);
        QSignalSpy failed(session->details(), &BillDetailCache::billFailed);
        QSignalSpy ready(session->details(), &BillDetailCache::billReady);
        QVERIFY(!session->details()->request(billId));
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 5000);
        const Bill *bill = session->details()->bill(billId);
        QVERIFY(bill);
        QCOMPARE(bill->id, billId);
        QCOMPARE(int(bill->lineItems.size()), lineItems);
    }

    // The accounts m3ter sent are kept: when it cannot be reached (nothing listens at its
    // address any more) the directory is filled from the store, and the stored bills show
    // their account names.
    void accountsStayKnownOffline() {
        StatementSandbox sb;
        QVERIFY(sb.start());
        QHash<QString, QString> names;
        {
            auto session = open(sb, sb.orgId(), true);
            QSignalSpy finished(session->accounts(), &AccountDirectory::loadFinished);
            session->accounts()->load();
            QVERIFY(finished.wait(10000));
            QCOMPARE(finished.first().first().toBool(), true);
            for (const AccountDirectory::Entry &entry : session->accounts()->entries())
                names.insert(entry.id, entry.code + u'|' + entry.name);
            QCOMPARE(names.size(), sb.server->config().accounts);
            QSignalSpy completed(session->store(), &BillStore::refreshCompleted);
            session->bills()->setFilter(BillFilter());
            QTRY_VERIFY_WITH_TIMEOUT(session->bills()->isComplete(), 10000);
            QTRY_VERIFY_WITH_TIMEOUT(!completed.isEmpty(), 10000);
        }

        const Profile profile = profileFor(sb, sb.orgId());
        const QString secret = sb.server->config().clientSecret;
        const Session::Options o = storeOptions(sb);
        sb.server.reset(); // m3ter cannot be reached
        sb.client.reset();
        Session session(profile, secret, o);
        RetryPolicy once;
        once.setMaxAttempts(1);
        session.client()->setRetryPolicy(once);
        QSignalSpy finished(session.accounts(), &AccountDirectory::loadFinished);
        session.accounts()->load();
        session.bills()->setFilter(BillFilter());
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().toBool(), false);
        QTRY_COMPARE_WITH_TIMEOUT(int(session.accounts()->entries().size()), int(names.size()),
                                  5000);
        QVERIFY(session.accounts()->isFromStore());
        for (const AccountDirectory::Entry &entry : session.accounts()->entries())
            QCOMPARE(entry.code + u'|' + entry.name, names.value(entry.id));

        BillTableModel *model = session.bills();
        QTRY_VERIFY_WITH_TIMEOUT(model->isShowingStoredRows() && model->rowCount() > 0, 10000);
        const QString accountId = model->billAt(0).accountId;
        QCOMPARE(model->index(0, BillTableModel::AccountNameColumn).data().toString(),
                 names.value(accountId).section(u'|', 1));
    }

    // Every statement file the queue writes is recorded in the store for its bill, by its path
    // (never the link it came from); with m3ter out of reach the next session still lists the
    // downloaded statements (the queue's own state file) and their files are there to open.
    void downloadedStatementsAreKeptAndStayOpenableOffline() {
        StatementSandbox sb;
        QVERIFY(sb.start());
        const auto items = sb.items(3);
        {
            auto session = open(sb, sb.orgId(), true);
            session->statements()->submit(items, true);
            QTRY_VERIFY_WITH_TIMEOUT(allDownloaded(*session->statements()), 20000);
            for (const auto &item : items) {
                const auto files =
                    StoreSync::wait<QVector<StoredStatementFile>>([&](QObject *context, auto done) {
                        session->store()->readStatementFiles(item.billId, context, done);
                    });
                QCOMPARE(files.size(), 2);
                QCOMPARE(files[0].kind, QStringLiteral("CSV")); // ordered by kind
                QCOMPARE(files[0].path, sb.expectedPath(item, StatementFormat::Csv));
                QCOMPARE(files[1].kind, QStringLiteral("JSON"));
                QCOMPARE(files[1].path, sb.expectedPath(item, StatementFormat::Json));
                QVERIFY(files[1].downloadedAt.isValid());
            }
        }

        const Profile profile = profileFor(sb, sb.orgId());
        const QString secret = sb.server->config().clientSecret;
        const Session::Options o = storeOptions(sb);
        QHash<QString, QByteArray> expected;
        for (const auto &item : items)
            expected.insert(item.billId, sb.expectedBytes(item.billId, StatementFormat::Json));
        sb.server.reset(); // m3ter cannot be reached
        sb.client.reset();
        Session session(profile, secret, o);
        QString error;
        QVERIFY2(session.statements()->load(&error), qPrintable(error));
        QCOMPARE(session.statements()->count(), int(items.size()));
        for (const StatementEntry &entry : session.statements()->entries()) {
            QCOMPARE(entry.stage, StatementEntry::Stage::Downloaded);
            QCOMPARE(StatementSandbox::readFile(entry.jsonFile), expected.value(entry.item.billId));
            QVERIFY(QFileInfo::exists(entry.csvFile));
        }
    }

    // Without a local copy nothing is written, and nothing is shown but what m3ter sends.
    void noLocalCopyKeepsNothing() {
        StatementSandbox sb;
        QVERIFY(sb.start());
        auto session = open(sb, sb.orgId(), false);
        QVERIFY(!session->store());
        session->bills()->setFilter(BillFilter());
        QTRY_VERIFY_WITH_TIMEOUT(session->bills()->isComplete(), 10000);
        QVERIFY(!QDir(sb.dir.filePath(QStringLiteral("stores"))).exists());
    }

    // Destroyed while a page of bills is on its way: nothing arrives later into freed engines
    // (under AddressSanitizer a late reply would be a use-after-free).
    void destroyedWhileLoadingLeavesNothingBehind() {
        StatementSandbox sb;
        QVERIFY(sb.start());
        sb.server->faults().add(QStringLiteral("bills.list"), sandbox::FaultSpec::delay(500, -1));
        {
            auto session = open(sb, sb.orgId());
            session->bills()->setFilter(BillFilter());
            QTRY_VERIFY_WITH_TIMEOUT(sb.requests(QStringLiteral("bills.list")) >= 1, 5000);
        }
        // The delayed answer comes and goes with no one to take it.
        QTest::qWait(800); // only silence proves nothing is left to receive it
        sb.server->faults().clear();
        auto next = open(sb, sb.orgId());
        next->bills()->setFilter(BillFilter());
        QTRY_COMPARE_WITH_TIMEOUT(next->bills()->rowCount(), sb.server->config().bills, 10000);
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
