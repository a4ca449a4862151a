#include "store/BillRowCodec.h"

#include "models/BillListFields.h"
#include "models/StringPool.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace m3ter::BillRowCodec {

QByteArray encode(const BillRow &row) {
    QJsonObject object;
    for (const BillListField &field : kBillListFields) {
        switch (field.kind) {
        case BillFieldKind::Id:
            object.insert(field.json, (row.*field.id).toString());
            break;
        case BillFieldKind::Text:
        case BillFieldKind::InternedText:
        case BillFieldKind::Enum:
            if (!(row.*field.text).isEmpty())
                object.insert(field.json, row.*field.text);
            break;
        case BillFieldKind::Date:
            if ((row.*field.date).isValid())
                object.insert(field.json, (row.*field.date).toString(Qt::ISODate));
            break;
        case BillFieldKind::DateTime:
            if (row.*field.msecs != 0)
                object.insert(field.json, row.*field.msecs);
            break;
        case BillFieldKind::Amount:
            if (row.*field.flag)
                object.insert(field.json, (row.*field.amount).toString());
            break;
        case BillFieldKind::Flag:
            if (row.*field.flag)
                object.insert(field.json, true);
            break;
        }
    }
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<BillRow> decode(const QByteArray &json, StringPool &pool) {
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (!document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    BillRow row;
    for (const BillListField &field : kBillListFields) {
        const QJsonValue value = object.value(field.json);
        if (value.isUndefined())
            continue;
        switch (field.kind) {
        case BillFieldKind::Id:
            row.*field.id = BillId::fromString(value.toString());
            break;
        case BillFieldKind::Text:
            row.*field.text = value.toString();
            break;
        case BillFieldKind::InternedText:
        case BillFieldKind::Enum:
            row.*field.text = pool.intern(value.toString());
            break;
        case BillFieldKind::Date:
            row.*field.date = QDate::fromString(value.toString(), Qt::ISODate);
            break;
        case BillFieldKind::DateTime:
            row.*field.msecs = value.toInteger();
            break;
        case BillFieldKind::Amount:
            if (const std::optional<Decimal> amount = Decimal::fromString(value.toString())) {
                row.*field.amount = *amount;
                row.*field.flag = true;
            }
            break;
        case BillFieldKind::Flag:
            row.*field.flag = value.toBool();
            break;
        }
    }
    if (row.id.isEmpty())
        return std::nullopt;
    return row;
}

} // namespace m3ter::BillRowCodec
