#include "DetailFixtures.h"
#include "models/LineItemTreeModel.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace m3ter;

class TestLineItemTreeModel : public QObject {
    Q_OBJECT

private:
    const QLocale m_en{QLocale::English, QLocale::UnitedStates};

    QString text(const QAbstractItemModel &model, int row, int column,
                 const QModelIndex &parent = {}) {
        return plainSpaces(model.index(row, column, parent).data().toString());
    }

private slots:
    void passesModelTesterThroughResetAndClear() {
        LineItemTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setBill(parseBill(detailBillJson()), m_en);
        QCOMPARE(model.rowCount(), 4);
        model.setBill(parseBill(detailBillJson()), QLocale(QLocale::German, QLocale::Germany));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void pricingBandsAreChildrenOfTheirLineItem() {
        LineItemTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setBill(parseBill(detailBillJson()), m_en);

        const QModelIndex usage = model.index(0, 0);
        QCOMPARE(model.rowCount(usage), 2);
        QCOMPARE(model.rowCount(model.index(1, 0)), 0); // a standing charge has no bands
        const QModelIndex band2 = model.index(1, 0, usage);
        QCOMPARE(model.parent(band2), usage);
        QCOMPARE(model.rowCount(band2), 0);
        QVERIFY(band2.data(LineItemTreeModel::IsPricingBandRole).toBool());
        QCOMPARE(band2.data(LineItemTreeModel::LineItemIdRole).toString(), QStringLiteral("li-1"));

        QCOMPARE(text(model, 1, LineItemTreeModel::DescriptionColumn, usage),
                 QStringLiteral("Band 2 · from 1,000 · fixed price €5.50"));
        QCOMPARE(text(model, 1, LineItemTreeModel::QuantityColumn, usage),
                 QStringLiteral("1,233,567"));
        // A band's price column is its unit price, kept beyond the cent.
        QCOMPARE(text(model, 1, LineItemTreeModel::AverageUnitPriceColumn, usage),
                 QStringLiteral("€0.00001"));
        QCOMPARE(text(model, 1, LineItemTreeModel::SubtotalColumn, usage),
                 QStringLiteral("€17.84"));
        QCOMPARE(text(model, 1, LineItemTreeModel::ConvertedSubtotalColumn, usage),
                 QStringLiteral("$19.33"));
    }

    void lineItemColumnsAsAFinanceUserReadsThem() {
        LineItemTreeModel model;
        model.setBill(parseBill(detailBillJson()), m_en);

        QCOMPARE(text(model, 0, LineItemTreeModel::DescriptionColumn), QStringLiteral("API calls"));
        QCOMPARE(text(model, 0, LineItemTreeModel::ProductColumn), QStringLiteral("Platform"));
        QCOMPARE(text(model, 0, LineItemTreeModel::TypeColumn), QStringLiteral("Usage"));
        QCOMPARE(text(model, 0, LineItemTreeModel::QuantityColumn), QStringLiteral("1,234,567"));
        QCOMPARE(text(model, 0, LineItemTreeModel::UnitColumn), QStringLiteral("calls"));
        QCOMPARE(text(model, 0, LineItemTreeModel::AverageUnitPriceColumn),
                 QStringLiteral("€0.0000081"));
        QCOMPARE(text(model, 0, LineItemTreeModel::SubtotalColumn), QStringLiteral("€17.84"));
        QCOMPARE(text(model, 0, LineItemTreeModel::ConversionRateColumn), QStringLiteral("1.0834"));
        QCOMPARE(text(model, 0, LineItemTreeModel::ConvertedSubtotalColumn),
                 QStringLiteral("$19.33"));
        QCOMPARE(text(model, 0, LineItemTreeModel::ServicePeriodColumn),
                 QStringLiteral("2/1/2024 – 3/1/2024"));
        QCOMPARE(text(model, 3, LineItemTreeModel::SubtotalColumn),
                 QStringLiteral("(€5.00)")); // en_US accounting style
    }

    void unknownTypeIsShownRaw() {
        LineItemTreeModel model;
        model.setBill(parseBill(detailBillJson()), m_en);
        QCOMPARE(text(model, 2, LineItemTreeModel::TypeColumn),
                 QStringLiteral("QUANTUM_SURCHARGE"));
        QCOMPARE(model.index(2, LineItemTreeModel::TypeColumn)
                     .data(LineItemTreeModel::RawTypeRole)
                     .toString(),
                 QStringLiteral("QUANTUM_SURCHARGE"));
        QCOMPARE(text(model, 3, LineItemTreeModel::TypeColumn), QStringLiteral("Usage Credit"));
    }

    void moneyUsesEachCurrencysOwnDecimals() {
        LineItemTreeModel model;
        model.setBill(parseBill(detailBillJson()), m_en);
        QCOMPARE(text(model, 1, LineItemTreeModel::SubtotalColumn), QStringLiteral("¥12,000"));
        QCOMPARE(text(model, 2, LineItemTreeModel::SubtotalColumn), QStringLiteral("KWD 1.235"));
        // The exact amount stays available for copying and export.
        QCOMPARE(model.index(2, LineItemTreeModel::SubtotalColumn)
                     .data(LineItemTreeModel::ExactValueRole)
                     .toString(),
                 QStringLiteral("1.2345"));

        model.setBill(parseBill(detailBillJson()), QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(text(model, 0, LineItemTreeModel::SubtotalColumn), QStringLiteral("17,84 €"));
        QCOMPARE(text(model, 0, LineItemTreeModel::QuantityColumn), QStringLiteral("1.234.567"));
    }

    void numbersAreRightAlignedTextLeft() {
        LineItemTreeModel model;
        model.setBill(parseBill(detailBillJson()), m_en);
        auto alignment = [&](int column) {
            return Qt::Alignment(model.index(0, column).data(Qt::TextAlignmentRole).toInt());
        };
        for (int c :
             {LineItemTreeModel::QuantityColumn, LineItemTreeModel::UnitsColumn,
              LineItemTreeModel::AverageUnitPriceColumn, LineItemTreeModel::SubtotalColumn,
              LineItemTreeModel::ConversionRateColumn, LineItemTreeModel::ConvertedSubtotalColumn})
            QVERIFY2(alignment(c) & Qt::AlignRight, qPrintable(LineItemTreeModel::columnTitle(c)));
        QVERIFY(alignment(LineItemTreeModel::DescriptionColumn) & Qt::AlignLeft);
        QVERIFY(alignment(LineItemTreeModel::TypeColumn) & Qt::AlignLeft);
    }

    void sortRoleOrdersNumbersByValue() {
        LineItemTreeModel model;
        model.setBill(parseBill(detailBillJson()), m_en);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(LineItemTreeModel::SortRole);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);

        // As text "9" > "10" > "1,234,567"; by value 1 < 9 < 10 < 1234567.
        proxy.sort(LineItemTreeModel::QuantityColumn, Qt::AscendingOrder);
        QStringList order;
        for (int r = 0; r < proxy.rowCount(); ++r)
            order << proxy.index(r, 0).data(LineItemTreeModel::LineItemIdRole).toString();
        QCOMPARE(order, (QStringList{QStringLiteral("li-2"), QStringLiteral("li-3"),
                                     QStringLiteral("li-4"), QStringLiteral("li-1")}));

        // The credit (-5) sorts below every charge.
        proxy.sort(LineItemTreeModel::SubtotalColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, 0).data(LineItemTreeModel::LineItemIdRole).toString(),
                 QStringLiteral("li-4"));
        // Bands stay children of their line item through the proxy.
        const QModelIndex usage =
            proxy
                .match(proxy.index(0, 0), LineItemTreeModel::LineItemIdRole, QStringLiteral("li-1"))
                .value(0);
        QVERIFY(usage.isValid());
        QCOMPARE(proxy.rowCount(usage), 2);
    }

    void lineItemResponseBandsAreShownToo() {
        // Line items paged from …/lineitems carry their bands as `bandUsage`.
        Bill bill;
        bill.currency = QStringLiteral("USD");
        Parsed<BillLineItem> item = BillLineItem::fromLineItemResponse(QJsonDocument::fromJson(R"({
            "id": "x", "description": "Storage", "subtotal": 3, "currency": "USD",
            "lineItemType": "USAGE",
            "bandUsage": [ { "lowerLimit": 0, "bandSubtotal": 1 },
                           { "lowerLimit": 100, "bandSubtotal": 2 } ] })")
                                                                           .object());
        QVERIFY(item.ok());
        bill.lineItems.append(item.value());
        LineItemTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setBill(bill, m_en);
        QCOMPARE(model.rowCount(model.index(0, 0)), 2);
        QCOMPARE(text(model, 1, LineItemTreeModel::SubtotalColumn, model.index(0, 0)),
                 QStringLiteral("$2.00"));
    }
};

QTEST_GUILESS_MAIN(TestLineItemTreeModel)
#include "tst_lineitemtreemodel.moc"
