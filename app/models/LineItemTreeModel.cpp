#include "models/LineItemTreeModel.h"

#include "domain/EnumLabels.h"
#include "domain/Money.h"
#include "models/DecimalFormat.h"
#include "models/DisplayFormat.h"

#include <QSet>

namespace m3ter {

namespace {

// internalId of an index: 0 for a line item, 1 + the line item's row for a pricing band.
constexpr quintptr kTopLevel = 0;

bool isNumericColumn(int column) {
    switch (column) {
    case LineItemTreeModel::QuantityColumn:
    case LineItemTreeModel::UnitsColumn:
    case LineItemTreeModel::AverageUnitPriceColumn:
    case LineItemTreeModel::SubtotalColumn:
    case LineItemTreeModel::ConversionRateColumn:
    case LineItemTreeModel::ConvertedSubtotalColumn:
        return true;
    default:
        return false;
    }
}

QVariant sortNumber(const std::optional<Decimal> &value) {
    // Sorting only: doubles order correctly here even where they would not add up exactly.
    return value ? QVariant(value->toDouble()) : QVariant();
}

QVariant exactText(const std::optional<Decimal> &value) {
    return value ? QVariant(value->toString()) : QVariant();
}

QString numberText(const std::optional<Decimal> &value, const QLocale &locale) {
    return value ? formatDecimal(*value, locale) : QString();
}

QString moneyText(const std::optional<Decimal> &value, const QString &currency,
                  const QLocale &locale) {
    return value ? formatMoney(*value, currency, locale) : QString();
}

QString servicePeriodText(const BillLineItem &item, const QLocale &locale) {
    const QDate start = item.servicePeriodStartDate.toUTC().date();
    const QDate end = item.servicePeriodEndDate.toUTC().date();
    return formatPeriod(start, end, locale);
}

} // namespace

LineItemTreeModel::LineItemTreeModel(QObject *parent)
    : QAbstractItemModel(parent) {}

void LineItemTreeModel::setBill(const Bill &bill, const QLocale &locale) {
    beginResetModel();
    m_items = bill.lineItems;
    m_locale = locale;
    // Conversions go from the bill currency to the organization currency (docs/m3ter-api.md,
    // "Currency conversion"), which is what convertedSubtotal is in. Without conversions the bill
    // is already in it.
    QSet<QString> targets;
    for (const CurrencyConversion &c : bill.currencyConversions)
        targets.insert(c.to.toUpper());
    if (targets.size() == 1)
        m_convertedCurrency = *targets.constBegin();
    else if (targets.isEmpty())
        m_convertedCurrency = bill.currency.toUpper();
    else
        m_convertedCurrency.clear(); // ambiguous: show the bare number rather than guess
    endResetModel();
}

void LineItemTreeModel::clear() {
    beginResetModel();
    m_items.clear();
    m_convertedCurrency.clear();
    endResetModel();
}

QString LineItemTreeModel::columnTitle(int column) {
    switch (column) {
    case DescriptionColumn:
        //: Line-item column: description of the charge (line item: one charge of a bill).
        return tr("Description");
    case ProductColumn:
        return tr("Product");
    case TypeColumn:
        //: Line-item column: the kind of charge (usage, standing charge, minimum spend...).
        return tr("Type");
    case QuantityColumn:
        return tr("Quantity");
    case UnitsColumn:
        //: Line-item column: the billed number of units (after pricing rules), not the unit name.
        return tr("Units");
    case UnitColumn:
        //: Line-item column: the name of the unit the quantity is measured in (e.g. GB, API call).
        return tr("Unit");
    case AverageUnitPriceColumn:
        //: Line-item column: average price per unit across the pricing bands.
        return tr("Avg. unit price");
    case SubtotalColumn:
        return tr("Subtotal");
    case ConversionRateColumn:
        //: Line-item column: the currency conversion rate applied to the subtotal.
        return tr("Conversion rate");
    case ConvertedSubtotalColumn:
        //: Line-item column: the subtotal after currency conversion, in the bill currency.
        return tr("Converted subtotal");
    case ServicePeriodColumn:
        //: Line-item column: the period the charge covers.
        return tr("Service period");
    default:
        return QString();
    }
}

QModelIndex LineItemTreeModel::index(int row, int column, const QModelIndex &parent) const {
    if (row < 0 || column < 0 || column >= ColumnCount)
        return QModelIndex();
    if (!parent.isValid()) {
        if (row >= m_items.size())
            return QModelIndex();
        return createIndex(row, column, kTopLevel);
    }
    if (parent.internalId() != kTopLevel || parent.row() >= m_items.size())
        return QModelIndex(); // bands have no children
    if (row >= m_items.at(parent.row()).pricingBands.size())
        return QModelIndex();
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex LineItemTreeModel::parent(const QModelIndex &child) const {
    if (!child.isValid() || child.internalId() == kTopLevel)
        return QModelIndex();
    return createIndex(int(child.internalId() - 1), 0, kTopLevel);
}

int LineItemTreeModel::rowCount(const QModelIndex &parent) const {
    if (!parent.isValid())
        return int(m_items.size());
    if (parent.column() != 0 || parent.internalId() != kTopLevel)
        return 0;
    return int(m_items.at(parent.row()).pricingBands.size());
}

int LineItemTreeModel::columnCount(const QModelIndex &parent) const {
    Q_UNUSED(parent);
    return ColumnCount;
}

bool LineItemTreeModel::hasChildren(const QModelIndex &parent) const {
    return rowCount(parent) > 0;
}

Qt::ItemFlags LineItemTreeModel::flags(const QModelIndex &index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() != kTopLevel)
        f |= Qt::ItemNeverHasChildren;
    return f;
}

QVariant LineItemTreeModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QVariant();
    if (role == Qt::DisplayRole)
        return columnTitle(section);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(isNumericColumn(section) ? Qt::AlignRight | Qt::AlignVCenter
                                                            : Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case AverageUnitPriceColumn:
            return tr("Average price per unit across all pricing bands; for a band, the band's "
                      "unit price.");
        case SubtotalColumn:
            return tr("In the line item's currency, before conversion.");
        case ConvertedSubtotalColumn:
            return tr("After applying the conversion rate.");
        case ServicePeriodColumn:
            return tr("The end date is exclusive.");
        default:
            break;
        }
    }
    return QVariant();
}

QVariant LineItemTreeModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(isNumericColumn(index.column())
                                       ? Qt::AlignRight | Qt::AlignVCenter
                                       : Qt::AlignLeft | Qt::AlignVCenter);
    if (index.internalId() == kTopLevel)
        return itemData(m_items.at(index.row()), index.column(), role);
    const int itemRow = int(index.internalId() - 1);
    return bandData(m_items.at(itemRow), index.row(), index.column(), role);
}

QString LineItemTreeModel::convertedCurrencyOf(const BillLineItem &item) const {
    if (!m_convertedCurrency.isEmpty())
        return m_convertedCurrency;
    // Several conversion targets: only a rate of exactly 1 says which currency this is.
    if (item.conversionRate && *item.conversionRate == Decimal::fromInt(1))
        return item.currency;
    return QString();
}

QVariant LineItemTreeModel::itemData(const BillLineItem &item, int column, int role) const {
    switch (role) {
    case LineItemIdRole:
        return item.id;
    case RawTypeRole:
        return item.lineItemType;
    case IsPricingBandRole:
        return false;
    case CurrencyRole:
        return item.currency;
    default:
        break;
    }

    const QString convertedCurrency = convertedCurrencyOf(item);

    switch (column) {
    case DescriptionColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return item.description;
        if (role == SortRole)
            return item.description.toCaseFolded();
        break;
    case ProductColumn: {
        const QString name = item.productName.isEmpty() ? item.productCode : item.productName;
        if (role == Qt::DisplayRole)
            return name;
        if (role == SortRole)
            return name.toCaseFolded();
        if (role == Qt::ToolTipRole && !item.productCode.isEmpty())
            return tr("Product code: %1").arg(item.productCode);
        break;
    }
    case TypeColumn:
        if (role == Qt::DisplayRole)
            return lineItemTypeLabel(item.lineItemType);
        if (role == SortRole)
            return lineItemTypeLabel(item.lineItemType).toCaseFolded();
        if (role == Qt::ToolTipRole) {
            if (isKnownLineItemType(item.lineItemType))
                return item.lineItemType;
            return tr("A line-item type this version does not know: %1").arg(item.lineItemType);
        }
        break;
    case QuantityColumn:
        if (role == Qt::DisplayRole)
            return numberText(item.quantity, m_locale);
        if (role == SortRole)
            return sortNumber(item.quantity);
        if (role == ExactValueRole)
            return exactText(item.quantity);
        break;
    case UnitsColumn:
        if (role == Qt::DisplayRole)
            return numberText(item.units, m_locale);
        if (role == SortRole)
            return sortNumber(item.units);
        if (role == ExactValueRole)
            return exactText(item.units);
        break;
    case UnitColumn:
        if (role == Qt::DisplayRole)
            return item.unit;
        if (role == SortRole)
            return item.unit.toCaseFolded();
        break;
    case AverageUnitPriceColumn:
        if (role == Qt::DisplayRole)
            return item.averageUnitPrice
                       ? formatUnitPrice(*item.averageUnitPrice, item.currency, m_locale)
                       : QString();
        if (role == SortRole)
            return sortNumber(item.averageUnitPrice);
        if (role == ExactValueRole || role == Qt::ToolTipRole)
            return exactText(item.averageUnitPrice);
        break;
    case SubtotalColumn:
        if (role == Qt::DisplayRole)
            return moneyText(item.subtotal, item.currency, m_locale);
        if (role == SortRole)
            return sortNumber(item.subtotal);
        if (role == ExactValueRole)
            return exactText(item.subtotal);
        if (role == Qt::ToolTipRole && item.subtotal)
            return QString(item.subtotal->toString() + u' ' + item.currency);
        break;
    case ConversionRateColumn:
        if (role == Qt::DisplayRole)
            return numberText(item.conversionRate, m_locale);
        if (role == SortRole)
            return sortNumber(item.conversionRate);
        if (role == ExactValueRole)
            return exactText(item.conversionRate);
        break;
    case ConvertedSubtotalColumn:
        if (role == Qt::DisplayRole)
            return moneyText(item.convertedSubtotal, convertedCurrency, m_locale);
        if (role == SortRole)
            return sortNumber(item.convertedSubtotal);
        if (role == ExactValueRole)
            return exactText(item.convertedSubtotal);
        break;
    case ServicePeriodColumn:
        if (role == Qt::DisplayRole)
            return servicePeriodText(item, m_locale);
        if (role == SortRole)
            return item.servicePeriodStartDate;
        if (role == Qt::ToolTipRole && item.servicePeriodEndDate.isValid())
            return tr("From %1 up to, but not including, %2")
                .arg(formatDateTime(item.servicePeriodStartDate, m_locale),
                     formatDateTime(item.servicePeriodEndDate, m_locale));
        break;
    default:
        break;
    }
    return QVariant();
}

QVariant LineItemTreeModel::bandData(const BillLineItem &item, int bandRow, int column,
                                     int role) const {
    const PricingBand &band = item.pricingBands.at(bandRow);
    switch (role) {
    case LineItemIdRole:
        return item.id;
    case RawTypeRole:
        return item.lineItemType;
    case IsPricingBandRole:
        return true;
    case CurrencyRole:
        return item.currency;
    default:
        break;
    }

    const QString convertedCurrency = convertedCurrencyOf(item);

    switch (column) {
    case DescriptionColumn: {
        if (role == SortRole)
            return bandRow; // bands keep their tier order
        if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
            break;
        //: Pricing band: one tier of tiered pricing (e.g. units 0-1000 at one price). %1: band
        //: number, %2: first unit of the band.
        QString text = band.lowerLimit ? tr("Band %1 · from %2")
                                             .arg(m_locale.toString(bandRow + 1),
                                                  formatDecimal(*band.lowerLimit, m_locale))
                                       //: Pricing band (tier of tiered pricing) number %1.
                                       : tr("Band %1").arg(m_locale.toString(bandRow + 1));
        if (band.fixedPrice && !band.fixedPrice->isZero())
            //: Pricing band with a fixed price for the whole band instead of a price per unit.
            text = tr("%1 · fixed price %2")
                       .arg(text, formatMoney(*band.fixedPrice, item.currency, m_locale));
        return text;
    }
    case QuantityColumn:
        if (role == Qt::DisplayRole)
            return numberText(band.bandQuantity, m_locale);
        if (role == SortRole)
            return sortNumber(band.bandQuantity);
        if (role == ExactValueRole)
            return exactText(band.bandQuantity);
        break;
    case UnitsColumn:
        if (role == Qt::DisplayRole)
            return numberText(band.bandUnits, m_locale);
        if (role == SortRole)
            return sortNumber(band.bandUnits);
        if (role == ExactValueRole)
            return exactText(band.bandUnits);
        break;
    case UnitColumn:
        if (role == Qt::DisplayRole)
            return item.unit;
        break;
    case AverageUnitPriceColumn:
        if (role == Qt::DisplayRole)
            return band.unitPrice ? formatUnitPrice(*band.unitPrice, item.currency, m_locale)
                                  : QString();
        if (role == SortRole)
            return sortNumber(band.unitPrice);
        if (role == ExactValueRole || role == Qt::ToolTipRole)
            return exactText(band.unitPrice);
        break;
    case SubtotalColumn:
        if (role == Qt::DisplayRole)
            return moneyText(band.bandSubtotal, item.currency, m_locale);
        if (role == SortRole)
            return sortNumber(band.bandSubtotal);
        if (role == ExactValueRole)
            return exactText(band.bandSubtotal);
        break;
    case ConvertedSubtotalColumn:
        if (role == Qt::DisplayRole)
            return moneyText(band.convertedBandSubtotal, convertedCurrency, m_locale);
        if (role == SortRole)
            return sortNumber(band.convertedBandSubtotal);
        if (role == ExactValueRole)
            return exactText(band.convertedBandSubtotal);
        break;
    default:
        break;
    }
    return QVariant();
}

} // namespace m3ter
