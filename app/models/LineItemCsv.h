#pragma once

#include "domain/Bill.h"
#include "models/CsvWriter.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace m3ter {

// A bill's line items as a CSV table for spreadsheets and auditors: one row per line item (band
// rows would double count in a column sum). Numbers are exact plain decimals with a dot
// ("1234.50", "-0.0025") and date-times ISO 8601 UTC, so any spreadsheet reads them the same way
// whatever the user's locale; the type is given both as the Console label and as the API code.
class LineItemCsv {
    Q_DECLARE_TR_FUNCTIONS(m3ter::LineItemCsv)

public:
    static QStringList header();
    static QStringList row(const Bill &bill, const BillLineItem &item);
    // header() then one row() per line item.
    static QList<QStringList> table(const Bill &bill);
    // Writes table(bill) to `path` atomically; false and a translated *error on failure.
    static bool write(const QString &path, const Bill &bill, const CsvWriter::Options &options,
                      QString *error = nullptr);
    // A file name for the save dialog: "ACME-EU 2024-02-01 line items.csv", without characters
    // that file systems refuse.
    static QString suggestedFileName(const Bill &bill);
};

} // namespace m3ter
