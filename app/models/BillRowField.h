#pragma once

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
} // namespace BillRowField

} // namespace m3ter
