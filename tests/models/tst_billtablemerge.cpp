// BillTableModel reading a list again over the rows on screen (refresh, stored rows of an
// earlier run): rows updated in place, the selection kept, the gone ones removed only when the
// list was read far enough, never a reset. Under QAbstractItemModelTester.
#include "models/BillTableModel.h"
#include "support/FakeBillPageSource.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace m3ter;

namespace {

BillRow bill(int n, const char *total, const char *currency = "EUR") {
    BillRow r;
    r.id = BillId::fromString(
        QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0')));
    r.accountId = QStringLiteral("acc-%1").arg(n % 7);
    r.accountCode = QStringLiteral("A%1").arg(n % 7);
    r.currency = QString::fromLatin1(currency);
    r.status = QStringLiteral("APPROVED");
    r.invoiceNumber = QStringLiteral("INV-%1").arg(n);
    r.total = *Decimal::fromString(QString::fromLatin1(total));
    r.hasTotal = true;
    r.billDate = QDate(2026, 11, 1).addDays(n % 30);
    return r;
}

QVector<BillRow> bills(int first, int count) {
    QVector<BillRow> rows;
    for (int n = first; n < first + count; ++n)
        rows.append(bill(n, "10.00"));
    return rows;
}

BillPage page(const QVector<BillRow> &rows, const char *next = nullptr) {
    BillPage p;
    p.rows = rows;
    p.nextToken = QString::fromLatin1(next);
    return p;
}

QString idAt(const BillTableModel &model, int row) {
    return model.index(row, 0).data(BillTableModel::BillIdRole).toString();
}

QStringList ids(const BillTableModel &model) {
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out << idAt(model, r);
    return out;
}

QStringList ids(const QVector<BillRow> &rows) {
    QStringList out;
    for (const BillRow &r : rows)
        out << r.id.toString();
    return out;
}

} // namespace

class TestBillTableMerge : public QObject {
    Q_OBJECT

private slots:
    void init() {
        source = new FakeBillPageSource;
        model = new BillTableModel(source);
        tester = new QAbstractItemModelTester(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
    void cleanup() {
        delete tester;
        delete model;
        delete source;
    }

    // 250 bills in three pages, refreshed: a total changed on page 1, a bill gone from page 2, a
    // new bill on page 3. The table never resets, keeps all 250 rows while the refresh pages on
    // by itself, and the row selected before still holds its bill afterwards.
    void refreshUpdatesInPlaceAndKeepsTheSelection() {
        QVector<BillRow> all = bills(0, 250);
        loadWhole(all);
        const QPersistentModelIndex selected = model->index(180, 2);
        const QString selectedId = idAt(*model, 180);
        QSignalSpy resets(model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(model, &QAbstractItemModel::dataChanged);

        model->refresh();
        QVERIFY(model->isRefreshing());
        QCOMPARE(model->rowCount(), 250);
        QVERIFY(model->hasEveryRow()); // a whole list stays sortable while it is read again

        QVector<BillRow> fresh = all;
        fresh[3].total = *Decimal::fromString(QStringLiteral("12.34"));
        fresh.remove(150); // gone
        fresh.append(bill(999, "5.00"));
        source->answer(int(source->requests.size()) - 1, page(fresh.mid(0, 100), "t1"));
        QCOMPARE(model->rowCount(), 250);
        QVERIFY(!changed.isEmpty());
        QCOMPARE(model->index(3, BillTableModel::TotalColumn)
                     .data(BillTableModel::AmountTextRole)
                     .toString(),
                 QStringLiteral("12.34"));
        // The model asks for the next page itself; a view scrolling is not needed.
        QCOMPARE(source->requests.last().nextToken, QStringLiteral("t1"));
        source->answer(int(source->requests.size()) - 1, page(fresh.mid(100, 100), "t2"));
        QVERIFY(model->isRefreshing());
        QCOMPARE(source->requests.last().nextToken, QStringLiteral("t2"));
        source->answer(int(source->requests.size()) - 1, page(fresh.mid(200)));

        QVERIFY(!model->isRefreshing());
        QVERIFY(model->isComplete());
        QCOMPARE(resets.count(), 0);
        QCOMPARE(ids(*model), ids(fresh));
        QVERIFY(selected.isValid());
        QCOMPARE(idAt(*model, selected.row()), selectedId);
        QCOMPARE(model->loadedTotals().total(QStringLiteral("EUR")),
                 *Decimal::fromString(QStringLiteral("2497.34"))); // 2500 - 10 (gone) + 2.34 + 5
    }

    // The selected bill is the one that is gone: its row goes, the others stay selected.
    void aGoneBillLeavesTheTable() {
        QVector<BillRow> all = bills(0, 30);
        loadWhole(all);
        const QPersistentModelIndex gone = model->index(10, 0);
        const QPersistentModelIndex kept = model->index(20, 0);
        QSignalSpy removed(model, &QAbstractItemModel::rowsRemoved);
        model->refresh();
        QVector<BillRow> fresh = all;
        fresh.remove(10);
        source->answer(int(source->requests.size()) - 1, page(fresh));
        QCOMPARE(removed.count(), 1);
        QVERIFY(!gone.isValid());
        QCOMPARE(idAt(*model, kept.row()), all.at(20).id.toString());
        QCOMPARE(model->rowCount(), 29);
    }

    // A bill that moved in the list: after the refresh the rows are in the API's order and the
    // selection went with its bill.
    void theListsOrderWinsAndTheSelectionFollows() {
        QVector<BillRow> all = bills(0, 5);
        loadWhole(all);
        const QPersistentModelIndex first = model->index(0, 0);
        model->refresh();
        QVector<BillRow> fresh = {all[1], all[2], all[3], all[4], all[0]};
        source->answer(int(source->requests.size()) - 1, page(fresh));
        QCOMPARE(ids(*model), ids(fresh));
        QCOMPARE(first.row(), 4);
    }

    // A sorted table stays sorted by the same column after a refresh, with the new values.
    void theSortStaysAfterARefresh() {
        QVector<BillRow> all = bills(0, 20);
        loadWhole(all);
        QSignalSpy sorted(model, &BillTableModel::sortChanged);
        model->sort(BillTableModel::TotalColumn, Qt::DescendingOrder);
        QTRY_VERIFY(!sorted.isEmpty());
        sorted.clear();
        model->refresh();
        QVector<BillRow> fresh = all;
        fresh[7].total = *Decimal::fromString(QStringLiteral("99.00"));
        source->answer(int(source->requests.size()) - 1, page(fresh));
        QTRY_VERIFY(!sorted.isEmpty());
        QCOMPARE(model->sortColumn(), int(BillTableModel::TotalColumn));
        QCOMPARE(idAt(*model, 0), all.at(7).id.toString());
    }

    // A page fails in the middle of a refresh: the rows stay (some updated, the rest as they
    // were) and Retry asks for that page again, not the first one.
    void aFailedPageIsRetriedWhereItStopped() {
        QVector<BillRow> all = bills(0, 150);
        loadWhole(all);
        model->refresh();
        source->answer(int(source->requests.size()) - 1, page(all.mid(0, 100), "t1"));
        source->fail(int(source->requests.size()) - 1, ApiError::http(503, QByteArray()));
        QCOMPARE(model->loadState(), BillTableModel::LoadState::Error);
        QCOMPARE(model->rowCount(), 150);
        QVERIFY(model->isRefreshing());
        model->retry();
        QCOMPARE(source->requests.last().nextToken, QStringLiteral("t1"));
        source->answer(int(source->requests.size()) - 1, page(all.mid(100)));
        QVERIFY(!model->isRefreshing());
        QCOMPARE(ids(*model), ids(all));
    }

    // Stored rows of a list that was read whole: shown at once, sortable before m3ter answers,
    // marked stored until the refreshed list is complete, then merged without a reset.
    void storedRowsAreMergedWhenTheListIsComplete() {
        model->setFilter(BillFilter());
        QVector<BillRow> stored = bills(0, 150);
        QVERIFY(model->showStoredRows(stored, QDateTime::currentDateTimeUtc().addDays(-1)));
        QVERIFY(model->isShowingStoredRows());
        QVERIFY(model->hasEveryRow());
        QSignalSpy sorted(model, &BillTableModel::sortChanged);
        model->sort(BillTableModel::InvoiceNumberColumn, Qt::DescendingOrder);
        QTRY_COMPARE(model->sortColumn(), int(BillTableModel::InvoiceNumberColumn));

        QSignalSpy resets(model, &QAbstractItemModel::modelReset);
        QSignalSpy storedChanged(model, &BillTableModel::storedRowsChanged);
        QVector<BillRow> fresh = stored;
        fresh[0].status = QStringLiteral("PENDING");
        source->answer(0, page(fresh.mid(0, 100), "t1"));
        QVERIFY(model->isShowingStoredRows()); // not all of it is current yet
        QCOMPARE(model->rowCount(), 150);
        source->answer(1, page(fresh.mid(100)));
        QVERIFY(!model->isShowingStoredRows());
        QCOMPARE(storedChanged.count(), 1);
        QCOMPARE(resets.count(), 0);
        QTRY_COMPARE(model->sortColumn(), int(BillTableModel::InvoiceNumberColumn));
        QCOMPARE(model->rowCount(), 150);
        const int row = model->rowOfBill(stored.at(0).id.toString());
        QCOMPARE(model->billAt(row).status, QStringLiteral("PENDING"));
    }

    // Stored rows of a load that never finished: read again only as far as they went, then
    // the list pages lazily as usual.
    void aPartlyStoredListIsReadOnlyAsFarAsItWent() {
        model->setFilter(BillFilter());
        QVERIFY(model->showStoredRows(bills(0, 100), QDateTime()));
        QVERIFY(!model->hasEveryRow());
        source->answer(0, page(bills(0, 100), "t1"));
        QVERIFY(!model->isShowingStoredRows());
        QCOMPARE(source->requests.size(), 1); // no page asked for by itself
        QVERIFY(model->canFetchMore(QModelIndex()));
        QCOMPARE(model->rowCount(), 100);
    }

    // The rest of a long stored list arrives in slices; a bill already shown is not added twice,
    // also when the API's pages came first.
    void storedSlicesSkipBillsAlreadyShown() {
        model->setFilter(BillFilter());
        const QVector<BillRow> stored = bills(0, 300);
        QVERIFY(model->showStoredRows(stored.mid(0, 100), QDateTime::currentDateTimeUtc()));
        QCOMPARE(model->appendStoredRows(stored.mid(50, 100)), 50);
        QVector<BillRow> fresh = stored;
        fresh.prepend(bill(1000, "1.00"));
        source->answer(0, page(fresh.mid(0, 100), "t1"));
        QCOMPARE(model->rowCount(), 151); // 150 stored + 1 new
        QCOMPARE(model->appendStoredRows(stored.mid(150)), 150);
        QCOMPARE(model->rowCount(), 301);
        source->answer(1, page(fresh.mid(100, 100), "t2"));
        source->answer(2, page(fresh.mid(200)));
        QVERIFY(!model->isShowingStoredRows());
        QCOMPARE(ids(*model), ids(fresh));
        QCOMPARE(model->appendStoredRows(stored), 0); // the stored list is over
    }

    // A search shows only the matching bills, whatever else the list does: pages arriving,
    // a sort, a refresh that removes one of them, a new filter.
    void aSearchShowsOnlyTheMatchingBills() {
        const QVector<BillRow> all = bills(0, 250);
        loadWhole(all);
        QSet<QString> matching = {all.at(5).id.toString(), all.at(120).id.toString(),
                                  all.at(240).id.toString()};
        model->setSearch(QStringLiteral("inv"), matching);
        QVERIFY(model->isSearching());
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(model->loadedCount(), 250);
        QCOMPARE(model->shownTotals().total(QStringLiteral("EUR")),
                 *Decimal::fromString(QStringLiteral("30.00")));
        QCOMPARE(model->rowOfBill(all.at(7).id.toString()), -1);

        QVERIFY(sortByTotalDescending());
        QCOMPARE(model->rowCount(), 3);

        // A statement made for a bill the search hides is still recorded.
        QVERIFY(model->markStatementGenerated(all.at(7).id.toString(), false));
        model->clearSearch();
        QVERIFY(model->billAt(model->rowOfBill(all.at(7).id.toString())).jsonStatementGenerated);
        model->setSearch(QStringLiteral("inv"), matching);
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(model->sortColumn(), int(BillTableModel::TotalColumn));

        model->refresh();
        QVector<BillRow> fresh = all;
        fresh[5].total = *Decimal::fromString(QStringLiteral("50.00"));
        fresh.remove(120);
        fresh.append(bill(999, "1.00"));
        source->answer(int(source->requests.size()) - 1, page(fresh.mid(0, 100), "t1"));
        source->answer(int(source->requests.size()) - 1, page(fresh.mid(100, 100), "t2"));
        source->answer(int(source->requests.size()) - 1, page(fresh.mid(200)));
        QVERIFY(!model->isRefreshing());
        QTRY_VERIFY(!model->isSorting());
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(idAt(*model, 0), all.at(5).id.toString()); // 50.00 sorts first now
        QCOMPARE(idAt(*model, 1), all.at(240).id.toString());

        model->clearSearch();
        QCOMPARE(model->rowCount(), 250);

        // The search applies to a new filter's rows as they arrive.
        model->setSearch(QStringLiteral("inv"), {all.at(3).id.toString()});
        model->setFilter(BillFilter());
        QCOMPARE(model->rowCount(), 0);
        source->answer(int(source->requests.size()) - 1, page(all.mid(0, 10)));
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(idAt(*model, 0), all.at(3).id.toString());
    }

private:
    bool sortByTotalDescending() {
        QSignalSpy sorted(model, &BillTableModel::sortChanged);
        model->sort(BillTableModel::TotalColumn, Qt::DescendingOrder);
        return (!sorted.isEmpty() || sorted.wait(10000)) &&
               model->sortColumn() == BillTableModel::TotalColumn;
    }

    void loadWhole(const QVector<BillRow> &rows) {
        model->setFilter(BillFilter());
        for (qsizetype at = 0; at < rows.size(); at += 100) {
            const bool last = at + 100 >= rows.size();
            BillPage next = page(rows.mid(at, 100));
            if (!last)
                next.nextToken = QStringLiteral("p%1").arg(at);
            source->answer(int(source->requests.size()) - 1, next);
            if (!last)
                model->fetchMore(QModelIndex());
        }
        QVERIFY(model->isComplete());
    }

    FakeBillPageSource *source = nullptr;
    BillTableModel *model = nullptr;
    QAbstractItemModelTester *tester = nullptr;
};

QTEST_GUILESS_MAIN(TestBillTableMerge)
#include "tst_billtablemerge.moc"
