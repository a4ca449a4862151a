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
    row.uuid = source.id.uuid();
    if (row.uuid.isNull()) {
        row.uuid.data1 = uint(m_otherIds.size());
        m_otherIds.append(source.id.toString());
        row.flags |= OtherId;
    }
    row.mantissa = source.hasTotal ? source.total.mantissa() : 0;
    row.scale = source.hasTotal ? quint8(source.total.scale()) : 0;
    row.lastCalculatedMSecs = source.lastCalculatedMSecs;
    row.days[BillDay] = dayOf(source.billDate);
    row.days[DueDay] = dayOf(source.dueDate);
    row.days[StartDay] = dayOf(source.startDate);
    row.days[EndDay] = dayOf(source.endDate);
    row.days[ExternalInvoiceDay] = dayOf(source.externalInvoiceDate);
    row.accountId = intern(source.accountId);
    row.accountCode = intern(source.accountCode);
    row.currency = intern(source.currency);
    row.status = intern(source.status);
    row.frequency = intern(source.billingFrequency);
    row.invoiceOffset = quint32(chunk.text.size());
    row.invoiceLength = quint32(source.invoiceNumber.size());
    chunk.text.append(source.invoiceNumber);
    row.referenceOffset = quint32(chunk.text.size());
    row.referenceLength = quint32(source.externalInvoiceReference.size());
    chunk.text.append(source.externalInvoiceReference);
    row.flags |= (source.hasTotal ? HasTotal : 0) | (source.locked ? Locked : 0) |
                 (source.jsonStatementGenerated ? JsonStatement : 0) |
                 (source.csvStatementGenerated ? CsvStatement : 0) |
                 (source.statementStale ? StatementStale : 0);
    m_staleCount += source.statementStale ? 1 : 0;
    ++m_size;
}

BillId BillRowStore::id(int index) const {
    const Row &row = at(index);
    if (row.flags & OtherId)
        return BillId::fromString(m_otherIds.at(qsizetype(row.uuid.data1)));
    return BillId::fromUuid(row.uuid);
}

QUuid BillRowStore::uuid(int index) const {
    const Row &row = at(index);
    return (row.flags & OtherId) ? QUuid() : row.uuid;
}

QStringView BillRowStore::invoiceNumber(int index) const {
    const Row &row = at(index);
    return QStringView(chunkText(index / ChunkRows)).mid(row.invoiceOffset, row.invoiceLength);
}

QStringView BillRowStore::externalInvoiceReference(int index) const {
    const Row &row = at(index);
    return QStringView(chunkText(index / ChunkRows)).mid(row.referenceOffset, row.referenceLength);
}

BillRowStore::TextSlice BillRowStore::invoiceNumberSlice(int index) const {
    const Row &row = at(index);
    return {quint32(index / ChunkRows), row.invoiceOffset, row.invoiceLength};
}

BillRowStore::TextSlice BillRowStore::externalInvoiceReferenceSlice(int index) const {
    const Row &row = at(index);
    return {quint32(index / ChunkRows), row.referenceOffset, row.referenceLength};
}

Decimal BillRowStore::total(int index) const {
    const Row &row = at(index);
    // Parts of a Decimal that was valid when appended.
    return Decimal::fromParts(row.mantissa, row.scale).value_or(Decimal());
}

void BillRowStore::setStatementState(int index, bool json, bool csv, bool stale) {
    Row &row = at(index);
    m_staleCount += (stale ? 1 : 0) - ((row.flags & StatementStale) ? 1 : 0);
    row.flags = quint8((row.flags & ~(JsonStatement | CsvStatement | StatementStale)) |
                       (json ? JsonStatement : 0) | (csv ? CsvStatement : 0) |
                       (stale ? StatementStale : 0));
}

BillRow BillRowStore::row(int index) const {
    BillRow row;
    row.id = id(index);
    row.accountId = accountId(index);
    row.accountCode = accountCode(index);
    row.currency = currency(index);
    row.status = status(index);
    row.billingFrequency = billingFrequency(index);
    const QStringView invoice = invoiceNumber(index);
    if (!invoice.isEmpty())
        row.invoiceNumber = invoice.toString();
    const QStringView reference = externalInvoiceReference(index);
    if (!reference.isEmpty())
        row.externalInvoiceReference = reference.toString();
    row.hasTotal = hasTotal(index);
    if (row.hasTotal)
        row.total = total(index);
    row.billDate = date(billDay(index));
    row.dueDate = date(dueDay(index));
    row.startDate = date(startDay(index));
    row.endDate = date(endDay(index));
    row.externalInvoiceDate = date(externalInvoiceDay(index));
    row.lastCalculatedMSecs = lastCalculatedMSecs(index);
    row.apiOrder = index;
    row.locked = locked(index);
    row.jsonStatementGenerated = jsonStatementGenerated(index);
    row.csvStatementGenerated = csvStatementGenerated(index);
    row.statementStale = statementStale(index);
    return row;
}

qint64 BillRowStore::bytesReserved() const {
    qint64 bytes = qint64(m_chunks.size()) * qint64(sizeof(Chunk));
    for (const auto &chunk : m_chunks)
        bytes += chunk->text.capacity() * qint64(sizeof(QChar));
    return bytes;
}

} // namespace m3ter
