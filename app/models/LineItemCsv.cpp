#include "models/LineItemCsv.h"

#include "domain/EnumLabels.h"

#include <QRegularExpression>

namespace m3ter {

namespace {

QString plain(const std::optional<Decimal> &value) {
    return value ? value->toString() : QString();
}

QString isoUtc(const QDateTime &dateTime) {
    return dateTime.isValid() ? dateTime.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace

QStringList LineItemCsv::header() {
    return {
        tr("Bill ID"),
        tr("Account code"),
        //: CSV header: the unique ID of a line item (one charge of the bill).
        tr("Line item ID"),
        tr("Sequence"),
        tr("Description"),
        tr("Product"),
        tr("Product code"),
        tr("Type"),
        tr("Type code"),
        tr("Quantity"),
        tr("Units"),
        tr("Unit"),
        tr("Average unit price"),
        tr("Subtotal"),
        tr("Currency"),
        tr("Conversion rate"),
        tr("Converted subtotal"),
        //: CSV header: first day of the period the charge covers.
        tr("Service period start (UTC)"),
        //: CSV header: the day after the last day of the period the charge covers.
        tr("Service period end (UTC, exclusive)"),
    };
}

QStringList LineItemCsv::row(const Bill &bill, const BillLineItem &item) {
    return {
        bill.id,
        bill.accountCode,
        item.id,
        item.sequenceNumber ? QString::number(*item.sequenceNumber) : QString(),
        item.description,
        item.productName,
        item.productCode,
        lineItemTypeLabel(item.lineItemType),
        item.lineItemType,
        plain(item.quantity),
        plain(item.units),
        item.unit,
        plain(item.averageUnitPrice),
        plain(item.subtotal),
        item.currency,
        plain(item.conversionRate),
        plain(item.convertedSubtotal),
        isoUtc(item.servicePeriodStartDate),
        isoUtc(item.servicePeriodEndDate),
    };
}

QList<QStringList> LineItemCsv::table(const Bill &bill) {
    QList<QStringList> rows;
    rows.reserve(bill.lineItems.size() + 1);
    rows.append(header());
    for (const BillLineItem &item : bill.lineItems)
        rows.append(row(bill, item));
    return rows;
}

bool LineItemCsv::write(const QString &path, const Bill &bill, const CsvWriter::Options &options,
                        QString *error) {
    CsvWriter csv;
    bool ok = csv.open(path, options) && csv.writeRecord(header());
    for (qsizetype i = 0; ok && i < bill.lineItems.size(); ++i)
        ok = csv.writeRecord(row(bill, bill.lineItems.at(i)));
    ok = ok && csv.commit();
    if (!ok && error)
        *error = csv.errorString();
    return ok;
}

QString LineItemCsv::suggestedFileName(const Bill &bill) {
    const QString account = bill.accountCode.isEmpty() ? bill.id : bill.accountCode;
    const QString date =
        (bill.startDate.isValid() ? bill.startDate : bill.billDate).toString(Qt::ISODate);
    //: File name of a line-item export: %1 account code, %2 period start date.
    QString name = date.isEmpty() ? tr("%1 line items").arg(account)
                                  : tr("%1 %2 line items").arg(account, date);
    // Server data: strip what Windows, macOS or Linux refuse in a file name.
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]"));
    name.replace(unsafe, QStringLiteral("_"));
    name = name.trimmed();
    while (name.endsWith(u'.'))
        name.chop(1);
    return name + QStringLiteral(".csv");
}

} // namespace m3ter
