// The bill page parser, differentially: every row BillPageParser::parse gives (the fields of
// kBillListFields, read by kind) against Bill::fromJson + BillRow::fromBill on each element that
// Bill::fromJson accepts. Any difference, or a sanitizer report, is a finding.
#include "FuzzSupport.h"
#include "domain/Bill.h"
#include "models/BillPageParser.h"
#include "models/StringPool.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace m3ter;

namespace {

// Every BillRow member, by name (as tst_billpageparser compares them).
QString rowDifference(const BillRow &a, const BillRow &b) {
#define BILLS_CHECK(expr)                                                                          \
    if (!(a.expr == b.expr))                                                                       \
        return QStringLiteral(#expr);
    BILLS_CHECK(id)
    BILLS_CHECK(id.toString())
    BILLS_CHECK(accountId)
    BILLS_CHECK(accountCode)
    BILLS_CHECK(currency)
    BILLS_CHECK(status)
    BILLS_CHECK(billingFrequency)
    BILLS_CHECK(invoiceNumber)
    BILLS_CHECK(invoiceNumber.isNull())
    BILLS_CHECK(externalInvoiceReference)
    BILLS_CHECK(externalInvoiceReference.isNull())
    BILLS_CHECK(hasTotal)
    BILLS_CHECK(total)
    BILLS_CHECK(total.scale())
    BILLS_CHECK(billDate)
    BILLS_CHECK(dueDate)
    BILLS_CHECK(startDate)
    BILLS_CHECK(endDate)
    BILLS_CHECK(externalInvoiceDate)
    BILLS_CHECK(lastCalculatedMSecs)
    BILLS_CHECK(locked)
    BILLS_CHECK(jsonStatementGenerated)
    BILLS_CHECK(csvStatementGenerated)
    BILLS_CHECK(statementStale)
#undef BILLS_CHECK
    return QString();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray body = fuzz::bytes(data, size);
    // A fresh parser (and string pool) per input: state carried between inputs would make a
    // finding impossible to reproduce from its file alone.
    BillPageParser parser;
    const BillPageParser::Result parsed = parser.parse(body);

    StringPool pool;
    if (!parsed.error.isError()) {
        // Every row the parser gives is what the domain type gives for that element.
        const QJsonArray bills =
            QJsonDocument::fromJson(body).object().value(QLatin1String("data")).toArray();
        FUZZ_CHECK(
            bills.size() == parsed.page.rows.size(),
            QStringLiteral("%1 elements, %2 rows").arg(bills.size()).arg(parsed.page.rows.size()));
        for (qsizetype i = 0; i < bills.size(); ++i) {
            // The page parser reads only the fields a row keeps, so Bill::fromJson may refuse
            // an element the page accepts (a bad line item, say); when it accepts one, the
            // row must be the same.
            const Parsed<Bill> bill = Bill::fromJson(bills.at(i).toObject());
            if (!bill.ok())
                continue;
            BillRow reference = BillRow::fromBill(bill.value(), pool);
            reference.apiOrder = parsed.page.rows.at(i).apiOrder;
            const QString field = rowDifference(parsed.page.rows.at(i), reference);
            FUZZ_CHECK(field.isEmpty(),
                       QStringLiteral("Bill::fromJson, row %1: %2").arg(i).arg(field));
        }
    }
    return 0;
}
