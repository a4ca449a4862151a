#include "store/LineItemChangeDetector.h"

#include "domain/Decimal.h"
#include "domain/JsonReader.h"

#include <QHash>
#include <QJsonObject>

#include <optional>

namespace m3ter {

namespace {

using namespace Qt::Literals::StringLiterals;

// The fields of a line item that a change is recorded for.
struct Item {
    QString id;
    QString description;
    QString currency;
    std::optional<Decimal> subtotal;
    std::optional<Decimal> quantity;
    QString productId;
    QString productCode;
    QString productName;
};

Item read(const QJsonObject &json) {
    // One reader per field: JsonReader stops at its first error, and a field of the wrong type
    // should only lose that field.
    const auto text = [&json](QLatin1StringView key) { return JsonReader(json).string(key); };
    const auto number = [&json](QLatin1StringView key) { return JsonReader(json).decimal(key); };
    Item item;
    item.id = text("id"_L1);
    item.description = text("description"_L1);
    item.currency = text("currency"_L1);
    item.subtotal = number("subtotal"_L1);
    item.quantity = number("quantity"_L1);
    item.productId = text("productId"_L1);
    item.productCode = text("productCode"_L1);
    item.productName = text("productName"_L1);
    return item;
}

QString decimalText(const std::optional<Decimal> &value) {
    return value ? value->toString() : QString();
}

QString productText(const Item &item) {
    if (!item.productName.isEmpty())
        return item.productName;
    return item.productCode.isEmpty() ? item.productId : item.productCode;
}

bool sameProduct(const Item &a, const Item &b) {
    if (!a.productId.isEmpty() || !b.productId.isEmpty())
        return a.productId == b.productId;
    return a.productCode == b.productCode && a.productName == b.productName;
}

// Ids in order of appearance, each with its first item (a repeated id is a server error; the
// first one is compared).
struct Items {
    QVector<QString> order;
    QHash<QString, Item> byId;
};

Items index(const QJsonArray &array) {
    Items items;
    for (const QJsonValue &value : array) {
        Item item = read(value.toObject());
        if (item.id.isEmpty() || items.byId.contains(item.id))
            continue;
        items.order.append(item.id);
        items.byId.insert(item.id, std::move(item));
    }
    return items;
}

} // namespace

QVector<BillChange> LineItemChangeDetector::compare(const BillContext &bill,
                                                    const QJsonArray &before,
                                                    const QJsonArray &after) {
    const Items old = index(before);
    const Items now = index(after);
    QVector<BillChange> changes;
    const auto record = [&](BillChange::Kind kind, const Item &item, const QString &oldValue,
                            const QString &newValue) -> BillChange & {
        BillChange c;
        c.kind = kind;
        c.billId = bill.billId;
        c.accountId = bill.accountId;
        c.currency = item.currency.isEmpty() ? bill.currency : item.currency;
        c.lineItemId = item.id;
        c.lineItem = item.description;
        c.oldValue = oldValue;
        c.newValue = newValue;
        changes.append(c);
        return changes.last();
    };

    for (const QString &id : now.order) {
        const Item a = now.byId.value(id);
        const auto found = old.byId.constFind(id);
        if (found == old.byId.cend()) {
            record(BillChange::Kind::LineItemAdded, a, QString(), decimalText(a.subtotal));
            continue;
        }
        const Item &b = *found;
        if (b.subtotal != a.subtotal || b.currency != a.currency) {
            BillChange &c = record(BillChange::Kind::LineItemAmountChanged, a,
                                   decimalText(b.subtotal), decimalText(a.subtotal));
            if (b.currency != a.currency)
                c.oldCurrency = b.currency.isEmpty() ? bill.currency : b.currency;
        }
        if (b.quantity != a.quantity)
            record(BillChange::Kind::LineItemQuantityChanged, a, decimalText(b.quantity),
                   decimalText(a.quantity));
        if (b.description != a.description)
            record(BillChange::Kind::LineItemDescriptionChanged, a, b.description, a.description);
        if (!sameProduct(b, a))
            record(BillChange::Kind::LineItemProductChanged, a, productText(b), productText(a));
    }
    for (const QString &id : old.order) {
        if (!now.byId.contains(id)) {
            const Item b = old.byId.value(id);
            record(BillChange::Kind::LineItemRemoved, b, decimalText(b.subtotal), QString());
        }
    }
    return changes;
}

} // namespace m3ter
