#include "StoreFixtures.h"
#include "StoreSync.h"
#include "store/BillStore.h"
#include "store/StoreFile.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace m3ter;
using Kind = BillChange::Kind;
using StoreFixtures::row;

namespace {

QStringList describe(const QVector<BillChange> &changes) {
    QStringList lines;
    for (const BillChange &c : changes)
        lines.append(BillChange::kindName(c.kind) + QLatin1Char(' ') + c.billId.right(2) +
                     QLatin1Char(' ') + c.oldValue + QStringLiteral("→") + c.newValue);
    return lines;
}

} // namespace

class TestChangeLog : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<BillStore> m_store;
    const QString m_key = QStringLiteral("bills?status=PENDING");

    int refresh(const QVector<BillRow> &rows) {
        const quint64 id = m_store->beginRefresh(m_key);
        m_store->writePage(m_key, id, 0, rows);
        QSignalSpy completed(m_store.get(), &BillStore::refreshCompleted);
        m_store->completeRefresh(m_key, id);
        if (!completed.wait(10000))
            return -1;
        return completed.first().at(2).toInt();
    }

    QVector<BillChange> changes(bool includeReviewed = false) {
        return StoreSync::wait<QVector<BillChange>>([&](QObject *context, auto done) {
            m_store->readChanges(includeReviewed, context, done);
        });
    }

private slots:
    void init() {
        m_path = StoreFile::pathFor(m_dir.path(), QStringLiteral("org"),
                                    QString::fromLatin1(QTest::currentTestFunction()));
        m_store = std::make_unique<BillStore>();
        QVERIFY(StoreSync::open(*m_store, m_path));
    }
    void cleanup() { m_store.reset(); }

    void theFirstRefreshOfAFilterHasNothingToCompare() {
        QCOMPARE(refresh({row(1), row(2)}), 0);
        QVERIFY(changes().isEmpty());
        QCOMPARE(refresh({row(1), row(2)}), 0); // nothing changed
    }

    void aRefreshRecordsEveryKindOfChange() {
        BillRow approved = row(2, QStringLiteral("APPROVED"));
        approved.jsonStatementGenerated = true;
        QCOMPARE(refresh({row(1), approved, row(4), row(5), row(7)}), 0);

        BillRow recalculated = row(2, QStringLiteral("PENDING")); // back to Pending
        recalculated.jsonStatementGenerated = true;
        BillRow locked = row(4);
        locked.locked = !row(4).locked;
        BillRow stale = row(5);
        stale.statementStale = true;
        const QVector<BillRow> next = {row(1, QStringLiteral("PENDING"), QStringLiteral("99.99")),
                                       recalculated, locked, stale, row(6)};
        QSignalSpy completed(m_store.get(), &BillStore::refreshCompleted);
        QCOMPARE(refresh(next), 6);
        const QStringList found = describe(changes());
        QCOMPARE(found, QStringList({
                            QStringLiteral("total 01 100.50→99.99"),
                            QStringLiteral("status 02 APPROVED→PENDING"),
                            QStringLiteral("locked 04 false→true"),
                            QStringLiteral("statementStale 05 false→true"),
                            QStringLiteral("added 06 →100.50"),
                            QStringLiteral("removed 07 100.50→"),
                        }));
        const BillChange total = changes().first();
        QCOMPARE(total.currency, QStringLiteral("USD"));
        QCOMPARE(total.filterKey, m_key);
        QVERIFY(total.detectedAt.isValid());
        QVERIFY(!total.reviewed);
    }

    void anAbandonedRefreshLosesNoChange() {
        QCOMPARE(refresh({row(1), row(2)}), 0);
        const QVector<BillRow> next = {row(1, QStringLiteral("APPROVED")), row(2)};
        const quint64 abandoned = m_store->beginRefresh(m_key);
        m_store->writePage(m_key, abandoned, 0, next); // the app quits before the last page
        m_store.reset();

        m_store = std::make_unique<BillStore>();
        QVERIFY(StoreSync::open(*m_store, m_path));
        QCOMPARE(refresh(next), 1);
        QCOMPARE(describe(changes()), QStringList(QStringLiteral("status 01 PENDING→APPROVED")));
    }

    void reviewingMovesTheBaselinePerBillOrForAll() {
        QCOMPARE(refresh({row(1), row(2), row(3)}), 0);
        QCOMPARE(refresh({row(1, QStringLiteral("APPROVED")), row(2, QStringLiteral("APPROVED")),
                          row(3, QStringLiteral("APPROVED"))}),
                 3);
        QSignalSpy reviewed(m_store.get(), &BillStore::changesReviewed);
        m_store->markReviewed(row(2).id.toString());
        QVERIFY(reviewed.wait(10000));
        QCOMPARE(reviewed.first().first().toInt(), 1);
        QCOMPARE(changes().size(), 2);
        QCOMPARE(changes(true).size(), 3);
        QVERIFY(changes(true).at(1).reviewed);

        m_store->markAllReviewed();
        QVERIFY(reviewed.wait(10000));
        QVERIFY(changes().isEmpty());

        QCOMPARE(refresh({row(1, QStringLiteral("PENDING")), row(2, QStringLiteral("APPROVED")),
                          row(3, QStringLiteral("APPROVED"))}),
                 1);
        QCOMPARE(describe(changes()), QStringList(QStringLiteral("status 01 APPROVED→PENDING")));

        m_store.reset(); // the records and the baseline survive a restart
        m_store = std::make_unique<BillStore>();
        QVERIFY(StoreSync::open(*m_store, m_path));
        QCOMPARE(changes().size(), 1);
        QCOMPARE(changes(true).size(), 4);
    }

    // A bill opened again is compared with the detail stored when it was last opened, by line
    // item; the records say which line item, with exact amounts, and are reviewed with the bill.
    void aBillOpenedAgainRecordsItsLineItemChanges() {
        const QString billId = row(3).id.toString();
        const auto detail = [&billId](const char *lineItems) {
            return QStringLiteral(R"({"id": "%1", "accountId": "acc-3", "currency": "EUR",
                                      "lineItems": %2})")
                .arg(billId, QString::fromLatin1(lineItems))
                .toUtf8();
        };
        QSignalSpy recorded(m_store.get(), &BillStore::detailChangesRecorded);
        QSignalSpy failed(m_store.get(), &BillStore::writeFailed);
        // Opened first without its line items, then with them: nothing to compare yet.
        m_store->storeBillDetail(billId, QStringLiteral(R"({"id": "%1"})").arg(billId).toUtf8());
        m_store->storeBillDetail(
            billId, detail(R"([{"id": "li-1", "description": "Storage", "subtotal": 100.10,
                                "quantity": 5},
                               {"id": "li-2", "description": "Support", "subtotal": 50,
                                "quantity": 1}])"));
        m_store->storeBillDetail( // the same again: nothing changed
            billId, detail(R"([{"id": "li-1", "description": "Storage", "subtotal": 100.1,
                                "quantity": 5},
                               {"id": "li-2", "description": "Support", "subtotal": 50,
                                "quantity": 1}])"));
        m_store->flush();
        QCoreApplication::processEvents();
        QVERIFY(recorded.isEmpty());
        QVERIFY(changes().isEmpty());

        m_store->storeBillDetail(
            billId, detail(R"([{"id": "li-1", "description": "Storage", "subtotal": 12345678.91,
                                "quantity": 5},
                               {"id": "li-3", "description": "Minimum", "subtotal": 7,
                                "quantity": 1}])"));
        QVERIFY(recorded.wait(10000));
        QCOMPARE(recorded.first().at(0).toString(), billId);
        QCOMPARE(recorded.first().at(1).toInt(), 3);
        QVERIFY(failed.isEmpty());
        const QVector<BillChange> found = changes();
        QCOMPARE(describe(found),
                 QStringList({QStringLiteral("lineItemAmount 03 100.1→12345678.91"),
                              QStringLiteral("lineItemAdded 03 →7"),
                              QStringLiteral("lineItemRemoved 03 50→")}));
        QCOMPARE(found[0].lineItemId, QStringLiteral("li-1"));
        QCOMPARE(found[0].lineItem, QStringLiteral("Storage"));
        QCOMPARE(found[0].accountId, QStringLiteral("acc-3"));
        QCOMPARE(found[0].currency, QStringLiteral("EUR"));
        QCOMPARE(found[2].lineItem, QStringLiteral("Support"));
        QCOMPARE(found[0].filterKey, QStringLiteral("bills/") + billId);

        // The stored detail is now the new one: the next comparison starts from it.
        QSignalSpy reviewed(m_store.get(), &BillStore::changesReviewed);
        m_store->markReviewed(billId);
        QVERIFY(reviewed.wait(10000));
        QCOMPARE(reviewed.first().first().toInt(), 3);
        QVERIFY(changes().isEmpty());

        m_store.reset(); // the line item and its description survive a restart
        m_store = std::make_unique<BillStore>();
        QVERIFY(StoreSync::open(*m_store, m_path));
        QCOMPARE(changes(true).at(1).lineItem, QStringLiteral("Minimum"));
    }

    void aSupersededRefreshNeitherCompletesNorRecords() {
        QCOMPARE(refresh({row(1)}), 0);
        const quint64 older = m_store->beginRefresh(m_key);
        m_store->beginRefresh(m_key);
        m_store->writePage(m_key, older, 0, {row(1, QStringLiteral("APPROVED"))});
        QSignalSpy completed(m_store.get(), &BillStore::refreshCompleted);
        m_store->completeRefresh(m_key, older);
        m_store->flush();
        QCoreApplication::processEvents();
        QCOMPARE(completed.size(), 0);
        QVERIFY(changes().isEmpty());
        QCOMPARE(StoreSync::readFilter(*m_store, m_key).rows.first().status,
                 QStringLiteral("PENDING"));
    }
};

QTEST_GUILESS_MAIN(TestChangeLog)
#include "tst_changelog.moc"
