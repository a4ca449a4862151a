#pragma once

#include "models/BillRow.h"

#include <QHash>
#include <QString>
#include <QStringView>
#include <QUuid>
#include <QVector>

#include <limits>
#include <memory>
#include <vector>

namespace m3ter {

// The rows of the bill table, in the API's order, kept compactly: a table may hold 300,000 bills
// and a BillRow is 264 bytes before its strings. Here a row is 96 bytes plus the characters of
// its invoice number and external reference:
// - the id as its 16 UUID bytes (any other id text in a side list),
// - the five texts that repeat across bills (account id and code, currency, status, frequency)
//   as indexes into one table of distinct strings,
// - the dates as day numbers, the total as mantissa + scale, the flags as bits,
// - the invoice number and external reference as slices of their chunk's text buffer.
// Rows live in chunks of ChunkRows, so the store never moves a large array while it grows
// (no 8 → 16 MiB reallocation in the middle of a load) and its slack is at most one chunk.
// row() gives back the BillRow exactly as appended (apiOrder = its index), except that an empty
// invoice number or reference comes back null.
class BillRowStore {
public:
    static constexpr int ChunkRows = 1024;

    int size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    void clear();
    void append(const BillRow &row);
    BillRow row(int index) const;

    // Reads of single fields for the hot paths (painting, totals, sorting), no BillRow built.
    BillId id(int index) const;
    QUuid uuid(int index) const; // null for an id that is not a canonical UUID
    const QString &accountId(int index) const { return text(at(index).accountId); }
    const QString &accountCode(int index) const { return text(at(index).accountCode); }
    const QString &currency(int index) const { return text(at(index).currency); }
    const QString &status(int index) const { return text(at(index).status); }
    const QString &billingFrequency(int index) const { return text(at(index).frequency); }
    // Index of the text in the table of distinct strings (texts()): equal texts, equal index.
    quint32 accountIdKey(int index) const { return at(index).accountId; }
    quint32 accountCodeKey(int index) const { return at(index).accountCode; }
    quint32 currencyKey(int index) const { return at(index).currency; }
    quint32 statusKey(int index) const { return at(index).status; }
    quint32 billingFrequencyKey(int index) const { return at(index).frequency; }
    const QVector<QString> &texts() const { return m_texts; }
    QStringView invoiceNumber(int index) const;
    QStringView externalInvoiceReference(int index) const;
    bool hasTotal(int index) const { return at(index).flags & HasTotal; }
    Decimal total(int index) const;
    // Day numbers (QDate::toJulianDay()); InvalidDay for no date.
    static constexpr qint32 InvalidDay = std::numeric_limits<qint32>::min();
    qint32 billDay(int index) const { return at(index).days[BillDay]; }
    qint32 dueDay(int index) const { return at(index).days[DueDay]; }
    qint32 startDay(int index) const { return at(index).days[StartDay]; }
    qint32 endDay(int index) const { return at(index).days[EndDay]; }
    qint32 externalInvoiceDay(int index) const { return at(index).days[ExternalInvoiceDay]; }
    static QDate date(qint32 day) {
        return day == InvalidDay ? QDate() : QDate::fromJulianDay(day);
    }
    qint64 lastCalculatedMSecs(int index) const { return at(index).lastCalculatedMSecs; }
    bool locked(int index) const { return at(index).flags & Locked; }
    bool jsonStatementGenerated(int index) const { return at(index).flags & JsonStatement; }
    bool csvStatementGenerated(int index) const { return at(index).flags & CsvStatement; }
    bool statementStale(int index) const { return at(index).flags & StatementStale; }
    void setStatementState(int index, bool json, bool csv, bool stale);
    // Rows whose statement is stale, counted as rows change: asked after every page of a load,
    // where a scan of every row made the load quadratic.
    int staleStatementCount() const { return m_staleCount; }

    // Where the invoice number / reference of a row lie: which chunk's buffer (chunkText()),
    // offset and length. Lets a sort on another thread read them from shared copies of the
    // buffers without building 100,000 strings.
    struct TextSlice {
        quint32 chunk = 0;
        quint32 offset = 0;
        quint32 length = 0;
    };
    TextSlice invoiceNumberSlice(int index) const;
    TextSlice externalInvoiceReferenceSlice(int index) const;
    int chunkCount() const { return int(m_chunks.size()); }
    // Implicitly shared: a copy stays valid (and unchanged) whatever the store does next.
    const QString &chunkText(int chunk) const { return m_chunks[size_t(chunk)]->text; }

    // Bytes held, for the benchmarks' accounting.
    qint64 bytesReserved() const;

private:
    enum Day { BillDay, DueDay, StartDay, EndDay, ExternalInvoiceDay, DayCount };
    enum Flag : quint8 {
        HasTotal = 1,
        Locked = 2,
        JsonStatement = 4,
        CsvStatement = 8,
        StatementStale = 16,
        OtherId = 32, // the id is m_otherIds[idOther], not a UUID
    };
    struct Row {
        QUuid uuid; // data1 = index into m_otherIds when flags & OtherId
        qint64 mantissa = 0;
        qint64 lastCalculatedMSecs = 0;
        qint32 days[DayCount] = {};
        quint32 accountId = 0; // indexes into m_texts; 0 = null string
        quint32 accountCode = 0;
        quint32 currency = 0;
        quint32 status = 0;
        quint32 frequency = 0;
        quint32 invoiceOffset = 0;
        quint32 invoiceLength = 0;
        quint32 referenceOffset = 0;
        quint32 referenceLength = 0;
        quint8 scale = 0;
        quint8 flags = 0;
    };
    struct Chunk {
        Row rows[ChunkRows];
        QString text; // invoice numbers and references of the chunk's rows, back to back
    };

    const Row &at(int index) const {
        return m_chunks[size_t(index / ChunkRows)]->rows[index % ChunkRows];
    }
    Row &at(int index) { return m_chunks[size_t(index / ChunkRows)]->rows[index % ChunkRows]; }
    const QString &text(quint32 key) const { return m_texts.at(key); }
    quint32 intern(const QString &text);
    static qint32 dayOf(const QDate &date);

    std::vector<std::unique_ptr<Chunk>> m_chunks;
    int m_size = 0;
    int m_staleCount = 0;
    QVector<QString> m_texts{QString()};
    QHash<QString, quint32> m_textIndex;
    QVector<QString> m_otherIds;
};

} // namespace m3ter
