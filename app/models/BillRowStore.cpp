#include "models/BillRowStore.h"

namespace m3ter {

void BillRowStore::clear() {
    m_chunks.clear();
    m_size = 0;
    m_staleCount = 0;
    m_texts = {QString()};
    m_textIndex.clear();
    m_otherIds.clear();
}

quint32 BillRowStore::intern(const QString &text) {
    if (text.isEmpty())
        return 0;
    const auto it = m_textIndex.constFind(text);
    if (it != m_textIndex.constEnd())
        return *it;
    const auto key = quint32(m_texts.size());
    m_texts.append(text);
    m_textIndex.insert(text, key);
    return key;
}

qint32 BillRowStore::dayOf(const QDate &date) {
    // Dates come from YYYY-MM-DD text: their day numbers are far inside qint32.
    return date.isValid() ? qint32(date.toJulianDay()) : InvalidDay;
}

void BillRowStore::append(const BillRow &source) {
    if (m_size % ChunkRows == 0) {
        if (!m_chunks.empty())
            m_chunks.back()->text.squeeze(); // full: no growth slack left behind
        m_chunks.push_back(std::make_unique<Chunk>());
    }
    Chunk &chunk = *m_chunks.back();
    Row &row = chunk.rows[m_size % ChunkRows];
    row = Row();
    encode(source, chunk, row, false);
    m_staleCount += source.statementStale ? 1 : 0;
    ++m_size;
}

void BillRowStore::replace(int index, const BillRow &source) {
    m_staleCount += (source.statementStale ? 1 : 0) - (statementStale(index) ? 1 : 0);
    Chunk &chunk = *m_chunks[size_t(index / ChunkRows)];
    encode(source, chunk, chunk.rows[index % ChunkRows], true);
}

// Writes `source` into `row` of `chunk`. Over a row already there (`replacing`), a free text
// that is no longer than the one before takes its place in the chunk's buffer, so refreshing
// a list again and again does not grow it; a longer one is added at the end.
void BillRowStore::encode(const BillRow &source, Chunk &chunk, Row &row, bool replacing) {
    const Row before = row;
    row = Row();
    for (int i = 0; i < kBillListFieldCount; ++i) {
        const BillListField &field = kBillListFields[i];
        const int slot = billFieldSlot(i);
        switch (storageOf(field.kind)) {
        case BillFieldStorage::Id: {
            const BillId &id = source.*field.id;
            row.uuid = id.uuid();
            if (row.uuid.isNull()) {
                const bool sameOther = replacing && (before.flags & (1u << OtherIdFlag)) &&
                                       m_otherIds.at(qsizetype(before.uuid.data1)) == id.toString();
                if (sameOther) {
                    row.uuid.data1 = before.uuid.data1;
                } else {
                    row.uuid.data1 = uint(m_otherIds.size());
                    m_otherIds.append(id.toString());
                }
                row.flags |= Flags(1u << OtherIdFlag);
            }
            break;
        }
        case BillFieldStorage::Text: {
            const QString &text = source.*field.text;
            if (replacing && quint32(text.size()) <= before.textLength[slot]) {
                chunk.text.replace(qsizetype(before.textOffset[slot]), text.size(), text);
                row.textOffset[slot] = before.textOffset[slot];
            } else {
                row.textOffset[slot] = quint32(chunk.text.size());
                chunk.text.append(text);
            }
            row.textLength[slot] = quint32(text.size());
            break;
        }
        case BillFieldStorage::Interned:
            row.interned[slot] = intern(source.*field.text);
            break;
        case BillFieldStorage::Day:
            row.days[slot] = dayOf(source.*field.date);
            break;
        case BillFieldStorage::MSecs:
            row.msecs[slot] = source.*field.msecs;
            break;
        case BillFieldStorage::Amount:
            if (source.*field.flag) {
                const Decimal &amount = source.*field.amount;
                row.mantissa[slot] = amount.mantissa();
                row.scale[slot] = quint8(amount.scale());
                row.flags |= Flags(1u << (AmountFlags + slot));
            }
            break;
        case BillFieldStorage::Flag:
            if (source.*field.flag)
                row.flags |= Flags(1u << slot);
            break;
        }
    }
}

BillRowStore BillRowStore::reordered(const QVector<int> &order) const {
    BillRowStore copy;
    // The tables of distinct texts and other ids are shared as they are: the copied rows keep
    // their keys into them.
    copy.m_texts = m_texts;
    copy.m_textIndex = m_textIndex;
    copy.m_otherIds = m_otherIds;
    for (const int index : order) {
        if (copy.m_size % ChunkRows == 0) {
            if (!copy.m_chunks.empty())
                copy.m_chunks.back()->text.squeeze();
            copy.m_chunks.push_back(std::make_unique<Chunk>());
        }
        Chunk &chunk = *copy.m_chunks.back();
        Row &row = chunk.rows[copy.m_size % ChunkRows];
        row = at(index);
        const QString &from = chunkText(index / ChunkRows);
        for (int slot = 0; slot < TextCount; ++slot) {
            const auto offset = quint32(chunk.text.size());
            chunk.text.append(QStringView(from).mid(row.textOffset[slot], row.textLength[slot]));
            row.textOffset[slot] = offset;
        }
        copy.m_staleCount += statementStale(index) ? 1 : 0;
        ++copy.m_size;
    }
    return copy;
}

BillId BillRowStore::id(int index) const {
    const Row &row = at(index);
    if (row.flags & (1u << OtherIdFlag))
        return BillId::fromString(m_otherIds.at(qsizetype(row.uuid.data1)));
    return BillId::fromUuid(row.uuid);
}

QUuid BillRowStore::uuid(int index) const {
    const Row &row = at(index);
    return (row.flags & (1u << OtherIdFlag)) ? QUuid() : row.uuid;
}

QStringView BillRowStore::freeText(int index, int slot) const {
    const Row &row = at(index);
    return QStringView(chunkText(index / ChunkRows))
        .mid(row.textOffset[slot], row.textLength[slot]);
}

BillRowStore::TextSlice BillRowStore::freeTextSlice(int index, int slot) const {
    const Row &row = at(index);
    return {quint32(index / ChunkRows), row.textOffset[slot], row.textLength[slot]};
}

Decimal BillRowStore::amount(int index, int slot) const {
    const Row &row = at(index);
    // Parts of a Decimal that was valid when appended.
    return Decimal::fromParts(row.mantissa[slot], row.scale[slot]).value_or(Decimal());
}

void BillRowStore::setFlag(int index, int slot, bool on) {
    Row &row = at(index);
    const auto bit = Flags(1u << slot);
    row.flags = Flags(on ? row.flags | bit : row.flags & ~bit);
}

void BillRowStore::setStatementState(int index, bool json, bool csv, bool stale) {
    m_staleCount += (stale ? 1 : 0) - (statementStale(index) ? 1 : 0);
    setFlag(index, kJsonStatement, json);
    setFlag(index, kCsvStatement, csv);
    setFlag(index, kStatementStale, stale);
}

BillRow BillRowStore::row(int index) const {
    BillRow row;
    for (int i = 0; i < kBillListFieldCount; ++i) {
        const BillListField &field = kBillListFields[i];
        const int slot = billFieldSlot(i);
        switch (storageOf(field.kind)) {
        case BillFieldStorage::Id:
            row.*field.id = id(index);
            break;
        case BillFieldStorage::Text: {
            const QStringView text = freeText(index, slot);
            if (!text.isEmpty())
                row.*field.text = text.toString();
            break;
        }
        case BillFieldStorage::Interned:
            row.*field.text = interned(index, slot);
            break;
        case BillFieldStorage::Day:
            row.*field.date = date(day(index, slot));
            break;
        case BillFieldStorage::MSecs:
            row.*field.msecs = msecs(index, slot);
            break;
        case BillFieldStorage::Amount:
            row.*field.flag = hasAmount(index, slot);
            if (row.*field.flag)
                row.*field.amount = amount(index, slot);
            break;
        case BillFieldStorage::Flag:
            row.*field.flag = flag(index, slot);
            break;
        }
    }
    row.apiOrder = index;
    return row;
}

qint64 BillRowStore::bytesReserved() const {
    qint64 bytes = qint64(m_chunks.size()) * qint64(sizeof(Chunk));
    for (const auto &chunk : m_chunks)
        bytes += chunk->text.capacity() * qint64(sizeof(QChar));
    return bytes;
}

} // namespace m3ter
