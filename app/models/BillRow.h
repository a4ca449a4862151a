#pragma once

#include "domain/Decimal.h"

#include <QDate>
#include <QMetaType>
#include <QSharedData>
#include <QString>
#include <QUuid>
#include <QVector>

namespace m3ter {

class Bill;
class StringPool;

// A bill id as the table keeps it: 24 bytes and, for a canonical id, no heap block at all.
// m3ter ids are lowercase UUIDs ("0b0f…-…"); such an id is stored as its 16 bytes, where a
// QString would take 24 bytes plus a ~112-byte heap block per row. Any other text (not a UUID,
// upper case, braces, the nil UUID) is kept as written, shared. toString() gives back exactly
// the text the API sent.
class BillId {
public:
    BillId() = default;
    static BillId fromString(const QString &text);

    QString toString() const;
    // So code that wants the id as text (MainWindow, tests) reads `row.id` as before.
    operator QString() const { return toString(); }

    bool isEmpty() const { return m_uuid.isNull() && (!m_text || m_text->text.isEmpty()); }
    bool isUuid() const { return !m_uuid.isNull(); } // stored compactly
    // The 16 bytes of a canonical UUID id; null for any other id text.
    QUuid uuid() const { return m_uuid; }
    static BillId fromUuid(const QUuid &uuid) {
        BillId id;
        id.m_uuid = uuid;
        return id;
    }

    friend bool operator==(const BillId &a, const BillId &b) {
        if (a.m_uuid != b.m_uuid)
            return false;
        if (!a.m_uuid.isNull())
            return true;
        return (a.m_text ? a.m_text->text : QString()) == (b.m_text ? b.m_text->text : QString());
    }
    friend bool operator!=(const BillId &a, const BillId &b) { return !(a == b); }
    friend bool operator==(const BillId &a, const QString &b) { return a == fromString(b); }
    friend bool operator==(const QString &a, const BillId &b) { return fromString(a) == b; }
    friend bool operator!=(const BillId &a, const QString &b) { return !(a == b); }
    friend bool operator!=(const QString &a, const BillId &b) { return !(a == b); }

private:
    static BillId fromUuidBytes(const quint8 (&bytes)[16]);

    struct Text : QSharedData {
        QString text;
    };
    QUuid m_uuid; // null: the id is m_text (or empty)
    QExplicitlySharedDataPointer<Text> m_text;
};

} // namespace m3ter

Q_DECLARE_TYPEINFO(m3ter::BillId, Q_RELOCATABLE_TYPE);

namespace m3ter {

// What the bill table keeps of one bill: the fields of kBillListFields (BillListFields.h), which
// says how each is read and stored. A row lives only between the parser and BillRowStore (and
// when billAt() rebuilds one), so it favours plain members over compactness; strings that repeat
// across bills (account ids and codes, currencies, enum values) are still interned through a
// StringPool, so a page's rows share them.
struct BillRow {
    BillId id;
    QString accountId;        // interned
    QString accountCode;      // interned
    QString currency;         // interned
    QString status;           // interned raw enum value
    QString billingFrequency; // interned raw enum value
    QString invoiceNumber;
    QString externalInvoiceReference;
    Decimal total;
    QDate billDate;
    QDate dueDate;
    QDate startDate;
    QDate endDate;
    QDate externalInvoiceDate;
    qint64 lastCalculatedMSecs = 0; // UTC ms since epoch; 0 = unknown
    int apiOrder = 0;               // position in the API's order, so a sort can be undone
    bool hasTotal = false;
    bool locked = false;
    bool jsonStatementGenerated = false;
    bool csvStatementGenerated = false;
    bool statementStale = false;

    // The row of a fully parsed Bill: what BillPageParser must give for the same JSON (its
    // tests and fuzz_bill_page hold it to this).
    static BillRow fromBill(const Bill &bill, StringPool &pool);
};

} // namespace m3ter

// Every member is relocatable (implicitly shared Qt values, BillId, Decimal, scalars), so QList may
// move rows with memcpy/realloc() when it grows instead of copying them one by one. Declared before
// any QVector<BillRow> is used.
Q_DECLARE_TYPEINFO(m3ter::BillRow, Q_RELOCATABLE_TYPE);

namespace m3ter {

struct BillPage {
    QVector<BillRow> rows;
    QString nextToken;
};

} // namespace m3ter

Q_DECLARE_METATYPE(m3ter::BillPage)
