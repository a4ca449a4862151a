// BillTableModel against a scripted page source, under QAbstractItemModelTester.
#include "models/BillTableModel.h"
#include "support/FakeBillPageSource.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>

#include <algorithm>
#include <limits>
#include <numeric>

using namespace m3ter;

namespace {

QString str(const char *text) {
    return QString::fromUtf8(text);
}

QStringList strs(std::initializer_list<const char *> texts) {
    QStringList out;
    for (const char *text : texts)
        out << str(text);
    return out;
}

BillRow row(const char *id, const char *currency, const char *total, QDate billDate) {
    BillRow r;
    r.id = BillId::fromString(str(id));
    r.accountId = QStringLiteral("acc-") + str(id).left(1);
    r.accountCode = QStringLiteral("ACME");
    r.currency = str(currency);
    r.status = QStringLiteral("APPROVED");
    r.billingFrequency = QStringLiteral("MONTHLY");
    r.total = *Decimal::fromString(str(total));
    r.hasTotal = true;
    r.billDate = billDate;
    return r;
}

BillPage page(QList<BillRow> rows, const QString &next = QString()) {
    BillPage p;
    p.rows = QVector<BillRow>(rows.begin(), rows.end());
    p.nextToken = next;
    return p;
}

QStringList ids(const BillTableModel &model) {
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out << model.index(r, 0).data(BillTableModel::BillIdRole).toString();
    return out;
}

// sort() and wait for its result: a sort by a column may finish on a later event-loop turn.
bool sortAndWait(BillTableModel *model, int column, Qt::SortOrder order = Qt::AscendingOrder) {
    QSignalSpy sorted(model, &BillTableModel::sortChanged);
    model->sort(column, order);
    if (sorted.isEmpty() && !sorted.wait(10000))
        return false;
    return sorted.last().at(0).toInt() == column;
}

// Seeded rows with every kind of value the sort has to order: repeated and unique texts, case
// and accents, empty values, missing dates and totals, several currencies.
QList<BillRow> variedRows(int count) {
    QRandomGenerator random(20261206);
    auto pick = [&random](const QStringList &values) {
        return values.at(int(random.bounded(int(values.size()))));
    };
    const QStringList accounts = strs({"acc-1", "acc-2", "acc-3", "acc-4", "acc-5"});
    const QStringList codes = strs({"ACME", "acme", "Émile", "zeta", "", "Beta-2", "beta-10"});
    const QStringList currencies = strs({"EUR", "USD", "JPY", "KWD", "eur", ""});
    const QStringList statuses = strs({"APPROVED", "PENDING", "SOMETHING_NEW", ""});
    const QStringList frequencies = strs({"MONTHLY", "ANNUALLY", "DAILY", "AD_HOC", ""});
    const QStringList invoices =
        strs({"INV-10", "inv-9", "INV-100", "", "Ärger-1", "A-1", "a-1", "Z 3", "10", "9"});
    QList<BillRow> rows;
    for (int i = 0; i < count; ++i) {
        BillRow r;
        r.id = BillId::fromString(QStringLiteral("bill-%1").arg(i, 4, 10, QLatin1Char('0')));
        r.accountId = pick(accounts);
        r.accountCode = pick(codes);
        r.currency = pick(currencies);
        r.status = pick(statuses);
        r.billingFrequency = pick(frequencies);
        r.invoiceNumber =
            pick(invoices) + (random.bounded(3) == 0 ? QString::number(i) : QString());
        r.externalInvoiceReference = random.bounded(4) == 0 ? QString() : pick(invoices);
        r.hasTotal = random.bounded(8) != 0;
        if (r.hasTotal)
            r.total = *Decimal::fromParts(qint64(random.bounded(2000000)) - 1000000,
                                          int(random.bounded(4)));
        auto date = [&random]() {
            return random.bounded(6) == 0 ? QDate() : QDate(2025, 1, 1).addDays(random.bounded(90));
        };
        r.billDate = date();
        r.dueDate = date();
        r.startDate = date();
        r.endDate = date();
        r.externalInvoiceDate = date();
        r.lastCalculatedMSecs = random.bounded(5) == 0 ? 0 : qint64(random.bounded(1000)) * 60000;
        r.locked = random.bounded(2) == 1;
        r.jsonStatementGenerated = random.bounded(2) == 1;
        r.csvStatementGenerated = random.bounded(2) == 1;
        r.statementStale = random.bounded(3) == 0;
        rows << r;
    }
    return rows;
}

// The order the table gave before sorting moved off the GUI thread, for every column but Total:
// texts as displayed compared with QString::localeAwareCompare, dates (none first), Locked and
// Last calculated by value; ties in API order, also when descending.
QStringList expectedOrder(const BillTableModel &model, const QList<BillRow> &apiOrder, int column,
                          Qt::SortOrder order) {
    QList<int> rows(apiOrder.size());
    std::iota(rows.begin(), rows.end(), 0);
    QStringList texts;
    for (int r = 0; r < int(apiOrder.size()); ++r)
        texts << model.index(r, column).data().toString(); // the model is still in API order
    auto compare = [&](int a, int b) -> int {
        const BillRow &x = apiOrder.at(a);
        const BillRow &y = apiOrder.at(b);
        auto dates = [](const QDate &p, const QDate &q) {
            const qint64 jp = p.isValid() ? p.toJulianDay() : std::numeric_limits<qint64>::min();
            const qint64 jq = q.isValid() ? q.toJulianDay() : std::numeric_limits<qint64>::min();
            return jp < jq ? -1 : (jp > jq ? 1 : 0);
        };
        switch (column) {
        case BillTableModel::BillDateColumn:
            return dates(x.billDate, y.billDate);
        case BillTableModel::DueDateColumn:
            return dates(x.dueDate, y.dueDate);
        case BillTableModel::ServicePeriodColumn:
            return dates(x.startDate, y.startDate);
        case BillTableModel::ExternalInvoiceDateColumn:
            return dates(x.externalInvoiceDate, y.externalInvoiceDate);
        case BillTableModel::LastCalculatedColumn:
            return x.lastCalculatedMSecs < y.lastCalculatedMSecs
                       ? -1
                       : (x.lastCalculatedMSecs > y.lastCalculatedMSecs ? 1 : 0);
        case BillTableModel::LockedColumn:
            return int(x.locked) - int(y.locked);
        default:
            return QString::localeAwareCompare(texts.at(a), texts.at(b));
        }
    };
    std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
        const int c = compare(a, b);
        return order == Qt::DescendingOrder ? c > 0 : c < 0;
    });
    QStringList out;
    for (int r : rows)
        out << apiOrder.at(r).id.toString();
    return out;
}

} // namespace

class TestBillTableModel : public QObject {
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

    void firstPageThenFetchMoreThenLastPage() {
        BillFilter filter;
        filter.status = QStringLiteral("APPROVED");
        model->setFilter(filter);
        QCOMPARE(source->requests.size(), 1);
        QCOMPARE(source->requests[0].nextToken, QString());
        QCOMPARE(source->requests[0].filter, filter);
        QCOMPARE(model->loadState(), BillTableModel::LoadState::Loading);
        QVERIFY(!model->canFetchMore({}));

        source->answer(0, page({row("a1", "USD", "10.10", {2026, 10, 1}),
                                row("a2", "EUR", "5.00", {2026, 10, 2})},
                               QStringLiteral("t1")));
        QCOMPARE(model->rowCount(), 2);
        QVERIFY(model->hasMore());
        // The model tester fetches more like an eager view would; either way exactly one
        // request for the next page goes out.
        if (model->canFetchMore({}))
            model->fetchMore({});
        QCOMPARE(source->requests.size(), 2);
        QCOMPARE(source->requests[1].nextToken, QStringLiteral("t1"));
        QCOMPARE(source->requests[1].filter, filter); // filters resent with the token
        QVERIFY(!model->canFetchMore({}));            // one request in flight at a time
        model->fetchMore({});
        QCOMPARE(source->requests.size(), 2);

        source->answer(1, page({row("b1", "USD", "0.20", {2026, 9, 1})}));
        QCOMPARE(ids(*model), strs({"a1", "a2", "b1"}));
        QVERIFY(!model->hasMore());
        QVERIFY(model->isComplete());
        QVERIFY(!model->canFetchMore({}));
        // Totals per currency, exact, never mixing currencies.
        QCOMPARE(model->loadedTotals().total(str("USD")), *Decimal::fromString(u"10.30"));
        QCOMPARE(model->loadedTotals().total(str("EUR")), *Decimal::fromString(u"5.00"));
        QCOMPARE(model->loadedTotals().currencies(), strs({"EUR", "USD"}));
    }

    void emptyResult() {
        model->setFilter(BillFilter());
        source->answer(0, page({}));
        QCOMPARE(model->rowCount(), 0);
        QVERIFY(model->isComplete());
        QCOMPARE(model->loadState(), BillTableModel::LoadState::Idle);
    }

    void emptyPageWithTokenEndsTheList() {
        model->setFilter(BillFilter());
        source->answer(0, page({}, QStringLiteral("bogus")));
        QVERIFY(!model->canFetchMore({}));
        QVERIFY(model->isComplete());
    }

    void staleReplyOfOldFilterIsDropped() {
        BillFilter first;
        first.status = QStringLiteral("PENDING");
        model->setFilter(first);
        BillFilter second;
        second.status = QStringLiteral("APPROVED");
        model->setFilter(second); // while the first page of `first` is in flight
        QVERIFY(source->cancelCount >= 2);
        QCOMPARE(source->requests.size(), 2);
        source->answer(0, page({row("old", "USD", "1", {2026, 1, 1})}, QStringLiteral("x")));
        QCOMPARE(model->rowCount(), 0);
        QCOMPARE(model->loadState(), BillTableModel::LoadState::Loading);
        source->answer(1, page({row("new", "USD", "2", {2026, 1, 1})}));
        QCOMPARE(ids(*model), strs({"new"}));
    }

    void errorThenRetry() {
        model->setFilter(BillFilter());
        source->answer(0, page({row("a1", "USD", "1", {2026, 1, 1})}, QStringLiteral("t1")));
        model->fetchMore({});
        ApiError error = ApiError::http(503, R"({"message":"try later"})");
        source->fail(1, error);
        QCOMPARE(model->loadState(), BillTableModel::LoadState::Error);
        QVERIFY(!model->errorText().isEmpty());
        QVERIFY(!model->canFetchMore({})); // no hammering while in error
        QCOMPARE(model->rowCount(), 1);    // what was loaded stays

        model->retry();
        QCOMPARE(source->requests.size(), 3);
        QCOMPARE(source->requests[2].nextToken, QStringLiteral("t1")); // the page that failed
        source->answer(2, page({row("a2", "USD", "2", {2026, 1, 2})}));
        QCOMPARE(ids(*model), strs({"a1", "a2"}));
        QCOMPARE(model->loadState(), BillTableModel::LoadState::Idle);
    }

    void sortWaitsForAllRowsThenSorts() {
        QSignalSpy needsAll(model, &BillTableModel::sortNeedsAllRows);
        QSignalSpy sorted(model, &BillTableModel::sortChanged);
        model->setFilter(BillFilter());
        source->answer(
            0, page({row("a", "USD", "30", {2026, 3, 1}), row("b", "USD", "5", {2026, 1, 1})},
                    QStringLiteral("t1")));

        model->sort(BillTableModel::TotalColumn, Qt::AscendingOrder);
        QCOMPARE(needsAll.size(), 1);
        QCOMPARE(model->sortColumn(), -1); // nothing sorted over a partial list
        QCOMPARE(ids(*model), strs({"a", "b"}));

        QSignalSpy progress(model, &BillTableModel::loadAllProgress);
        QSignalSpy finished(model, &BillTableModel::loadAllFinished);
        model->loadAll();
        QCOMPARE(source->requests.size(), 2);
        source->answer(1, page({row("c", "USD", "100", {2026, 2, 1})}, QStringLiteral("t2")));
        QCOMPARE(source->requests.size(), 3); // keeps going by itself
        source->answer(2, page({row("d", "USD", "-7.5", {2026, 4, 1})}));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QVERIFY(progress.size() >= 2);

        // The pending sort ran: numeric (not text) order of exact amounts.
        QTRY_COMPARE(model->sortColumn(), int(BillTableModel::TotalColumn));
        QCOMPARE(ids(*model), strs({"d", "b", "a", "c"}));
        QVERIFY(sortAndWait(model, BillTableModel::BillDateColumn, Qt::DescendingOrder));
        QCOMPARE(ids(*model), strs({"d", "a", "c", "b"}));
        QVERIFY(sortAndWait(model, -1));
        QCOMPARE(ids(*model), strs({"a", "b", "c", "d"})); // API order restored
    }

    void sortKeepsPersistentSelection() {
        model->setFilter(BillFilter());
        source->answer(0,
                       page({row("a", "USD", "3", {2026, 3, 1}), row("b", "USD", "1", {2026, 1, 1}),
                             row("c", "USD", "2", {2026, 2, 1})}));
        QPersistentModelIndex selected = model->index(0, BillTableModel::TotalColumn);
        QVERIFY(sortAndWait(model, BillTableModel::TotalColumn));
        QCOMPARE(selected.row(), 2);
        QCOMPARE(selected.data(BillTableModel::BillIdRole).toString(), QStringLiteral("a"));
    }

    void cancelLoadAllStopsPaging() {
        model->setFilter(BillFilter());
        source->answer(0, page({row("a", "USD", "1", {2026, 1, 1})}, QStringLiteral("t1")));
        QSignalSpy progress(model, &BillTableModel::loadAllProgress);
        QSignalSpy finished(model, &BillTableModel::loadAllFinished);
        model->loadAll();
        QVERIFY(model->isLoadingAll());
        const int requestsBefore = int(source->requests.size());
        model->cancelLoadAll();
        QVERIFY(!model->isLoadingAll());
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        progress.clear();
        source->answer(requestsBefore - 1,
                       page({row("b", "USD", "1", {2026, 1, 1})}, QStringLiteral("t2")));
        QCOMPARE(model->rowCount(), 2); // the page in flight still lands
        QVERIFY(progress.isEmpty());    // but load-all no longer drives paging
        QVERIFY(model->hasMore());
    }

    void displayFormatsMoneyPerCurrency() {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        model->setFilter(BillFilter());
        source->answer(0, page({row("a", "JPY", "12000", {2026, 1, 5}),
                                row("b", "KWD", "1.5", {2026, 1, 5})}));
        const QString yen = model->index(0, BillTableModel::TotalColumn).data().toString();
        const QString dinar = model->index(1, BillTableModel::TotalColumn).data().toString();
        QVERIFY2(yen.contains(QLatin1String("12,000")) && !yen.contains(QLatin1Char('.')),
                 qPrintable(yen));
        QVERIFY2(dinar.contains(QLatin1String("1.500")), qPrintable(dinar));
        QCOMPARE(model->index(0, BillTableModel::TotalColumn)
                         .data(Qt::TextAlignmentRole)
                         .value<Qt::Alignment>() &
                     Qt::AlignRight,
                 Qt::AlignRight);
        QCOMPARE(model->index(0, BillTableModel::BillDateColumn).data().toString(),
                 QStringLiteral("1/5/2026"));
        QLocale::setDefault(QLocale::c());
    }

    // Issue 10: amounts in different currencies are not comparable. Sorting by Total groups the
    // bills by currency (as the Currency column sorts) and orders each group by exact amount;
    // before, KWD 128 sorted between USD 100 and EUR 285 and every JPY bill came last.
    void totalSortsByCurrencyThenAmount() {
        model->setFilter(BillFilter());
        BillRow noTotal = row("n", "EUR", "0", {2026, 1, 1});
        noTotal.hasTotal = false;
        source->answer(
            0, page({row("k", "KWD", "128", {2026, 1, 1}), row("e", "EUR", "285", {2026, 1, 1}),
                     row("j", "JPY", "12000", {2026, 1, 1}), row("e2", "EUR", "3.50", {2026, 1, 1}),
                     noTotal, row("u", "USD", "100", {2026, 1, 1}),
                     row("j2", "JPY", "5", {2026, 1, 1}), row("e3", "EUR", "3.5", {2026, 1, 1})}));
        QVERIFY(sortAndWait(model, BillTableModel::TotalColumn));
        // Equal amounts (3.50 and 3.5) keep the API's order.
        QCOMPARE(ids(*model), strs({"n", "e2", "e3", "e", "j2", "j", "k", "u"}));
        QVERIFY(sortAndWait(model, BillTableModel::TotalColumn, Qt::DescendingOrder));
        QCOMPARE(ids(*model), strs({"u", "k", "j", "j2", "e", "e2", "e3", "n"}));
        // What an export writes follows the rows as shown.
        QCOMPARE(model->index(0, BillTableModel::CurrencyColumn).data().toString(),
                 QStringLiteral("USD"));
    }

    // The columns come from BillTableColumns: titles and the columns a new window hides are
    // what they were when each column was written out by hand.
    void columnsKeepTheirTitlesAndDefaults() {
        const QStringList titles = {
            QStringLiteral("Account code"),
            QStringLiteral("Account"),
            QStringLiteral("Bill date"),
            QStringLiteral("Due date"),
            QStringLiteral("Service period"),
            QStringLiteral("Status"),
            QStringLiteral("Locked"),
            QStringLiteral("Currency"),
            QStringLiteral("Total"),
            QStringLiteral("Frequency"),
            QStringLiteral("Invoice no."),
            QStringLiteral("Ext. invoice date"),
            QStringLiteral("Ext. invoice ref."),
            QStringLiteral("Statement"),
            QStringLiteral("Last calculated"),
        };
        QCOMPARE(model->columnCount(), int(titles.size()));
        for (int c = 0; c < model->columnCount(); ++c) {
            QCOMPARE(BillTableModel::columnTitle(c), titles.at(c));
            QCOMPARE(model->headerData(c, Qt::Horizontal).toString(), titles.at(c));
            QCOMPARE(BillTableModel::isColumnShownByDefault(c),
                     c != BillTableModel::ExternalInvoiceReferenceColumn &&
                         c != BillTableModel::LastCalculatedColumn);
        }
        QCOMPARE(BillTableModel::columnTitle(BillTableModel::ColumnCount), QString());
    }

    // Within a currency the key is the exact amount kept in the store, not its text (where "100"
    // sorts before "20") nor a double (which cannot tell the last two amounts apart).
    void totalSortsByExactAmount() {
        model->setFilter(BillFilter());
        source->answer(
            0, page({row("a", "USD", "100", {2026, 1, 1}), row("b", "USD", "20", {2026, 1, 1}),
                     row("c", "USD", "-5", {2026, 1, 1}),
                     row("d", "USD", "99999999999999.992", {2026, 1, 1}),
                     row("e", "USD", "9.5", {2026, 1, 1}),
                     row("f", "USD", "99999999999999.991", {2026, 1, 1})}));
        QVERIFY(sortAndWait(model, BillTableModel::TotalColumn));
        QCOMPARE(ids(*model), strs({"c", "e", "b", "a", "f", "d"}));
        QVERIFY(sortAndWait(model, BillTableModel::TotalColumn, Qt::DescendingOrder));
        QCOMPARE(ids(*model), strs({"d", "f", "a", "b", "e", "c"}));
    }

    // Every other column sorts exactly as before (texts as displayed, locale-aware; dates;
    // flags; ties in API order), in both directions.
    void sortByEveryOtherColumnKeepsTheOrder_data() {
        QTest::addColumn<int>("column");
        for (int c = 0; c < BillTableModel::ColumnCount; ++c) {
            if (c != BillTableModel::TotalColumn)
                QTest::newRow(qPrintable(BillTableModel::columnTitle(c))) << c;
        }
    }
    void sortByEveryOtherColumnKeepsTheOrder() {
        QFETCH(int, column);
        const QList<BillRow> rows = variedRows(400);
        model->setFilter(BillFilter());
        source->answer(0, page(rows.mid(0, 250), QStringLiteral("t1")));
        model->loadAll();
        source->answer(1, page(rows.mid(250)));
        QVERIFY(model->isComplete());
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            QVERIFY(sortAndWait(model, -1));
            const QStringList expected = expectedOrder(*model, rows, column, order);
            QVERIFY(sortAndWait(model, column, order));
            QCOMPARE(ids(*model), expected);
        }
    }

    // The store gives back every field of every row as it came from the page.
    void rowsComeBackAsLoaded() {
        const QList<BillRow> rows = variedRows(2500); // more than two chunks of the store
        model->setFilter(BillFilter());
        source->answer(0, page(rows));
        QCOMPARE(model->rowCount(), int(rows.size()));
        for (int r = 0; r < int(rows.size()); ++r) {
            const BillRow got = model->billAt(r);
            const BillRow &want = rows.at(r);
            QCOMPARE(got.id, want.id);
            QCOMPARE(got.accountId, want.accountId);
            QCOMPARE(got.accountCode, want.accountCode);
            QCOMPARE(got.currency, want.currency);
            QCOMPARE(got.status, want.status);
            QCOMPARE(got.billingFrequency, want.billingFrequency);
            QCOMPARE(got.invoiceNumber, want.invoiceNumber);
            QCOMPARE(got.externalInvoiceReference, want.externalInvoiceReference);
            QCOMPARE(got.hasTotal, want.hasTotal);
            if (want.hasTotal) {
                QCOMPARE(got.total.mantissa(), want.total.mantissa());
                QCOMPARE(got.total.scale(), want.total.scale());
            }
            QCOMPARE(got.billDate, want.billDate);
            QCOMPARE(got.dueDate, want.dueDate);
            QCOMPARE(got.startDate, want.startDate);
            QCOMPARE(got.endDate, want.endDate);
            QCOMPARE(got.externalInvoiceDate, want.externalInvoiceDate);
            QCOMPARE(got.lastCalculatedMSecs, want.lastCalculatedMSecs);
            QCOMPARE(got.locked, want.locked);
            QCOMPARE(got.jsonStatementGenerated, want.jsonStatementGenerated);
            QCOMPARE(got.csvStatementGenerated, want.csvStatementGenerated);
            QCOMPARE(got.statementStale, want.statementStale);
        }
        QVERIFY(model->hasStaleStatement());
        QCOMPARE(model->rowOfBill(QStringLiteral("bill-2042")), 2042);
    }

    // "Regenerate stale statements" follows the rows: a statement generated again is no longer
    // stale, and a new list starts with none.
    void staleStatementFollowsTheRows() {
        QList<BillRow> rows = variedRows(20);
        for (BillRow &row : rows)
            row.statementStale = false;
        rows[3].statementStale = true;
        rows[17].statementStale = true;
        model->setFilter(BillFilter());
        source->answer(0, page(rows));
        QVERIFY(model->hasStaleStatement());
        QVERIFY(model->markStatementGenerated(rows.at(3).id.toString(), false));
        QVERIFY(model->hasStaleStatement());
        QVERIFY(model->markStatementGenerated(rows.at(17).id.toString(), true));
        QVERIFY(!model->hasStaleStatement());
        QVERIFY(model->markStatementGenerated(rows.at(17).id.toString(), true));
        QVERIFY(!model->hasStaleStatement());
        rows[5].statementStale = true;
        model->setFilter(BillFilter());
        source->answer(1, page(rows));
        QVERIFY(model->hasStaleStatement());
    }

    // A refresh while a sort runs: the old order never lands on the new rows.
    void refreshDropsARunningSort() {
        QList<BillRow> rows = variedRows(300);
        model->setFilter(BillFilter());
        source->answer(0, page(rows));
        model->sort(BillTableModel::InvoiceNumberColumn);
        model->setFilter(BillFilter());
        std::reverse(rows.begin(), rows.end()); // as many rows, another order
        source->answer(1, page(rows));
        // Let the superseded sort finish and its result arrive.
        QVERIFY(QThreadPool::globalInstance()->waitForDone(10000));
        QCoreApplication::processEvents();
        QCOMPARE(model->sortColumn(), -1);
        QCOMPARE(model->index(0, 0).data(BillTableModel::BillIdRole).toString(),
                 rows.first().id.toString());
    }

    // Refresh after a finished sort: the refreshed list replaces the sorted rows (the rows it
    // no longer has go), the old order (indexes into the old rows) goes with them, and the
    // table is sorted again by the same column.
    void refreshAfterASortShowsTheNewRows() {
        QList<BillRow> rows = variedRows(300);
        model->setFilter(BillFilter());
        source->answer(0, page(rows));
        QSignalSpy sorted(model, &BillTableModel::sortChanged);
        model->sort(BillTableModel::InvoiceNumberColumn);
        QTRY_VERIFY(!sorted.isEmpty());
        QCOMPARE(model->sortColumn(), int(BillTableModel::InvoiceNumberColumn));
        sorted.clear();
        model->refresh();
        const QList<BillRow> fresh = variedRows(3);
        source->answer(int(source->requests.size()) - 1, page(fresh));
        QCOMPARE(model->rowCount(), 3);
        QTRY_VERIFY(!sorted.isEmpty());
        QCOMPARE(model->sortColumn(), int(BillTableModel::InvoiceNumberColumn));
        QStringList freshIds;
        for (const BillRow &r : fresh)
            freshIds << r.id.toString();
        QStringList shown = ids(*model);
        std::sort(freshIds.begin(), freshIds.end());
        std::sort(shown.begin(), shown.end());
        QCOMPARE(shown, freshIds);
        for (int r = 0; r + 1 < model->rowCount(); ++r) {
            const QString a =
                model->index(r, BillTableModel::InvoiceNumberColumn).data().toString();
            const QString b =
                model->index(r + 1, BillTableModel::InvoiceNumberColumn).data().toString();
            QVERIFY2(QString::localeAwareCompare(a, b) <= 0, qPrintable(a + u" > " + b));
        }
    }

private:
    FakeBillPageSource *source = nullptr;
    BillTableModel *model = nullptr;
    QAbstractItemModelTester *tester = nullptr;
};

QTEST_GUILESS_MAIN(TestBillTableModel)
#include "tst_billtablemodel.moc"
