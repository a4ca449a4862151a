#include "StoreFixtures.h"
#include "StoreSync.h"
#include "store/BillRowCodec.h"
#include "store/BillSearch.h"
#include "store/BillStore.h"
#include "store/StoreFile.h"
#include "store/StoreSchema.h"

#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace m3ter;
using StoreFixtures::row;

namespace {

QString idOf(int n) {
    return row(n).id.toString();
}

QSet<QString> idsOf(std::initializer_list<int> numbers) {
    QSet<QString> ids;
    for (int n : numbers)
        ids.insert(idOf(n));
    return ids;
}

} // namespace

class TestBillSearch : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<BillStore> m_store;

    QSet<QString> find(const QString &text, const QString &filterKey = QString()) {
        return StoreSync::wait<QSet<QString>>(
            [&](QObject *context, auto done) { m_store->search(text, filterKey, context, done); });
    }

    void refresh(const QString &key, const QVector<BillRow> &rows) {
        const quint64 id = m_store->beginRefresh(key);
        m_store->writePage(key, id, 0, rows);
        QSignalSpy completed(m_store.get(), &BillStore::refreshCompleted);
        m_store->completeRefresh(key, id);
        QVERIFY(completed.wait(10000));
    }

private slots:
    void init() {
        m_path = StoreFile::pathFor(m_dir.path(), QStringLiteral("org"),
                                    QString::fromLatin1(QTest::currentTestFunction()));
        m_store = std::make_unique<BillStore>();
        QVERIFY(StoreSync::open(*m_store, m_path));
    }
    void cleanup() { m_store.reset(); }

    void debiansSqliteHasFts5() {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("c"));
        db.setDatabaseName(QStringLiteral(":memory:"));
        QVERIFY(db.open());
        QStringList options;
        {
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("PRAGMA compile_options")));
            while (query.next())
                options.append(query.value(0).toString());
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("c"));
        QVERIFY2(options.contains(QStringLiteral("ENABLE_FTS5")), qPrintable(options.join(u' ')));
    }

    void whatIsTypedBecomesRequiredPrefixTerms() {
        QCOMPARE(BillSearch::matchExpression(QStringLiteral("acme INV-00")),
                 QStringLiteral("\"acme\"* \"INV\"* \"00\"*"));
        QCOMPARE(BillSearch::matchExpression(QStringLiteral("\"a\" OR b*")),
                 QStringLiteral("\"a\"* \"OR\"* \"b\"*"));
        QCOMPARE(BillSearch::matchExpression(QStringLiteral(" -/ ")), QString());
    }

    void findsBillsByEveryField() {
        BillRow umlaut = row(5);
        umlaut.accountId = QStringLiteral("acc-m");
        BillRow external = row(4);
        external.externalInvoiceReference = QStringLiteral("SAP/77A");
        refresh(QStringLiteral("all"), {row(3), external, umlaut, row(6)});
        Account account;
        account.id = QStringLiteral("acc-m");
        account.code = QStringLiteral("MUEL");
        account.name = QStringLiteral("Müller GmbH");
        account.purchaseOrderNumber = QStringLiteral("PO-ACCT-1");
        m_store->storeAccounts({account});
        m_store->storeBillDetail(idOf(6), R"({"purchaseOrderNumber":"PO-77","lineItems":[
            {"description":"Cloud Storage","productName":"Archive Tier","productCode":"ARC"},
            {"description":"Compute hours","productName":"Engine"}]})");

        QCOMPARE(find(QStringLiteral("INV-000003")), idsOf({3}));
        QCOMPARE(find(QStringLiteral("inv 000004")), idsOf({4}));
        QCOMPARE(find(QStringLiteral("sap/77")), idsOf({4}));
        QCOMPARE(find(QStringLiteral("code-6")), idsOf({6})); // the row's account code
        QCOMPARE(find(QStringLiteral("muller")), idsOf({5})); // account name, accents ignored
        QCOMPARE(find(QStringLiteral("MUEL")), idsOf({5}));
        QCOMPARE(find(QStringLiteral("po-acct")), idsOf({5}));
        QCOMPARE(find(QStringLiteral("PO-77")), idsOf({6}));
        QCOMPARE(find(QStringLiteral("stor")), idsOf({6}));    // line item, as typed so far
        QCOMPARE(find(QStringLiteral("archive")), idsOf({6})); // product
        QCOMPARE(find(QStringLiteral("00000000-0000-4000-8000-000000000004")), idsOf({4}));
        QCOMPARE(find(QStringLiteral("nothing-like-this")), QSet<QString>());
        QCOMPARE(find(QString()), QSet<QString>());
    }

    void searchFollowsWritesAndFilters() {
        refresh(QStringLiteral("a"), {row(1), row(2)});
        refresh(QStringLiteral("b"), {row(2), row(3)});
        QCOMPARE(find(QStringLiteral("inv")), idsOf({1, 2, 3}));
        QCOMPARE(find(QStringLiteral("inv"), QStringLiteral("b")), idsOf({2, 3}));

        Account account;
        account.id = row(1).accountId;
        account.name = QStringLiteral("Old Name");
        m_store->storeAccounts({account});
        QVERIFY(find(QStringLiteral("old name")).contains(idOf(1)));
        account.name = QStringLiteral("New Name");
        m_store->storeAccounts({account});
        QVERIFY(find(QStringLiteral("old name")).isEmpty());
        QVERIFY(find(QStringLiteral("new name")).contains(idOf(1)));

        BillRow renumbered = row(3);
        renumbered.invoiceNumber = QStringLiteral("ZZ-1");
        refresh(QStringLiteral("b"), {renumbered}); // 2 leaves b (still in a); 3 is rewritten
        QCOMPARE(find(QStringLiteral("zz")), idsOf({3}));
        QCOMPARE(find(QStringLiteral("INV-000003")), QSet<QString>());
        refresh(QStringLiteral("a"), {}); // 1 and 2 leave the store
        QCOMPARE(find(QStringLiteral("inv")), QSet<QString>());
    }

    void billsThatReuseTheRowNumbersOfRemovedOnesAreFoundByTheirOwnIds() {
        refresh(QStringLiteral("a"), {row(1), row(2), row(3)});
        QCOMPARE(find(QStringLiteral("inv")), idsOf({1, 2, 3}));
        refresh(QStringLiteral("a"), {});               // every bill leaves the store
        refresh(QStringLiteral("a"), {row(7), row(8)}); // SQLite gives them rows 1 and 2 again
        QCOMPARE(find(QStringLiteral("inv")), idsOf({7, 8}));
        QCOMPARE(find(QStringLiteral("INV-000007")), idsOf({7}));
    }

    void theLastOfQuickSearchesIsAnswered() {
        refresh(QStringLiteral("a"), {row(11), row(12)});
        QSet<QString> last;
        int answers = 0;
        for (const QString &typed :
             {QStringLiteral("i"), QStringLiteral("in"), QStringLiteral("inv"),
              QStringLiteral("inv-00001"), QStringLiteral("inv-000012")})
            m_store->search(typed, QString(), this, [&](const QSet<QString> &ids) {
                last = ids;
                ++answers;
            });
        m_store->flush();
        QTRY_COMPARE(last, idsOf({12}));
        QVERIFY(answers >= 1);
    }

    void aVersion1StoreIsMigratedAndItsBillsBecomeSearchable() {
        m_store.reset();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
        const QString name = QStringLiteral("v1");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            for (const QString &statement : StoreSchema::migrations().front().statements)
                QVERIFY2(query.exec(statement), qPrintable(statement));
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 1")));
            query.prepare(QStringLiteral("INSERT INTO bills VALUES (?, 'acc', ?, 0)"));
            query.addBindValue(idOf(9));
            query.addBindValue(QString::fromUtf8(BillRowCodec::encode(row(9))));
            QVERIFY(query.exec());
            query.prepare(QStringLiteral("INSERT INTO filter_bills VALUES ('k', ?, 0, 1)"));
            query.addBindValue(idOf(9));
            QVERIFY(query.exec());
            db.close();
        }
        QSqlDatabase::removeDatabase(name);

        m_store = std::make_unique<BillStore>();
        QVERIFY(StoreSync::open(*m_store, path));
        QCOMPARE(find(QStringLiteral("INV-000009")), idsOf({9}));
        QCOMPARE(StoreSync::readFilter(*m_store, QStringLiteral("k")).rows.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestBillSearch)
#include "tst_billsearch.moc"
