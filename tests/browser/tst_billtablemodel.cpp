// BillTableModel against a scripted page source, under QAbstractItemModelTester.
#include "FakeBillPageSource.h"
#include "models/BillTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

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
        QCOMPARE(model->sortColumn(), int(BillTableModel::TotalColumn));
        QCOMPARE(ids(*model), strs({"d", "b", "a", "c"}));
        model->sort(BillTableModel::BillDateColumn, Qt::DescendingOrder);
        QCOMPARE(ids(*model), strs({"d", "a", "c", "b"}));
        model->sort(-1);
        QCOMPARE(ids(*model), strs({"a", "b", "c", "d"})); // API order restored
    }

    void sortKeepsPersistentSelection() {
        model->setFilter(BillFilter());
        source->answer(0,
                       page({row("a", "USD", "3", {2026, 3, 1}), row("b", "USD", "1", {2026, 1, 1}),
                             row("c", "USD", "2", {2026, 2, 1})}));
        QPersistentModelIndex selected = model->index(0, BillTableModel::TotalColumn);
        model->sort(BillTableModel::TotalColumn, Qt::AscendingOrder);
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

private:
    FakeBillPageSource *source = nullptr;
    BillTableModel *model = nullptr;
    QAbstractItemModelTester *tester = nullptr;
};

QTEST_GUILESS_MAIN(TestBillTableModel)
#include "tst_billtablemodel.moc"
