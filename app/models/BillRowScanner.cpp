#include "models/BillRowScanner.h"

#include "domain/JsonReader.h"
#include "models/BillRowField.h"
#include "models/JsonAmount.h"
#include "models/StringPool.h"

#include <cstring>

namespace m3ter {

namespace {

using namespace BillRowField;

// Which field a key names. By length first: a bill has ~40 keys and most are not kept.
Field fieldOf(QByteArrayView key) {
    // Only called with names of key.size() characters.
    const auto equals = [&key](const char *name) {
        return std::memcmp(key.data(), name, size_t(key.size())) == 0;
    };
    switch (key.size()) {
    case 2:
        return equals("id") ? Id : Unknown;
    case 6:
        return equals("locked") ? Locked : equals("status") ? Status : Unknown;
    case 7:
        return equals("endDate") ? EndDate : equals("dueDate") ? DueDate : Unknown;
    case 8:
        return equals("billDate") ? BillDate : equals("currency") ? Currency : Unknown;
    case 9:
        return equals("accountId")   ? AccountId
               : equals("startDate") ? StartDate
               : equals("billTotal") ? BillTotal
                                     : Unknown;
    case 11:
        return equals("accountCode") ? AccountCode : Unknown;
    case 14:
        return equals("statementStale") ? StatementStale : Unknown;
    case 16:
        return equals("billingFrequency") ? BillingFrequency : Unknown;
    case 18:
        return equals("lastCalculatedDate") ? LastCalculatedDate : Unknown;
    case 19:
        return equals("externalInvoiceDate") ? ExternalInvoiceDate : Unknown;
    case 21:
        return equals("csvStatementGenerated") ? CsvStatementGenerated : Unknown;
    case 22:
        return equals("jsonStatementGenerated") ? JsonStatementGenerated : Unknown;
    case 23:
        return equals("sequentialInvoiceNumber") ? SequentialInvoiceNumber : Unknown;
    case 24:
        return equals("externalInvoiceReference") ? ExternalInvoiceReference : Unknown;
    default:
        return Unknown;
    }
}

bool readDate(const JsonString &text, QDate *out) {
    return text.ascii ? JsonReader::toDate(QLatin1StringView(text.raw), out)
                      : JsonReader::toDate(text.toString(), out);
}

bool readUtcMSecs(const JsonString &text, qint64 *out) {
    if (text.ascii)
        return JsonReader::toUtcMSecs(QLatin1StringView(text.raw), out);
    QDateTime dateTime;
    if (!JsonReader::toDateTime(text.toString(), &dateTime))
        return false;
    *out = dateTime.toMSecsSinceEpoch();
    return true;
}

// Pages larger than this go to QJsonDocument, whose parser takes an int length.
constexpr qsizetype kMaxBodySize = qsizetype(1) << 28;

} // namespace

std::optional<BillPage> BillRowScanner::scan(QByteArrayView body, StringPool &pool) {
    if (body.size() > kMaxBodySize)
        return std::nullopt;
    BillRowScanner scanner(body, pool);
    BillPage page;
    if (!scanner.readPage(&page))
        return std::nullopt;
    return page;
}

bool BillRowScanner::readPage(BillPage *page) {
    // A leading byte order mark (which Qt skips) is not '{', so such a body takes Qt's path.
    if (!m_json.take('{'))
        return false;
    bool sawData = false;
    bool sawToken = false;
    if (m_json.take('}'))
        return false; // no "data": Qt's path gives the (empty) answer
    do {
        JsonString key;
        if (!m_json.readString(&key) || key.escaped || !m_json.take(':'))
            return false;
        if (key.raw == QByteArrayView("data")) {
            // Duplicate keys: Qt keeps the last one; not worth reproducing.
            if (sawData || !readBills(&page->rows))
                return false;
            sawData = true;
        } else if (key.raw == QByteArrayView("nextToken")) {
            if (sawToken)
                return false;
            sawToken = true;
            if (m_json.peek() == 'n') {
                if (!m_json.readNull())
                    return false;
            } else {
                JsonString token;
                if (!m_json.readString(&token))
                    return false;
                page->nextToken = token.toString();
            }
        } else if (!m_json.skipValue()) {
            return false;
        }
    } while (m_json.take(','));
    return m_json.take('}') && m_json.atEnd() && sawData;
}

bool BillRowScanner::readBills(QVector<BillRow> *rows) {
    if (!m_json.take('['))
        return false; // null, or not an array at all
    if (m_json.take(']'))
        return true;
    rows->reserve(128); // a page holds 100 bills
    do {
        rows->append(BillRow());
        if (!readBill(&rows->last()))
            return false;
    } while (m_json.take(','));
    return m_json.take(']');
}

bool BillRowScanner::readBill(BillRow *row) {
    if (!m_json.take('{'))
        return false;
    quint32 seen = 0;
    bool hasId = false;
    if (m_json.take('}'))
        return false; // no id
    do {
        JsonString key;
        if (!m_json.readString(&key) || key.escaped || !m_json.take(':'))
            return false;
        const Field field = fieldOf(key.raw);
        if (field == Unknown) {
            if (!m_json.skipValue())
                return false;
            continue;
        }
        const quint32 bit = 1u << field;
        if (seen & bit)
            return false;
        seen |= bit;
        if (m_json.peek() == 'n') {
            // null is "absent"; for the id that is an error, which Qt's path reports.
            if (field == Id || !m_json.readNull())
                return false;
            continue;
        }
        if (!readField(field, row))
            return false;
        hasId = hasId || field == Id;
    } while (m_json.take(','));
    return m_json.take('}') && hasId;
}

bool BillRowScanner::readInterned(QString *out) {
    JsonString text;
    if (!m_json.readString(&text))
        return false;
    *out = text.escaped ? m_pool.intern(text.toString()) : m_pool.internUtf8(text.raw);
    return true;
}

bool BillRowScanner::readField(int field, BillRow *row) {
    switch (Field(field)) {
    case Id: {
        JsonString text;
        if (!m_json.readString(&text))
            return false;
        row->id = text.escaped ? BillId::fromString(text.toString()) : BillId::fromUtf8(text.raw);
        return true;
    }
    case AccountId:
        return readInterned(&row->accountId);
    case AccountCode:
        return readInterned(&row->accountCode);
    case BillingFrequency:
        return readInterned(&row->billingFrequency);
    case Currency:
        return readInterned(&row->currency);
    case Status:
        return readInterned(&row->status);
    case ExternalInvoiceReference:
    case SequentialInvoiceNumber: {
        JsonString text;
        if (!m_json.readString(&text))
            return false;
        (field == SequentialInvoiceNumber ? row->invoiceNumber : row->externalInvoiceReference) =
            text.toString();
        return true;
    }
    case StartDate:
    case EndDate:
    case BillDate:
    case DueDate:
    case ExternalInvoiceDate: {
        JsonString text;
        QDate *date = field == StartDate  ? &row->startDate
                      : field == EndDate  ? &row->endDate
                      : field == BillDate ? &row->billDate
                      : field == DueDate  ? &row->dueDate
                                          : &row->externalInvoiceDate;
        return m_json.readString(&text) && readDate(text, date);
    }
    case LastCalculatedDate: {
        JsonString text;
        return m_json.readString(&text) && readUtcMSecs(text, &row->lastCalculatedMSecs);
    }
    case BillTotal: {
        QByteArrayView number;
        if (!m_json.readNumber(&number))
            return false;
        const std::optional<Decimal> total = JsonAmount::fromNumberText(number);
        if (!total)
            return false;
        row->hasTotal = true;
        row->total = *total;
        return true;
    }
    case Locked:
    case JsonStatementGenerated:
    case CsvStatementGenerated:
    case StatementStale: {
        bool flag = false;
        if (!m_json.readBoolean(&flag))
            return false;
        setFlag(row, Field(field), flag);
        return true;
    }
    case Unknown:
    case FieldCount:
        break;
    }
    return false;
}

} // namespace m3ter
