// The Changes panel over a real local store, offscreen: the list narrowed by kind and by
// account, Export CSV writing what is listed, Mark bill as reviewed for the selected bills
// beside Mark all as reviewed, and a store opened again empty ("Forget local data").
#include "AppTranslations.h"
#include "bills/ChangesPanel.h"
#include "store/BillStore.h"
#include "store/ChangeFilterModel.h"
#include "store/ChangeListModel.h"
#include "store/StoreFile.h"
#include "store/StoreFixtures.h"
#include "store/StoreSync.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace m3ter;
using Kind = BillChange::Kind;
using StoreFixtures::row;

namespace {

QStringList readLines(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace

class TestChangesPanel : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<BillStore> m_store;
    std::unique_ptr<ChangesPanel> m_panel;

    bool refresh(const QVector<BillRow> &rows) {
        const QString key = QStringLiteral("bills?");
        const quint64 id = m_store->beginRefresh(key);
        m_store->writePage(key, id, 0, rows);
        QSignalSpy completed(m_store.get(), &BillStore::refreshCompleted);
        m_store->completeRefresh(key, id);
        return completed.wait(10000);
    }

    QByteArray detail(const BillRow &bill, const char *subtotal) const {
        return QStringLiteral(R"({"id": "%1", "accountId": "%2", "currency": "USD",
            "lineItems": [{"id": "li-1", "description": "Storage", "subtotal": %3}]})")
            .arg(bill.id.toString(), bill.accountId, QString::fromLatin1(subtotal))
            .toUtf8();
    }

    template <class T>
    T *child(const char *name) const {
        return m_panel->findChild<T *>(QString::fromLatin1(name));
    }

    static void choose(QComboBox *box, const QVariant &data) {
        const int index = box->findData(data);
        QVERIFY2(index > 0, qPrintable(data.toString()));
        box->setCurrentIndex(index);
    }

    int shown() const { return m_panel->view()->model()->rowCount(); }

private slots:
    // English as the app shows it (with its plural forms).
    void initTestCase() {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        installTranslations(QCoreApplication::instance(), QLocale());
    }

    // Bills 1 to 4 (accounts acc-1 to acc-4): 1 and 3 change status, 2 its total, and bill 1,
    // opened twice, a line item's amount.
    void init() {
        m_path = StoreFile::pathFor(m_dir.path(), QStringLiteral("org"),
                                    QString::fromLatin1(QTest::currentTestFunction()));
        m_store = std::make_unique<BillStore>();
        QVERIFY(StoreSync::open(*m_store, m_path));
        QVERIFY(refresh({row(1), row(2), row(3), row(4)}));
        QVERIFY(refresh({row(1, QStringLiteral("APPROVED")),
                         row(2, QStringLiteral("PENDING"), QStringLiteral("120.00")),
                         row(3, QStringLiteral("APPROVED")), row(4)}));
        m_store->storeBillDetail(row(1).id.toString(), detail(row(1), "10.5"));
        QSignalSpy recorded(m_store.get(), &BillStore::detailChangesRecorded);
        m_store->storeBillDetail(row(1).id.toString(), detail(row(1), "12.25"));
        QVERIFY(recorded.wait(10000));

        m_panel = std::make_unique<ChangesPanel>(m_store.get());
        m_panel->resize(900, 400);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
        QTRY_COMPARE(m_panel->model()->rowCount(), 4);
    }

    void cleanup() {
        m_panel.reset();
        m_store.reset();
    }

    void filtersByKindAndAccountAndExportsWhatIsListed() {
        auto *kinds = child<QComboBox>("changeKindFilter");
        auto *accounts = child<QComboBox>("changeAccountFilter");
        QVERIFY(kinds && accounts);
        QCOMPARE(shown(), 4);
        // Every kind is offered; the accounts are those the changes name.
        QCOMPARE(kinds->count(), 1 + int(BillChange::allKinds().size()));
        QCOMPARE(accounts->count(), 1 + 3);
        QVERIFY(accounts->findData(QStringLiteral("acc-4")) < 0); // bill 4 did not change

        choose(kinds, int(Kind::StatusChanged));
        QCOMPARE(shown(), 2);
        auto *summary = child<QLabel>("changesSummary");
        QVERIFY(summary);
        QCOMPARE(summary->text(), QStringLiteral("4 changes since you last looked, 2 shown."));
        choose(accounts, QStringLiteral("acc-1"));
        QCOMPARE(shown(), 1);
        QCOMPARE(m_panel->view()->model()->index(0, 0).data(ChangeListModel::BillIdRole),
                 QVariant(row(1).id.toString()));

        const QString csv = m_dir.filePath(QStringLiteral("status-acc-1.csv"));
        QString error;
        QVERIFY2(m_panel->exportCsv(csv, &error), qPrintable(error));
        QStringList lines = readLines(csv);
        QCOMPARE(lines.size(), 2); // the titles and the one change listed
        QVERIFY2(lines[1].contains(QLatin1String(",status,")), qPrintable(lines[1]));

        // The line-item change of the same bill: its line item, exact amounts, its id.
        choose(kinds, int(Kind::LineItemAmountChanged));
        QCOMPARE(shown(), 1);
        QCOMPARE(m_panel->view()->model()->index(0, ChangeListModel::LineItemColumn).data(),
                 QVariant(QStringLiteral("Storage")));
        QVERIFY2(m_panel->exportCsv(csv, &error), qPrintable(error));
        lines = readLines(csv);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines[0].endsWith(QLatin1String("Line item id")), qPrintable(lines[0]));
        QVERIFY2(lines[1].endsWith(QLatin1String(",lineItemAmount,10.5,12.25,USD,li-1")),
                 qPrintable(lines[1]));

        kinds->setCurrentIndex(0);
        QCOMPARE(shown(), 2);
        accounts->setCurrentIndex(0);
        QCOMPARE(shown(), 4);
        QVERIFY(child<QPushButton>("exportChanges")->isEnabled());
        choose(kinds, int(Kind::Removed)); // nothing of that kind: nothing to export
        QCOMPARE(shown(), 0);
        QVERIFY(!child<QPushButton>("exportChanges")->isEnabled());
    }

    // Mark bill as reviewed takes the selected bill (all its changes) off the list; the others
    // stay, and so does the account chosen while it still has changes. Mark all as reviewed
    // empties the list; the records stay in the store as reviewed.
    void reviewedPerBillAndAll() {
        auto *accounts = child<QComboBox>("changeAccountFilter");
        auto *reviewBill = child<QPushButton>("markBillReviewed");
        auto *reviewAll = child<QPushButton>("markAllReviewed");
        QVERIFY(accounts && reviewBill && reviewAll);
        QVERIFY(!reviewBill->isEnabled()); // nothing selected
        QTableView *view = m_panel->view();

        choose(accounts, QStringLiteral("acc-1"));
        QCOMPARE(shown(), 2); // bill 1: its status and a line item
        view->selectRow(1);
        QVERIFY(reviewBill->isEnabled());
        QTest::mouseClick(reviewBill, Qt::LeftButton);
        QTRY_COMPARE(m_panel->model()->rowCount(), 2);
        for (const BillChange &change : m_panel->model()->changes())
            QVERIFY(change.billId != row(1).id.toString());
        QCOMPARE(accounts->findData(QStringLiteral("acc-1")), -1);
        QCOMPARE(accounts->currentIndex(), 0); // its account has no change left: all shown
        QCOMPARE(shown(), 2);
        QVERIFY(!reviewBill->isEnabled()); // the list was read again: nothing selected

        choose(accounts, QStringLiteral("acc-2"));
        m_store->markReviewed(row(3).id.toString()); // another bill: acc-2 stays chosen
        QTRY_COMPARE(m_panel->model()->rowCount(), 1);
        QCOMPARE(accounts->currentData(), QVariant(QStringLiteral("acc-2")));
        QCOMPARE(shown(), 1);

        QTest::mouseClick(reviewAll, Qt::LeftButton);
        QTRY_COMPARE(m_panel->model()->rowCount(), 0);
        QVERIFY(!reviewAll->isEnabled());
        QCOMPARE(child<QLabel>("changesSummary")->text(),
                 QStringLiteral("Nothing changed since you last looked."));
        QCOMPARE(StoreSync::wait<QVector<BillChange>>([this](QObject *context, auto done) {
                     m_store->readChanges(true, context, done);
                 }).size(),
                 4);
    }

    // "Forget local data" closes the store, deletes its file and opens it again empty: the
    // list follows.
    void aStoreOpenedAgainEmptyEmptiesTheList() {
        m_store->close();
        QVERIFY(StoreFile::remove(m_path));
        QVERIFY(StoreSync::open(*m_store, m_path));
        QTRY_COMPARE(m_panel->model()->rowCount(), 0);
        QCOMPARE(child<QComboBox>("changeAccountFilter")->count(), 1);
    }
};

QTEST_MAIN(TestChangesPanel)
#include "tst_changespanel.moc"
