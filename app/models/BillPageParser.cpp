#include "models/BillPageParser.h"

#include "domain/JsonReader.h"
#include "models/BillRowField.h"
#include "models/BillRowScanner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutexLocker>

namespace m3ter {

namespace {

using namespace Qt::Literals::StringLiterals;

using namespace BillRowField;

constexpr QLatin1StringView kFieldNames[FieldCount] = {
    "id"_L1,
    "accountId"_L1,
    "accountCode"_L1,
    "startDate"_L1,
    "endDate"_L1,
    "billDate"_L1,
    "dueDate"_L1,
    "billingFrequency"_L1,
    "currency"_L1,
    "locked"_L1,
    "status"_L1,
    "lastCalculatedDate"_L1,
    "billTotal"_L1,
    "externalInvoiceDate"_L1,
    "externalInvoiceReference"_L1,
    "sequentialInvoiceNumber"_L1,
    "jsonStatementGenerated"_L1,
    "csvStatementGenerated"_L1,
    "statementStale"_L1,
};

// Converts one present, non-null field into `row` with JsonReader's checks; false + *message
// (what Bill::fromJson would report) for a wrong type or format.
bool readField(Field field, QJsonValueConstRef value, BillRow *row, StringPool &pool,
               QString *message) {
    switch (field) {
    case Id:
    case AccountId:
    case AccountCode:
    case BillingFrequency:
    case Currency:
    case Status:
    case ExternalInvoiceReference:
    case SequentialInvoiceNumber: {
        QString text;
        if (!JsonReader::readString(value, &text, message))
            return false;
        switch (field) {
        case Id:
            row->id = BillId::fromString(text);
            break;
        case AccountId:
            row->accountId = pool.intern(text);
            break;
        case AccountCode:
            row->accountCode = pool.intern(text);
            break;
        case BillingFrequency:
            row->billingFrequency = pool.intern(text);
            break;
        case Currency:
            row->currency = pool.intern(text);
            break;
        case Status:
            row->status = pool.intern(text);
            break;
        case ExternalInvoiceReference:
            row->externalInvoiceReference = text;
            break;
        default:
            row->invoiceNumber = text;
            break;
        }
        return true;
    }
    case StartDate:
        return JsonReader::readDate(value, &row->startDate, message);
    case EndDate:
        return JsonReader::readDate(value, &row->endDate, message);
    case BillDate:
        return JsonReader::readDate(value, &row->billDate, message);
    case DueDate:
        return JsonReader::readDate(value, &row->dueDate, message);
    case ExternalInvoiceDate:
        return JsonReader::readDate(value, &row->externalInvoiceDate, message);
    case LastCalculatedDate: {
        QDateTime dateTime;
        if (!JsonReader::readDateTime(value, &dateTime, message))
            return false;
        if (dateTime.isValid())
            row->lastCalculatedMSecs = dateTime.toMSecsSinceEpoch();
        return true;
    }
    case BillTotal: {
        std::optional<Decimal> total;
        if (!JsonReader::readDecimal(value, &total, message))
            return false;
        row->hasTotal = total.has_value();
        if (total)
            row->total = *total;
        return true;
    }
    case Locked:
    case JsonStatementGenerated:
    case CsvStatementGenerated:
    case StatementStale: {
        bool flag = false;
        if (!JsonReader::readBoolean(value, &flag, message))
            return false;
        setFlag(row, field, flag);
        return true;
    }
    case Unknown:
    case FieldCount:
        break;
    }
    return true;
}

// BillRow::fromBill(Bill::fromJson(object)) without the Bill: only the fields a row keeps are
// read, with the same rules (absent == null; `id` required; a wrong type or format is an error
// naming the field; several wrong fields report the one Bill::fromJson reads first). Fields the
// row does not keep are not looked at, so a malformed one of those does not fail the page here;
// the detail pane, which parses the whole bill, still reports it.
//
// One keyed lookup per field rather than one walk over the object: QJsonObject keeps its keys
// sorted and constFind() compares them in place, while Qt 6.4's iterator can only hand out each
// key as a new QString, so walking the ~40 keys of a bill was no faster (5.61 vs 5.62 µs/bill in
// bench_paging) and costs work for every field the row does not keep.
bool readRow(const QJsonObject &object, StringPool &pool, BillRow *row, ParseError *error) {
    const auto end = object.constEnd();
    for (int i = 0; i < FieldCount; ++i) {
        const Field field = Field(i);
        const auto it = object.constFind(kFieldNames[field]);
        if (it == end || it.value().isNull()) {
            if (field == Id) {
                *error = ParseError{QString(kFieldNames[Id]), JsonReader::missingMessage()};
                return false;
            }
            continue;
        }
        QString message;
        if (!readField(field, it.value(), row, pool, &message)) {
            *error = ParseError{QString(kFieldNames[field]), message};
            return false;
        }
    }
    return true;
}

} // namespace

BillPageParser::Result BillPageParser::parse(const QByteArray &body) {
    {
        QMutexLocker locker(&m_poolMutex);
        if (std::optional<BillPage> page = BillRowScanner::scan(body, m_pool))
            return Result{std::move(*page), ApiError()};
    }
    return parseDocument(body);
}

BillPageParser::Result BillPageParser::parseDocument(const QByteArray &body) {
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
