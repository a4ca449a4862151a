#include "models/BillTableColumns.h"

#include "models/BillTableModel.h"

#include <QtGlobal>

#include <iterator>

namespace m3ter {

namespace {

using Shows = BillColumnShows;

// In BillTableModel::Column order (persisted header state refers to these positions).
const BillTableColumn kColumns[] = {
    //: Column title: the short code of the customer account the bill is for.
    {QT_TRANSLATE_NOOP("m3ter::BillTableModel", "Account code"),
     billFieldIndex(&BillRow::accountCode), Shows::AccountCode},
    {QT_TRANSLATE_NOOP("m3ter::BillTableModel", "Account"), billFieldIndex(&BillRow::accountId),
     Shows::AccountName},
    //: Column title: the date the bill was issued.
    {QT_TRANSLATE_NOOP("m3ter::BillTableModel", "Bill date"), billFieldIndex(&BillRow::billDate)},
    //: Column title: the date by which the bill must be paid.
    {QT_TRANSLATE_NOOP("m3ter::BillTableModel", "Due date"), billFieldIndex(&BillRow::dueDate)},
    //: Column title: the period whose usage and charges the bill covers (start to end).
    {QT_TRANSLATE_NOOP("m3ter::BillTableModel", "Service period"),
     billFieldIndex(&BillRow::startDate), Shows::ServicePeriod, true,
     billFieldIndex(&BillRow::endDate)},
    //: Column title: bill status (pending, approved).
    {QT_TRANSLATE_NOOP("m3ter::BillTableModel", "Status"), billFieldIndex(&BillRow::status)},
    //: Column title: a locked bill can no longer be changed or recalculated.
    {QT_TRANSLATE_NOOP("m3ter::BillTableModel", "Locked"), billFieldIndex(&BillRow::locked),
     Shows::FlagText},
    {QT_TRANSLATE_NOOP("m3ter::BillTableModel", "Currency"), billFieldIndex(&BillRow::currency)},
    //: Column title: the bill total in the bill currency.
    {QT_TRANSLATE_NOOP("m3ter::BillTableModel", "Total"), billFieldIndex(&BillRow::total),
     Shows::Total},
    //: Column title: billing frequency, how often the account is billed (monthly, annually...).
    {QT_TRANSLATE_NOOP("m3ter::BillTableModel", "Frequency"),
     billFieldIndex(&BillRow::billingFrequency)},
    //: Column title: the sequential invoice number of the bill.
    {QT_TRANSLATE_NOOP("m3ter::BillTableModel", "Invoice no."),
     billFieldIndex(&BillRow::invoiceNumber)},
    //: Column title: the date of the invoice in an external accounting system.
    {QT_TRANSLATE_NOOP("m3ter::BillTableModel", "Ext. invoice date"),
     billFieldIndex(&BillRow::externalInvoiceDate)},
    //: Column title: the reference of the invoice in an external accounting system.
    {QT_TRANSLATE_NOOP("m3ter::BillTableModel", "Ext. invoice ref."),
     billFieldIndex(&BillRow::externalInvoiceReference), Shows::Field, false},
    //: Column title: whether JSON/CSV bill statements have been generated.
    {QT_TRANSLATE_NOOP("m3ter::BillTableModel", "Statement"),
     billFieldIndex(&BillRow::jsonStatementGenerated), Shows::StatementState},
    //: Column title: when m3ter last calculated the bill.
    {QT_TRANSLATE_NOOP("m3ter::BillTableModel", "Last calculated"),
     billFieldIndex(&BillRow::lastCalculatedMSecs), Shows::Field, false},
};

static_assert(std::size(kColumns) == BillTableModel::ColumnCount,
              "one entry per BillTableModel::Column, in its order");

} // namespace

const BillTableColumn &billTableColumn(int column) {
    Q_ASSERT(column >= 0 && column < int(std::size(kColumns)));
    return kColumns[column];
}

int billTableColumnCount() {
    return int(std::size(kColumns));
}

} // namespace m3ter
