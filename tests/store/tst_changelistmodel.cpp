// The Changes view's table and its filters: what each kind of change reads like (amounts in
// their currency, quantities in the locale) and which rows a kind or account filter leaves.
#include "store/ChangeFilterModel.h"
#include "store/ChangeListModel.h"

#include <QTest>

using namespace m3ter;
using Kind = BillChange::Kind;

namespace {

BillChange change(Kind kind, const QString &billId, const QString &accountId,
                  const QString &oldValue, const QString &newValue) {
    BillChange c;
    c.kind = kind;
    c.billId = billId;
    c.accountId = accountId;
    c.oldValue = oldValue;
    c.newValue = newValue;
    c.currency = QStringLiteral("USD");
    c.detectedAt = QDateTime(QDate(2024, 3, 1), QTime(9, 0), Qt::UTC);
    return c;
}

QString cell(const QAbstractItemModel &model, int row, int column) {
    return model.index(row, column).data().toString();
}

} // namespace

class TestChangeListModel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void lineItemChangesReadInTheirUnits() {
        BillChange amount =
            change(Kind::LineItemAmountChanged, QStringLiteral("b1"), QStringLiteral("acc-1"),
                   QStringLiteral("100.1"), QStringLiteral("1234567.89"));
        amount.lineItemId = QStringLiteral("li-1");
        amount.lineItem = QStringLiteral("Storage");
        BillChange quantity =
            change(Kind::LineItemQuantityChanged, QStringLiteral("b1"), QStringLiteral("acc-1"),
                   QStringLiteral("2000"), QStringLiteral("2000.5"));
        quantity.lineItemId = QStringLiteral("li-2"); // no description: the id shows
        BillChange added = change(Kind::LineItemAdded, QStringLiteral("b1"),
                                  QStringLiteral("acc-1"), QString(), QStringLiteral("0.1"));
        ChangeListModel model;
        model.setChanges({amount, quantity, added});

        QCOMPARE(cell(model, 0, ChangeListModel::KindColumn),
                 QStringLiteral("Line item amount changed"));
        QCOMPARE(cell(model, 0, ChangeListModel::LineItemColumn), QStringLiteral("Storage"));
        QCOMPARE(cell(model, 0, ChangeListModel::BeforeColumn), QStringLiteral("$100.10"));
        QCOMPARE(cell(model, 0, ChangeListModel::AfterColumn), QStringLiteral("$1,234,567.89"));
        QCOMPARE(cell(model, 1, ChangeListModel::LineItemColumn), QStringLiteral("li-2"));
        QCOMPARE(cell(model, 1, ChangeListModel::AfterColumn), QStringLiteral("2,000.5"));
        QCOMPARE(cell(model, 2, ChangeListModel::KindColumn), QStringLiteral("Line item added"));
        QCOMPARE(cell(model, 2, ChangeListModel::BeforeColumn), QString());
        QCOMPARE(cell(model, 2, ChangeListModel::AfterColumn), QStringLiteral("$0.10"));
        QCOMPARE(model.headerData(ChangeListModel::LineItemColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Line item"));
        for (Kind kind : BillChange::allKinds())
            QVERIFY2(!ChangeListModel::kindLabel(kind).isEmpty(),
                     qPrintable(BillChange::kindName(kind)));
    }

    void filtersByKindAndByAccount() {
        ChangeListModel model;
        model.setAccountName([](const QString &id) {
            return id == QLatin1String("acc-1") ? QStringLiteral("ACME · Acme Corp") : QString();
        });
        model.setChanges({
            change(Kind::StatusChanged, QStringLiteral("b1"), QStringLiteral("acc-1"),
                   QStringLiteral("APPROVED"), QStringLiteral("PENDING")),
            change(Kind::TotalChanged, QStringLiteral("b2"), QStringLiteral("acc-2"),
                   QStringLiteral("1"), QStringLiteral("2")),
            change(Kind::StatusChanged, QStringLiteral("b3"), QStringLiteral("acc-2"),
                   QStringLiteral("PENDING"), QStringLiteral("APPROVED")),
            change(Kind::LineItemRemoved, QStringLiteral("b1"), QStringLiteral("acc-1"),
                   QStringLiteral("5"), QString()),
        });
        QCOMPARE(model.accountText(QStringLiteral("acc-1")), QStringLiteral("ACME · Acme Corp"));
        QCOMPARE(model.accountText(QStringLiteral("acc-2")), QStringLiteral("acc-2"));

        ChangeFilterModel filter;
        filter.setSourceModel(&model);
        QCOMPARE(filter.rowCount(), 4);
        QVERIFY(!filter.isFiltering());

        filter.setKind(Kind::StatusChanged);
        QCOMPARE(filter.rowCount(), 2);
        QCOMPARE(filter.changeAt(1).billId, QStringLiteral("b3"));

        filter.setAccountId(QStringLiteral("acc-2"));
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.changeAt(0).billId, QStringLiteral("b3"));
        QCOMPARE(filter.index(0, 0).data(ChangeListModel::BillIdRole).toString(),
                 QStringLiteral("b3"));

        filter.setKind(std::nullopt);
        QCOMPARE(filter.rowCount(), 2);
        filter.setAccountId(QStringLiteral("acc-1"));
        QCOMPARE(filter.rowCount(), 2);
        QCOMPARE(filter.changeAt(1).kind, Kind::LineItemRemoved);

        // New changes from the store go through the same filter.
        model.setChanges({change(Kind::Added, QStringLiteral("b9"), QStringLiteral("acc-1"),
                                 QString(), QStringLiteral("3"))});
        QCOMPARE(filter.rowCount(), 1);
        filter.setAccountId(std::nullopt);
        QVERIFY(!filter.isFiltering());
    }
};

QTEST_GUILESS_MAIN(TestChangeListModel)
#include "tst_changelistmodel.moc"
