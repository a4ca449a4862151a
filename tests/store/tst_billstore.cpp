#include "StoreFixtures.h"
#include "StoreSync.h"
#include "store/BillRowCodec.h"
#include "store/BillStore.h"
#include "store/StoreFile.h"
#include "store/StoreSchema.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace m3ter;
using StoreFixtures::row;

namespace {

QVector<BillRow> rows(int from, int to, const QString &status = QStringLiteral("PENDING")) {
    QVector<BillRow> list;
    for (int n = from; n < to; ++n)
        list.append(row(n, status));
    return list;
}

QStringList ids(const StoredFilter &stored) {
    QStringList list;
    for (const BillRow &r : stored.rows)
        list.append(r.id.toString());
    return list;
}

QStringList ids(const QVector<BillRow> &list) {
    QStringList result;
    for (const BillRow &r : list)
        result.append(r.id.toString());
    return result;
}

} // namespace

class TestBillStore : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    void refresh(BillStore &store, const QString &key, const QVector<QVector<BillRow>> &pages) {
        const quint64 id = store.beginRefresh(key);
        int order = 0;
        for (const QVector<BillRow> &page : pages) {
            store.writePage(key, id, order, page);
            order += int(page.size());
        }
        QSignalSpy completed(&store, &BillStore::refreshCompleted);
        store.completeRefresh(key, id);
        QVERIFY(completed.wait(10000));
        QCOMPARE(completed.first().first().toString(), key);
        QCOMPARE(completed.first().at(2).toInt() >= 0, true);
    }

    QSet<QString> search(BillStore &store, const QString &text) {
        return StoreSync::wait<QSet<QString>>(
            [&](QObject *context, auto done) { store.search(text, QString(), context, done); });
    }

private slots:
    void init() {
        m_path = StoreFile::pathFor(m_dir.path(), QStringLiteral("org"),
                                    QString::fromLatin1(QTest::currentTestFunction()));
    }

    void aRefreshedFilterRoundTripsExactlyInTheApiOrder() {
        QVector<BillRow> first = rows(0, 100);
        QVector<BillRow> second = rows(100, 150);
        second[3].hasTotal = false;
        second[3].total = Decimal();
        second[4].id = BillId::fromString(QStringLiteral("Not-A-Uuid"));
        second[5].total = *Decimal::fromString(u"0.000000000000000001");
        const QString key = BillStore::filterKey(BillFilter{});
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        {
            BillStore store;
            QVERIFY(StoreSync::open(store, m_path));
            QVERIFY(store.isOpen());
            refresh(store, key, {first, second});
        }
        BillStore reopened; // a new run
        QVERIFY(StoreSync::open(reopened, m_path));
        const StoredFilter stored = StoreSync::readFilter(reopened, key);
        const QVector<BillRow> expected = first + second;
        QCOMPARE(stored.rows.size(), expected.size());
        for (int i = 0; i < expected.size(); ++i) {
            QVERIFY2(StoreFixtures::sameRow(stored.rows[i], expected[i]),
                     qPrintable(QString::number(i)));
            QCOMPARE(stored.rows[i].apiOrder, i);
        }
        QCOMPARE(stored.rows[105].total.toString(), QStringLiteral("0.000000000000000001"));
        const StoredFilter head = StoreSync::wait<StoredFilter>(
            [&](QObject *context, auto done) { reopened.readFilter(key, context, done, 20); });
        QCOMPARE(head.rows.size(), 20);
        QVERIFY(StoreFixtures::sameRow(head.rows[19], expected[19]));
        QCOMPARE(head.asOf, stored.asOf);
        QVERIFY(stored.asOf >= before);
        QVERIFY(stored.asOf <= QDateTime::currentDateTimeUtc());
    }

    void aLargeFilterIsReadInOrder() {
        // More rows than one decoding slice, so several are decoded at once and joined.
        BillStore store;
        QVERIFY(StoreSync::open(store, m_path));
        QVector<QVector<BillRow>> pages;
        for (int first = 0; first < 3000; first += 500)
            pages.append(rows(first, first + 500));
        refresh(store, QStringLiteral("k"), pages);
        const StoredFilter stored = StoreSync::readFilter(store, QStringLiteral("k"));
        QCOMPARE(stored.rows.size(), 3000);
        for (int i = 0; i < 3000; ++i) {
            QVERIFY2(StoreFixtures::sameRow(stored.rows[i], row(i)),
                     qPrintable(QString::number(i)));
            QCOMPARE(stored.rows[i].apiOrder, i);
        }
    }

    void filtersAreKeptApartAndAFilterNeverStoredIsEmpty() {
        BillStore store;
        QVERIFY(StoreSync::open(store, m_path));
        BillFilter pending;
        pending.status = QStringLiteral("PENDING");
        BillFilter approved;
        approved.status = QStringLiteral("APPROVED");
        QVERIFY(BillStore::filterKey(pending) != BillStore::filterKey(approved));
        refresh(store, BillStore::filterKey(pending), {rows(0, 3)});
        refresh(store, BillStore::filterKey(approved), {rows(2, 6, QStringLiteral("APPROVED"))});
        QCOMPARE(StoreSync::readFilter(store, BillStore::filterKey(pending)).rows.size(), 3);
        QCOMPARE(StoreSync::readFilter(store, BillStore::filterKey(approved)).rows.size(), 4);
        const StoredFilter never = StoreSync::readFilter(store, QStringLiteral("locked=true"));
        QVERIFY(never.rows.isEmpty());
        QVERIFY(!never.asOf.isValid());
    }

    void onlyACompletedRefreshRemovesTheBillsItNoLongerReturned() {
        BillStore store;
        QVERIFY(StoreSync::open(store, m_path));
        const QString key = QStringLiteral("k");
        refresh(store, key, {rows(0, 5)});
        refresh(store, QStringLiteral("other"), {rows(4, 5)});
        const QDateTime firstAsOf = StoreSync::readFilter(store, key).asOf;

        const quint64 id = store.beginRefresh(key);
        store.writePage(key, id, 0, rows(0, 3, QStringLiteral("APPROVED")));
        StoredFilter partial = StoreSync::readFilter(store, key);
        QCOMPARE(partial.rows.size(), 5); // pages written, nothing removed yet
        QCOMPARE(partial.rows[0].status, QStringLiteral("APPROVED"));
        QCOMPARE(partial.asOf, firstAsOf);

        QSignalSpy completed(&store, &BillStore::refreshCompleted);
        store.completeRefresh(key, id);
        QVERIFY(completed.wait(10000));
        const StoredFilter complete = StoreSync::readFilter(store, key);
        QCOMPARE(ids(complete), ids(rows(0, 3)));
        QVERIFY(complete.asOf >= firstAsOf);
        // Bill 4 left this filter but another filter still holds it.
        QCOMPARE(ids(StoreSync::readFilter(store, QStringLiteral("other"))), ids(rows(4, 5)));
    }

    void aLaterRefreshOfTheSameFilterSupersedesAnEarlierOne() {
        BillStore store;
        QVERIFY(StoreSync::open(store, m_path));
        const QString key = QStringLiteral("k");
        const quint64 older = store.beginRefresh(key);
        const quint64 newer = store.beginRefresh(key);
        QVERIFY(older != newer);
        store.writePage(key, newer, 0, rows(0, 2));
        store.writePage(key, older, 0, rows(10, 12));
        store.completeRefresh(key, older); // ignored: not the filter's current refresh
        QCOMPARE(ids(StoreSync::readFilter(store, key)), ids(rows(0, 2)));
        QVERIFY(!StoreSync::readFilter(store, key).asOf.isValid());
    }

    void aPageThatFailsHalfwayLeavesTheStoredPageIntact() {
        BillStore store;
        QVERIFY(StoreSync::open(store, m_path));
        const QString key = QStringLiteral("k");
        refresh(store, key, {rows(0, 3)});

        QVector<BillRow> broken = rows(0, 3, QStringLiteral("APPROVED"));
        broken[2].id = BillId(); // the transaction fails at this row, after two were written
        QSignalSpy failed(&store, &BillStore::writeFailed);
        const quint64 id = store.beginRefresh(key);
        store.writePage(key, id, 0, broken);
        QVERIFY(failed.wait(10000));
        const StoredFilter stored = StoreSync::readFilter(store, key);
        QCOMPARE(stored.rows.size(), 3);
        for (int i = 0; i < 3; ++i)
            QVERIFY(StoreFixtures::sameRow(stored.rows[i], row(i)));
    }

    void detailsAccountsAndStatementFilesAreKept() {
        const QByteArray detail =
            R"({"id":"b1","purchaseOrderNumber":"PO-9","lineItems":[{"description":"Storage"},{"description":"Compute"}]})";
        Account account;
        account.id = QStringLiteral("acc-1");
        account.code = QStringLiteral("ACME");
        account.name = QStringLiteral("Acme Corp");
        account.purchaseOrderNumber = QStringLiteral("PO-1");
        {
            BillStore store;
            QVERIFY(StoreSync::open(store, m_path));
            store.storeBillDetail(QStringLiteral("b1"), detail);
            store.storeAccounts({account});
            store.storeStatementFile(QStringLiteral("b1"), QStringLiteral("JSON"),
                                     QStringLiteral("/home/u/statements/b1.json"));
        }
        BillStore store;
        QVERIFY(StoreSync::open(store, m_path));
        const QByteArray json = StoreSync::wait<QByteArray>(
            [&](QObject *c, auto done) { store.readBillDetail(QStringLiteral("b1"), c, done); });
        QCOMPARE(json, detail);
        const QVector<Account> accounts = StoreSync::wait<QVector<Account>>(
            [&](QObject *c, auto done) { store.readAccounts(c, done); });
        QCOMPARE(accounts.size(), 1);
        QCOMPARE(accounts[0].name, QStringLiteral("Acme Corp"));
        QCOMPARE(accounts[0].purchaseOrderNumber, QStringLiteral("PO-1"));
        const QVector<StoredStatementFile> files =
            StoreSync::wait<QVector<StoredStatementFile>>([&](QObject *c, auto done) {
                store.readStatementFiles(QStringLiteral("b1"), c, done);
            });
        QCOMPARE(files.size(), 1);
        QCOMPARE(files[0].kind, QStringLiteral("JSON"));
        QCOMPARE(files[0].path, QStringLiteral("/home/u/statements/b1.json"));
    }

    void aStoreThatCannotBeOpenedIgnoresCallsAndReadsEmpty() {
        QTemporaryDir dir;
        const QString blocker = dir.filePath(QStringLiteral("file"));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly)); // a file where the folder should be
        file.close();
        BillStore store;
        QVERIFY(!StoreSync::open(store, blocker + QStringLiteral("/stores/x.sqlite")));
        QVERIFY(!store.isOpen());
        const quint64 id = store.beginRefresh(QStringLiteral("k"));
        store.writePage(QStringLiteral("k"), id, 0, rows(0, 2));
        QVERIFY(StoreSync::readFilter(store, QStringLiteral("k")).rows.isEmpty());
    }

    void forgettingTheLocalDataRemovesTheFile() {
        BillStore store;
        QVERIFY(StoreSync::open(store, m_path));
        refresh(store, QStringLiteral("k"), {rows(0, 3)});
        store.close();
        QVERIFY(!store.isOpen());
        QVERIFY(StoreSync::readFilter(store, QStringLiteral("k")).rows.isEmpty());
        QVERIFY(StoreFile::remove(m_path));
        QVERIFY(!QFile::exists(m_path));
        QVERIFY(!QFile::exists(m_path + QStringLiteral("-wal")));
        QVERIFY(StoreSync::open(store, m_path)); // a fresh, empty store
        QVERIFY(StoreSync::readFilter(store, QStringLiteral("k")).rows.isEmpty());
    }

    void aCallbackWhoseContextIsGoneIsDropped() {
        BillStore store;
        QVERIFY(StoreSync::open(store, m_path));
        bool called = false;
        auto *context = new QObject;
        store.readFilter(QStringLiteral("k"), context,
                         [&called](const StoredFilter &) { called = true; });
        delete context;
        store.flush();
        QCoreApplication::processEvents();
        QVERIFY(!called);
    }

    void theFileHoldsNoTokenOrSignedLink() {
        {
            BillStore store;
            QVERIFY(StoreSync::open(store, m_path));
            refresh(store, QStringLiteral("k"), {rows(0, 20)});
            store.storeBillDetail(QStringLiteral("b1"), R"({"id":"b1","lineItems":[]})");
            store.storeStatementFile(QStringLiteral("b1"), QStringLiteral("CSV"),
                                     QStringLiteral("b1.csv"));
            store.flush();
        }
        QByteArray bytes;
        for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
            QFile file(m_path + suffix);
            if (file.open(QIODevice::ReadOnly))
                bytes += file.readAll();
        }
        QVERIFY(bytes.size() > 0);
        for (const char *secret : {"Bearer", "access_token", "Signature=", "client_secret"})
            QVERIFY2(!bytes.contains(secret), secret);
    }

    // Migration 5 gives bills a number of their own and refers to it from filter_bills: a store
    // written by the version before keeps its filters in order, its search and its changes, and
    // the next refresh compares with and removes from what it held.
    void aVersion3StoreKeepsFiltersSearchAndChangesThroughMigration() {
        {
            const QString name = QStringLiteral("v3");
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(m_path);
            QVERIFY(QDir().mkpath(QFileInfo(m_path).absolutePath()));
            QVERIFY(db.open());
            QSqlQuery query(db);
            for (const StoreSchema::Migration &migration : StoreSchema::migrations()) {
                if (migration.version > 3)
                    break;
                for (const QString &statement : migration.statements)
                    QVERIFY2(query.exec(statement), qPrintable(statement));
            }
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 3")));
            // Written in an order unlike the filters' so the bills' numbers are not their order.
            for (int n : {3, 1, 2}) {
                query.prepare(QStringLiteral("INSERT INTO bills VALUES (?, ?, ?, 0)"));
                query.addBindValue(row(n).id.toString());
                query.addBindValue(row(n).accountId);
                query.addBindValue(QString::fromUtf8(BillRowCodec::encode(row(n))));
                QVERIFY(query.exec());
            }
            const auto member = [&](const QString &key, int n, int order) {
                query.prepare(QStringLiteral("INSERT INTO filter_bills VALUES (?, ?, ?, 7)"));
                query.addBindValue(key);
                query.addBindValue(row(n).id.toString());
                query.addBindValue(order);
                return query.exec();
            };
            QVERIFY(member(QStringLiteral("bills?"), 1, 0) &&
                    member(QStringLiteral("bills?"), 2, 1) &&
                    member(QStringLiteral("bills?"), 3, 2) && member(QStringLiteral("j"), 3, 0));
            QVERIFY(query.exec(
                QStringLiteral("INSERT INTO filters VALUES ('bills?', 1000), ('j', 1000)")));
            QVERIFY(query.exec(
                QStringLiteral("INSERT INTO changes (kind, bill_id, filter_key, detected_at)"
                               " VALUES ('status', 'earlier', 'bills?', 500)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v3"));

        BillStore store;
        QVERIFY(StoreSync::open(store, m_path));
        const StoredFilter all = StoreSync::readFilter(store, QStringLiteral("bills?"));
        QCOMPARE(ids(all), ids(rows(1, 4)));
        QVERIFY(all.asOf.isValid());
        QCOMPARE(ids(StoreSync::readFilter(store, QStringLiteral("j"))), ids(rows(3, 4)));
        QCOMPARE(search(store, QStringLiteral("INV-000002")), QSet<QString>{row(2).id.toString()});
        const int earlier =
            int(StoreSync::wait<QVector<BillChange>>([&](QObject *context, auto done) {
                    store.readChanges(true, context, done);
                }).size());
        QCOMPARE(earlier, 1);

        // Bill 2 is gone (no other filter holds it) and bill 3 was approved.
        QSignalSpy completed(&store, &BillStore::refreshCompleted);
        refresh(store, QStringLiteral("bills?"),
                {QVector<BillRow>{row(1), row(3, QStringLiteral("APPROVED"))}});
        QCOMPARE(completed.first().at(2).toInt(), 2); // bill 2 removed, bill 3's status
        QCOMPARE(StoreSync::wait<QVector<BillChange>>([&](QObject *context, auto done) {
                     store.readChanges(true, context, done);
                 }).size(),
                 earlier + 2);
        QCOMPARE(ids(StoreSync::readFilter(store, QStringLiteral("bills?"))),
                 QStringList({row(1).id.toString(), row(3).id.toString()}));
        QVERIFY(search(store, QStringLiteral("INV-000002")).isEmpty());
        QCOMPARE(search(store, QStringLiteral("INV-000003")), QSet<QString>{row(3).id.toString()});
        QCOMPARE(StoreSync::readFilter(store, QStringLiteral("j")).rows.first().status,
                 QStringLiteral("APPROVED"));
    }
};

QTEST_GUILESS_MAIN(TestBillStore)
#include "tst_billstore.moc"
