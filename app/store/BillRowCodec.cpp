#include "store/BillRowCodec.h"

#include "models/BillListFields.h"
#include "models/StringPool.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <vector>

namespace m3ter::BillRowCodec {

namespace {

// The fields in the order QJsonObject keeps its keys (sorted), so that encode() writes what
// QJsonDocument would: rows stored by an earlier version compare equal byte for byte.
const std::vector<const BillListField *> &fieldsByName() {
    static const std::vector<const BillListField *> fields = [] {
        std::vector<const BillListField *> list;
        for (const BillListField &field : kBillListFields)
            list.push_back(&field);
        std::sort(list.begin(), list.end(),
                  [](const BillListField *a, const BillListField *b) { return a->json < b->json; });
        return list;
    }();
    return fields;
}

// A JSON string as QJsonDocument's compact form writes it: '"' and '\\' escaped, control
// characters as \b \f \n \r \t or \u00XX, the rest as UTF-8. Text beyond ASCII (rare in
// these fields) is left to QJsonDocument itself, which also decides about lone surrogates.
void appendString(QByteArray &out, QStringView text) {
    for (const QChar c : text) {
        if (c.unicode() >= 0x80) {
            const QByteArray array =
                QJsonDocument(QJsonArray{text.toString()}).toJson(QJsonDocument::Compact); // ["…"]
            out.append(array.constData() + 1, array.size() - 2);
            return;
        }
    }
    static const char hex[] = "0123456789abcdef";
    out.append('"');
    for (const QChar qc : text) {
        const char c = char(qc.unicode());
        switch (c) {
        case '"':
            out.append("\\\"", 2);
            break;
        case '\\':
            out.append("\\\\", 2);
            break;
        case '\b':
            out.append("\\b", 2);
            break;
        case '\f':
            out.append("\\f", 2);
            break;
        case '\n':
            out.append("\\n", 2);
            break;
        case '\r':
            out.append("\\r", 2);
            break;
        case '\t':
            out.append("\\t", 2);
            break;
        default:
            if (uchar(c) < 0x20) {
                const char escape[] = {
                    '\\', 'u', '0', '0', hex[uchar(c) >> 4], hex[uchar(c) & 0xf]};
                out.append(escape, sizeof escape);
            } else {
                out.append(c);
            }
        }
    }
    out.append('"');
}

} // namespace

QByteArray encode(const BillRow &row) {
    // Written directly rather than through QJsonObject (a refresh encodes every bill it writes,
    // and building the object cost ~10 µs a bill); tst_billrowcodec checks that the bytes are
    // QJsonDocument's.
    QByteArray out;
    out.reserve(512);
    out.append('{');
    bool first = true;
    const auto key = [&](const BillListField &field) {
        if (!first)
            out.append(',');
        first = false;
        out.append('"').append(field.json.data(), field.json.size()).append("\":", 2);
    };
    for (const BillListField *fieldPointer : fieldsByName()) {
        const BillListField &field = *fieldPointer;
        switch (field.kind) {
        case BillFieldKind::Id:
            key(field);
            appendString(out, (row.*field.id).toString());
            break;
        case BillFieldKind::Text:
        case BillFieldKind::InternedText:
        case BillFieldKind::Enum:
            if (!(row.*field.text).isEmpty()) {
                key(field);
                appendString(out, row.*field.text);
            }
            break;
        case BillFieldKind::Date:
            if ((row.*field.date).isValid()) {
                key(field);
                appendString(out, (row.*field.date).toString(Qt::ISODate));
            }
            break;
        case BillFieldKind::DateTime:
            if (row.*field.msecs != 0) {
                key(field);
                out.append(QByteArray::number(row.*field.msecs));
            }
            break;
        case BillFieldKind::Amount:
            if (row.*field.flag) {
                key(field);
                appendString(out, (row.*field.amount).toString());
            }
            break;
        case BillFieldKind::Flag:
            if (row.*field.flag) {
                key(field);
                out.append("true", 4);
            }
            break;
        }
    }
    out.append('}');
    return out;
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
