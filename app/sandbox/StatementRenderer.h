#pragma once

#include <QByteArray>

namespace m3ter::sandbox {

class SandboxStore;

// Statement file contents.
//
// SANDBOX-SPECIFIC FORMAT. m3ter publishes no schema for statement files (docs/m3ter-api.md,
// "Statement files"), so these are invented and must not be parsed by the client as if they were
// m3ter's. They are deterministic functions of the bill (no timestamps), so repeated downloads are
// byte-identical.
//
// JSON: {"statementFormat": "m3ter-sandbox/1", billId, accountId, accountCode, accountName,
//        currency, startDate, endDate, billDate,
//        "groups": [{productName, lineItemType, subtotal,
//                    "lineItems": [{lineItemId, description, quantity, unitPrice, subtotal,
//                                   periodStart, periodEnd}]}],   sorted by product, then type
//        "totalsByType": {"<lineItemType>": amount, ...}, "total": amount}
// CSV:  header billId,lineItemId,description,productName,lineItemType,periodStart,periodEnd,
//       quantity,unitPrice,subtotal,currency; one row per line item; RFC 4180 quoting; CRLF.
//       Amounts are exact decimal text with the currency's decimals; unitPrice is the average.
// Padding (SandboxConfig::statementMinBytes, for benchmarks of large downloads): a JSON file gets
// trailing spaces and a final newline (the same JSON value), a CSV file trailing empty lines
// (CRLF), up to at least the minimum size.
class StatementRenderer {
public:
    static QByteArray json(const SandboxStore &store, int billPosition);
    static QByteArray csv(const SandboxStore &store, int billPosition);
    static QByteArray padded(QByteArray statement, bool csv, qint64 minBytes);
    static QByteArray csvField(const QString &value);
};

} // namespace m3ter::sandbox
