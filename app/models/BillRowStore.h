#pragma once

#include "models/BillListFields.h"
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
// and a BillRow is over 200 bytes before its strings. Each field of kBillListFields is kept by
// its storage class (BillListFields.h):
// - the id as its 16 UUID bytes (any other id text in a side list),
// - interned texts (account id and code, currency, enum values) as indexes into one table of
//   distinct strings,
// - dates as day numbers, date-times as UTC milliseconds, amounts as mantissa + scale, flags
//   (and whether each amount was present) as bits,
// - free texts (invoice number, external reference) as slices of their chunk's text buffer.
// Rows live in chunks of ChunkRows, so the store never moves a large array while it grows
// (no 8 → 16 MiB reallocation in the middle of a load) and its slack is at most one chunk.
// row() gives back the BillRow exactly as appended (apiOrder = its index), except that an empty
// free text comes back null.
class BillRowStore {
public:
    static constexpr int ChunkRows = 1024;

    int size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    void clear();
    void append(const BillRow &row);
    // Overwrites the row at `index` (a refresh brought the same bill again).
    void replace(int index, const BillRow &row);
    // A copy holding the rows at `order`, in that order (a merged refresh put back in API order).
    BillRowStore reordered(const QVector<int> &order) const;
    BillRow row(int index) const;

    // Reads of single fields for the hot paths (painting, totals, sorting), no BillRow built.
    // `slot` is billFieldSlot() of a field of the matching storage class.
    BillId id(int index) const;
    QUuid uuid(int index) const; // null for an id that is not a canonical UUID
    const QString &interned(int index, int slot) const { return text(internedKey(index, slot)); }
    // Index of the text in the table of distinct strings (texts()): equal texts, equal index.
    quint32 internedKey(int index, int slot) const { return at(index).interned[slot]; }
    const QVector<QString> &texts() const { return m_texts; }
    QStringView freeText(int index, int slot) const;
    // Day numbers (QDate::toJulianDay()); InvalidDay for no date.
    static constexpr qint32 InvalidDay = std::numeric_limits<qint32>::min();
    qint32 day(int index, int slot) const { return at(index).days[slot]; }
    static QDate date(qint32 day) {
        return day == InvalidDay ? QDate() : QDate::fromJulianDay(day);
    }
    qint64 msecs(int index, int slot) const { return at(index).msecs[slot]; }
    bool hasAmount(int index, int slot) const { return flag(index, AmountFlags + slot); }
    Decimal amount(int index, int slot) const;
    bool flag(int index, int slot) const { return at(index).flags & (1u << slot); }
    void setFlag(int index, int slot, bool on);

    // The fields the model's own logic reads (totals, the account directory, statements).
    const QString &accountId(int index) const { return interned(index, kAccountId); }
    const QString &accountCode(int index) const { return interned(index, kAccountCode); }
    const QString &currency(int index) const { return interned(index, kCurrency); }
    quint32 accountIdKey(int index) const { return internedKey(index, kAccountId); }
    quint32 accountCodeKey(int index) const { return internedKey(index, kAccountCode); }
    quint32 currencyKey(int index) const { return internedKey(index, kCurrency); }
    bool hasTotal(int index) const { return hasAmount(index, kTotal); }
    Decimal total(int index) const { return amount(index, kTotal); }
    bool jsonStatementGenerated(int index) const { return flag(index, kJsonStatement); }
    bool csvStatementGenerated(int index) const { return flag(index, kCsvStatement); }
    bool statementStale(int index) const { return flag(index, kStatementStale); }
    void setStatementState(int index, bool json, bool csv, bool stale);
    // Rows whose statement is stale, counted as rows change: asked after every page of a load,
    // where a scan of every row made the load quadratic.
    int staleStatementCount() const { return m_staleCount; }

    // Where a free text of a row lies: which chunk's buffer (chunkText()), offset and length.
    // Lets a sort on another thread read them from shared copies of the buffers without building
    // 100,000 strings.
    struct TextSlice {
        quint32 chunk = 0;
        quint32 offset = 0;
        quint32 length = 0;
    };
    TextSlice freeTextSlice(int index, int slot) const;
    int chunkCount() const { return int(m_chunks.size()); }
    // Implicitly shared: a copy stays valid (and unchanged) whatever the store does next.
    const QString &chunkText(int chunk) const { return m_chunks[size_t(chunk)]->text; }

    // Bytes held, for the benchmarks' accounting.
    qint64 bytesReserved() const;

private:
    static constexpr int kAccountId = billFieldSlotOf(&BillRow::accountId);
    static constexpr int kAccountCode = billFieldSlotOf(&BillRow::accountCode);
    static constexpr int kCurrency = billFieldSlotOf(&BillRow::currency);
    static constexpr int kTotal = billFieldSlotOf(&BillRow::total);
    static constexpr int kJsonStatement = billFieldSlotOf(&BillRow::jsonStatementGenerated);
    static constexpr int kCsvStatement = billFieldSlotOf(&BillRow::csvStatementGenerated);
    static constexpr int kStatementStale = billFieldSlotOf(&BillRow::statementStale);

    static constexpr int TextCount = billFieldCount(BillFieldStorage::Text);
    static constexpr int InternedCount = billFieldCount(BillFieldStorage::Interned);
    static constexpr int DayCount = billFieldCount(BillFieldStorage::Day);
    static constexpr int MSecsCount = billFieldCount(BillFieldStorage::MSecs);
    static constexpr int AmountCount = billFieldCount(BillFieldStorage::Amount);
    static constexpr int FlagCount = billFieldCount(BillFieldStorage::Flag);
    // Bits of Row::flags: the Flag fields, then one per amount (present), then OtherId.
    static constexpr int AmountFlags = FlagCount;
    static constexpr int OtherIdFlag = FlagCount + AmountCount;
    using Flags = quint16;
    static_assert(OtherIdFlag < 16, "Row::flags holds every flag bit");

    // Arrays of at least one element, so a storage class without fields still compiles.
    template <class T, int N>
    using Slots = T[N > 0 ? N : 1];
    struct Row {
        QUuid uuid; // data1 = index into m_otherIds when the OtherId flag is set
        Slots<qint64, AmountCount> mantissa = {};
        Slots<qint64, MSecsCount> msecs = {};
        Slots<qint32, DayCount> days = {};
        Slots<quint32, InternedCount> interned = {}; // indexes into m_texts; 0 = null string
        Slots<quint32, TextCount> textOffset = {};
        Slots<quint32, TextCount> textLength = {};
        Slots<quint8, AmountCount> scale = {};
        Flags flags = 0;
    };
    struct Chunk {
        Row rows[ChunkRows];
        QString text; // free texts of the chunk's rows, back to back
    };

    const Row &at(int index) const {
        return m_chunks[size_t(index / ChunkRows)]->rows[index % ChunkRows];
    }
    Row &at(int index) { return m_chunks[size_t(index / ChunkRows)]->rows[index % ChunkRows]; }
    const QString &text(quint32 key) const { return m_texts.at(key); }
    quint32 intern(const QString &text);
    void encode(const BillRow &source, Chunk &chunk, Row &row, bool replacing);
    static qint32 dayOf(const QDate &date);

    std::vector<std::unique_ptr<Chunk>> m_chunks;
    int m_size = 0;
    int m_staleCount = 0;
    QVector<QString> m_texts{QString()};
    QHash<QString, quint32> m_textIndex;
    QVector<QString> m_otherIds;
};

} // namespace m3ter
