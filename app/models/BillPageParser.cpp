#include "models/BillPageParser.h"

#include "domain/JsonReader.h"
#include "models/BillListFields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutexLocker>

namespace m3ter {

namespace {

using namespace Qt::Literals::StringLiterals;

// Converts one present, non-null field into `row`, by its kind, with JsonReader's checks;
// false + *message (what Bill::fromJson would report) for a wrong type or format.
bool readField(const BillListField &field, QJsonValueConstRef value, BillRow *row, StringPool &pool,
               QString *message) {
    switch (field.kind) {
    case BillFieldKind::Id:
    case BillFieldKind::Text:
    case BillFieldKind::InternedText:
    case BillFieldKind::Enum: {
        QString text;
        if (!JsonReader::readString(value, &text, message))
            return false;
        if (field.kind == BillFieldKind::Id)
            row->*field.id = BillId::fromString(text);
        else if (field.kind == BillFieldKind::Text)
            row->*field.text = text;
        else
            row->*field.text = pool.intern(text);
        return true;
    }
    case BillFieldKind::Date:
        return JsonReader::readDate(value, &(row->*field.date), message);
    case BillFieldKind::DateTime: {
        QDateTime dateTime;
        if (!JsonReader::readDateTime(value, &dateTime, message))
            return false;
        if (dateTime.isValid())
            row->*field.msecs = dateTime.toMSecsSinceEpoch();
        return true;
    }
    case BillFieldKind::Amount: {
        std::optional<Decimal> amount;
        if (!JsonReader::readDecimal(value, &amount, message))
            return false;
        row->*field.flag = amount.has_value();
        if (amount)
            row->*field.amount = *amount;
        return true;
    }
    case BillFieldKind::Flag:
        return JsonReader::readBoolean(value, &(row->*field.flag), message);
    }
    return true;
}

// BillRow::fromBill(Bill::fromJson(object)) without the Bill: only the fields a row keeps are
// read, with the same rules (absent == null; the id required; a wrong type or format is an error
// naming the field; several wrong fields report the one Bill::fromJson reads first). Fields the
// row does not keep are not looked at, so a malformed one of those does not fail the page here;
// the detail pane, which parses the whole bill, still reports it.
//
// One keyed lookup per field rather than one walk over the object: QJsonObject keeps its keys
// sorted and constFind() compares them in place, while Qt 6.4's iterator can only hand out each
// key as a new QString (see docs/BENCHMARKS.md, round 2).
bool readRow(const QJsonObject &object, StringPool &pool, BillRow *row, ParseError *error) {
    const auto end = object.constEnd();
    for (const BillListField &field : kBillListFields) {
        const auto it = object.constFind(field.json);
        if (it == end || it.value().isNull()) {
            if (field.kind == BillFieldKind::Id) {
                *error = ParseError{QString(field.json), JsonReader::missingMessage()};
                return false;
            }
            continue;
        }
        QString message;
        if (!readField(field, it.value(), row, pool, &message)) {
            *error = ParseError{QString(field.json), message};
            return false;
        }
    }
    return true;
}

} // namespace

BillPageParser::Result BillPageParser::parse(const QByteArray &body) {
    Result result;
    QJsonParseError jsonError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &jsonError);
    if (jsonError.error != QJsonParseError::NoError || !document.isObject()) {
        result.error = ApiError::parse(QString(), jsonError.error != QJsonParseError::NoError
                                                      ? jsonError.errorString()
                                                      : QStringLiteral("not a JSON object"));
        return result;
    }
    const QJsonObject root = document.object();
    const QJsonValue data = root.value(QLatin1String("data"));
    if (!data.isUndefined() && !data.isNull() && !data.isArray()) {
        result.error = ApiError::parse(QStringLiteral("data"), QStringLiteral("not an array"));
        return result;
    }
    const QJsonValue token = root.value(QLatin1String("nextToken"));
    if (token.isString())
        result.page.nextToken = token.toString();
    else if (!token.isUndefined() && !token.isNull()) {
        result.error = ApiError::parse(QStringLiteral("nextToken"), QStringLiteral("not a string"));
        return result;
    }

    const QJsonArray bills = data.toArray();
    result.page.rows.reserve(bills.size());
    QMutexLocker locker(&m_poolMutex);
    for (qsizetype i = 0; i < bills.size(); ++i) {
        const QJsonValue value = bills.at(i);
        if (!value.isObject()) {
            result.error =
                ApiError::parse(QStringLiteral("data[%1]").arg(i), QStringLiteral("not an object"));
            return result;
        }
        BillRow row;
        ParseError error;
        if (!readRow(value.toObject(), m_pool, &row, &error)) {
            result.error =
                ApiError::parse(QStringLiteral("data[%1].").arg(i) + error.field, error.message);
            return result;
        }
        result.page.rows.append(std::move(row));
    }
    return result;
}

} // namespace m3ter
