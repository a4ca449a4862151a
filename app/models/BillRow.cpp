#include "models/BillRow.h"

#include "domain/Bill.h"
#include "models/StringPool.h"

namespace m3ter {

BillRow BillRow::fromBill(const Bill &bill, StringPool &pool) {
    BillRow row;
    row.id = bill.id;
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
