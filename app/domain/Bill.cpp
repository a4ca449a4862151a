#include "domain/Bill.h"

#include "domain/JsonReader.h"

namespace m3ter {

using namespace Qt::Literals::StringLiterals;

Parsed<Bill> Bill::fromJson(const QJsonObject &json) {
    // Keyed lookups with Latin-1 literals: QJsonObject binary-searches its sorted keys without
    // building a QString per field, which keeps a 100-bill page well inside the paging budget.
    JsonReader r(json);
    Bill bill;
    bill.id = r.requiredString("id"_L1);
    bill.version = r.int64("version"_L1);
    bill.accountId = r.string("accountId"_L1);
    bill.accountCode = r.string("accountCode"_L1);
    bill.startDate = r.date("startDate"_L1);
    bill.endDate = r.date("endDate"_L1);
    bill.startDateTimeUtc = r.dateTime("startDateTimeUTC"_L1);
    bill.endDateTimeUtc = r.dateTime("endDateTimeUTC"_L1);
    bill.billDate = r.date("billDate"_L1);
    bill.dueDate = r.date("dueDate"_L1);
    bill.billingFrequency = r.string("billingFrequency"_L1);
    bill.billFrequencyInterval = r.int32("billFrequencyInterval"_L1);
    bill.timezone = r.string("timezone"_L1);
    bill.currency = r.string("currency"_L1);
    bill.locked = r.boolean("locked"_L1);
    bill.status = r.string("status"_L1);
    bill.createdDate = r.dateTime("createdDate"_L1);
    bill.lastCalculatedDate = r.dateTime("lastCalculatedDate"_L1);
    bill.billJobId = r.string("billJobId"_L1);
    bill.currencyConversions =
        r.objectList<CurrencyConversion>("currencyConversions"_L1, &CurrencyConversion::fromJson);
    bill.lineItems = r.objectList<BillLineItem>("lineItems"_L1, &BillLineItem::fromJson);
    bill.billTotal = r.decimal("billTotal"_L1);
    bill.purchaseOrderNumber = r.string("purchaseOrderNumber"_L1);
    bill.externalInvoiceDate = r.date("externalInvoiceDate"_L1);
    bill.externalInvoiceReference = r.string("externalInvoiceReference"_L1);
    bill.sequentialInvoiceNumber = r.string("sequentialInvoiceNumber"_L1);
    bill.jsonStatementGenerated = r.boolean("jsonStatementGenerated"_L1);
    bill.csvStatementGenerated = r.boolean("csvStatementGenerated"_L1);
    bill.statementStale = r.boolean("statementStale"_L1);
    bill.approvedBy = r.string("approvedBy"_L1);
    bill.dtApproved = r.dateTime("dtApproved"_L1);
    bill.lockedBy = r.string("lockedBy"_L1);
    bill.dtLocked = r.dateTime("dtLocked"_L1);
    bill.createdBy = r.string("createdBy"_L1);
    bill.lastModifiedBy = r.string("lastModifiedBy"_L1);
    bill.dtCreated = r.dateTime("dtCreated"_L1);
    bill.dtLastModified = r.dateTime("dtLastModified"_L1);
    if (!r.ok())
        return r.error();
    return bill;
}

} // namespace m3ter
