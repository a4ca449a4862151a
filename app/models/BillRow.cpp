#include "models/BillRow.h"

#include "domain/Bill.h"
#include "models/StringPool.h"

namespace m3ter {

namespace {

int hexValue(char16_t c) {
    if (c >= u'0' && c <= u'9')
        return c - u'0';
    if (c >= u'a' && c <= u'f')
        return c - u'a' + 10;
    return -1; // upper case too: it would not come back as written
}

// The 16 bytes of `text` if it is exactly what
// QUuid::toString(QUuid::WithoutBraces) writes (8-4-4-4-12 lowercase hex digits), so toString()
// gives back the very same text.
bool canonicalUuidBytes(const char16_t *p, qsizetype size, quint8 (&bytes)[16]) {
    if (size != 36)
        return false;
    int byte = 0;
    for (int i = 0; i < 36;) {
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (p[i] != u'-')
                return false;
            ++i;
            continue;
        }
        const int hi = hexValue(p[i]);
        const int lo = hexValue(p[i + 1]);
        if (hi < 0 || lo < 0)
            return false;
        bytes[byte++] = quint8(hi << 4 | lo);
        i += 2;
    }
    return true;
}

} // namespace

BillId BillId::fromUuidBytes(const quint8 (&bytes)[16]) {
    BillId id;
    id.m_uuid =
        QUuid::fromRfc4122(QByteArrayView(reinterpret_cast<const char *>(bytes), sizeof bytes));
    return id;
}

BillId BillId::fromString(const QString &text) {
    quint8 bytes[16];
    if (canonicalUuidBytes(reinterpret_cast<const char16_t *>(text.constData()), text.size(),
                           bytes)) {
        const BillId id = fromUuidBytes(bytes);
        if (id.isUuid())
            return id;
    }
    BillId id;
    // The nil UUID stays text: a null m_uuid means "not a UUID".
    if (!text.isNull()) {
        id.m_text = new Text;
        id.m_text->text = text;
    }
    return id;
}

QString BillId::toString() const {
    if (!m_uuid.isNull())
        return m_uuid.toString(QUuid::WithoutBraces);
    return m_text ? m_text->text : QString();
}

BillRow BillRow::fromBill(const Bill &bill, StringPool &pool) {
    BillRow row;
    row.id = BillId::fromString(bill.id);
    row.accountId = pool.intern(bill.accountId);
    row.accountCode = pool.intern(bill.accountCode);
    row.currency = pool.intern(bill.currency);
    row.status = pool.intern(bill.status);
    row.billingFrequency = pool.intern(bill.billingFrequency);
    row.invoiceNumber = bill.sequentialInvoiceNumber;
    row.externalInvoiceReference = bill.externalInvoiceReference;
    row.hasTotal = bill.billTotal.has_value();
    if (row.hasTotal)
        row.total = *bill.billTotal;
    row.billDate = bill.billDate;
    row.dueDate = bill.dueDate;
    row.startDate = bill.startDate;
    row.endDate = bill.endDate;
    row.externalInvoiceDate = bill.externalInvoiceDate;
    if (bill.lastCalculatedDate.isValid())
        row.lastCalculatedMSecs = bill.lastCalculatedDate.toMSecsSinceEpoch();
    row.locked = bill.isLocked();
    row.jsonStatementGenerated = bill.jsonStatementGenerated.value_or(false);
    row.csvStatementGenerated = bill.csvStatementGenerated.value_or(false);
    row.statementStale = bill.statementStale.value_or(false);
    return row;
}

} // namespace m3ter
