#pragma once

#include "domain/Bill.h"

#include <QAbstractItemModel>
#include <QLocale>

namespace m3ter {

// A bill's line items as a two-level tree: top-level rows are line items in the bill's order,
// their children are the pricing bands (usagePerPricingBand / bandUsage). Money is formatted
// with the line item's currency and decimals (JPY 0, KWD 3); unit prices keep their extra
// digits. Unknown line-item types are shown raw.
//
// Band rows use the same columns: Quantity/Units are the band's, Average unit price is the
// band's unit price, Subtotal and Converted subtotal are the band's.
class LineItemTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column {
        DescriptionColumn,
        ProductColumn,
        TypeColumn,
        QuantityColumn,
        UnitsColumn,
        UnitColumn,
        AverageUnitPriceColumn,
        SubtotalColumn,
        ConversionRateColumn,
        ConvertedSubtotalColumn,
        ServicePeriodColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1, // orders a column correctly: numbers, dates, then text
        LineItemIdRole,              // id of the line item (also on its band rows)
        RawTypeRole,                 // lineItemType as sent by the server
        IsPricingBandRole,           // bool
        ExactValueRole,              // numeric columns: plain exact decimal text ("0.30")
        CurrencyRole,                // the line item's currency
    };

    explicit LineItemTreeModel(QObject *parent = nullptr);

    // Shows `bill`'s line items. The locale formats numbers, money and dates.
    void setBill(const Bill &bill, const QLocale &locale = QLocale());
    void clear();

    int lineItemCount() const { return int(m_items.size()); }
    const BillLineItem &lineItem(int row) const { return m_items.at(row); }
    // The currency convertedSubtotal is in (the organization's), when the bill says so.
    QString convertedCurrency() const { return m_convertedCurrency; }

    static QString columnTitle(int column);

    QModelIndex index(int row, int column,
                      const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    QString convertedCurrencyOf(const BillLineItem &item) const;
    QVariant itemData(const BillLineItem &item, int column, int role) const;
    QVariant bandData(const BillLineItem &item, int band, int column, int role) const;

    QList<BillLineItem> m_items;
    QString m_convertedCurrency;
    QLocale m_locale;
};

} // namespace m3ter
