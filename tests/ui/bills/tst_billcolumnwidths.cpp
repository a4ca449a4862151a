// The bill table's column widths follow the data: a total loaded in a later page, anywhere in
// the page, wider than every total before it, widens the Total column so it is never cut.
#include "bills/BillColumnWidths.h"
#include "models/BillTableModel.h"
#include "support/FakeBillPageSource.h"

#include <QApplication>
#include <QHeaderView>
#include <QStyle>
#include <QTableView>
#include <QTest>

using namespace m3ter;

namespace {

BillRow bill(int n, const char *currency, const char *total) {
    BillRow r;
    r.id = BillId::fromString(
        QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0')));
    r.accountId = QStringLiteral("acc-1");
    r.accountCode = QStringLiteral("ACME");
    r.currency = QLatin1String(currency);
    r.status = QStringLiteral("APPROVED");
    r.billingFrequency = QStringLiteral("MONTHLY");
    r.total = *Decimal::fromString(QString::fromLatin1(total));
    r.hasTotal = true;
    r.billDate = QDate(2026, 11, 1);
    return r;
}

// A page of ordinary totals with the given ones at the given positions.
BillPage page(int first, const QList<QPair<int, BillRow>> &special, const QString &next) {
    BillPage p;
    for (int i = 0; i < BillTableModel::PageSize; ++i)
        p.rows.append(bill(first + i, i % 2 ? "EUR" : "USD", "12.50"));
    for (const auto &[position, row] : special)
        p.rows[position] = row;
    p.nextToken = next;
    return p;
}

int cellTextWidth(const QTableView &view, const QString &text) {
    const int margin = view.style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, &view) + 1;
    return view.fontMetrics().horizontalAdvance(text) + 2 * margin;
}

} // namespace

class TestBillColumnWidths : public QObject {
    Q_OBJECT

private slots:
    void everyLoadedTotalFitsItsColumn() {
        FakeBillPageSource source;
        BillTableModel model(&source);
        QTableView view;
        view.setModel(&model);
        BillColumnWidths widths;
        model.setFilter(BillFilter());

        source.answer(0, page(0, {}, QStringLiteral("p2")));
        widths.apply(&view, model);
        const int before = view.columnWidth(BillTableModel::TotalColumn);
        QVERIFY(everyTotalFits(view, model));

        // The widest totals sit in the middle of the next pages, among narrower ones of the
        // same currency and sign.
        model.fetchMore(QModelIndex());
        source.answer(
            1, page(100,
                    {{37, bill(1037, "USD", "123456789012.25")}, {38, bill(1038, "USD", "99.99")}},
                    QStringLiteral("p3")));
        widths.apply(&view, model);
        QVERIFY(view.columnWidth(BillTableModel::TotalColumn) > before);
        QVERIFY(everyTotalFits(view, model));

        model.fetchMore(QModelIndex());
        source.answer(2, page(200,
                              {{10, bill(2010, "KWD", "-5.000")},
                               {61, bill(2061, "KWD", "-9876543210987.125")},
                               {62, bill(2062, "KWD", "7.500")}},
                              QString()));
        widths.apply(&view, model);
        QVERIFY(everyTotalFits(view, model));
    }

    // A refresh updates the rows in place: a total that grew there widens the column too,
    // with no new row to measure.
    void aTotalThatGrewInARefreshFits() {
        FakeBillPageSource source;
        BillTableModel model(&source);
        QTableView view;
        view.setModel(&model);
        BillColumnWidths widths;
        model.setFilter(BillFilter());
        source.answer(0, page(0, {}, QString()));
        widths.apply(&view, model);
        const int before = view.columnWidth(BillTableModel::TotalColumn);

        model.refresh();
        source.answer(1, page(0, {{55, bill(55, "EUR", "-45678901234.75")}}, QString()));
        QCOMPARE(model.rowCount(), BillTableModel::PageSize);
        widths.apply(&view, model);
        QVERIFY(view.columnWidth(BillTableModel::TotalColumn) > before);
        QVERIFY(everyTotalFits(view, model));
    }

private:
    static bool everyTotalFits(const QTableView &view, const BillTableModel &model) {
        const int width = view.columnWidth(BillTableModel::TotalColumn);
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString text = model.index(row, BillTableModel::TotalColumn).data().toString();
            if (width < cellTextWidth(view, text)) {
                qWarning("row %d: “%s” needs %d px, the column has %d", row, qPrintable(text),
                         cellTextWidth(view, text), width);
                return false;
            }
        }
        return true;
    }
};

QTEST_MAIN(TestBillColumnWidths)
#include "tst_billcolumnwidths.moc"
