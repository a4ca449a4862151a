#pragma once

#include "domain/Decimal.h"

#include <QDate>
#include <QMetaType>
#include <QString>
#include <QVector>

namespace m3ter {

class Bill;
class StringPool;

// What the bill table keeps of one bill: only what its columns, totals and actions need.
// A table may hold 100,000 of these, so strings that repeat across bills (account ids and codes,
// currencies, enum values) are interned through a StringPool and shared, dates are QDate, and the
// four flags are bits.
struct BillRow {
    QString id;
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
    bool hasTotal : 1;
    bool locked : 1;
    bool jsonStatementGenerated : 1;
    bool csvStatementGenerated : 1;
    bool statementStale : 1;

    BillRow()
        : hasTotal(false)
        , locked(false)
        , jsonStatementGenerated(false)
        , csvStatementGenerated(false)
        , statementStale(false) {}

    static BillRow fromBill(const Bill &bill, StringPool &pool);
};

} // namespace m3ter

// Every member is relocatable (implicitly shared Qt values, Decimal, scalars), so QList may move
// rows with memcpy/realloc() when it grows instead of copying them one by one. Declared before
// any QVector<BillRow> is used.
Q_DECLARE_TYPEINFO(m3ter::BillRow, Q_RELOCATABLE_TYPE);

namespace m3ter {

struct BillPage {
    QVector<BillRow> rows;
    QString nextToken;
};

} // namespace m3ter

Q_DECLARE_METATYPE(m3ter::BillPage)
