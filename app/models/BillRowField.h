#pragma once

#include "models/BillRow.h"

namespace m3ter {

// The bill fields a BillRow keeps, shared by BillPageParser (QJsonDocument path) and
// BillRowScanner (single pass over the bytes). They are listed in the order Bill::fromJson reads
// them: the first error stops a bill, so when several fields are wrong both paths report the
// same one.
namespace BillRowField {
enum Field : int {
    Unknown = -1, // a key the row does not keep
    Id,
    AccountId,
    AccountCode,
    StartDate,
    EndDate,
    BillDate,
    DueDate,
    BillingFrequency,
    Currency,
    Locked,
    Status,
    LastCalculatedDate,
    BillTotal,
    ExternalInvoiceDate,
    ExternalInvoiceReference,
    SequentialInvoiceNumber,
    JsonStatementGenerated,
    CsvStatementGenerated,
    StatementStale,
    FieldCount
};

// Stores one of the boolean fields (Locked, JsonStatementGenerated, CsvStatementGenerated,
// StatementStale); BillRow keeps them as bit-fields, which have no address to write through.
inline void setFlag(BillRow *row, Field field, bool flag) {
    if (field == Locked)
        row->locked = flag;
    else if (field == JsonStatementGenerated)
        row->jsonStatementGenerated = flag;
    else if (field == CsvStatementGenerated)
        row->csvStatementGenerated = flag;
    else
        row->statementStale = flag;
}
} // namespace BillRowField

} // namespace m3ter
