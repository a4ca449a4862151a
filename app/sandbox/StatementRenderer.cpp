#include "StatementRenderer.h"

#include "CurrencyTable.h"
#include "JsonRenderer.h"
#include "SandboxStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>

namespace m3ter::sandbox {

namespace {

// Average unit price as decimal text: exact division is not always finite, so six extra decimals
// beyond the currency's are enough for a statement.
QString averagePrice(qint64 subtotalMinor, qint64 quantity, int decimals) {
    if (quantity == 0)
        return CurrencyTable::format(0, decimals);
    const int extra = 6;
    const qint64 scaled =
        qint64(double(subtotalMinor) * double(CurrencyTable::pow10(extra)) / double(quantity));
    return CurrencyTable::format(scaled, decimals + extra);
}

} // namespace

QByteArray StatementRenderer::padded(QByteArray statement, bool csv, qint64 minBytes) {
    const qint64 missing = minBytes - statement.size();
    if (missing <= 0)
        return statement;
    if (csv) {
        statement.reserve(statement.size() + missing + 1);
        for (qint64 i = 0; i < (missing + 1) / 2; ++i)
            statement.append("\r\n", 2);
    } else {
        statement.append(QByteArray(qMax<qint64>(0, missing - 1), ' '));
        statement.append('\n');
    }
    return statement;
}

QByteArray StatementRenderer::json(const SandboxStore &store, int position) {
    const BillRecord &b = store.bill(position);
    const AccountRecord &a = store.accountOf(position);
    const int decimals = CurrencyTable::at(a.currency).decimals;
    const QList<LineItemRecord> items = store.lineItems(position);

    // QMap keeps the groups and totals sorted, which makes the output deterministic.
    QMap<QPair<QString, QString>, QList<const LineItemRecord *>> groups;
    QMap<QString, qint64> totalsByType;
    qint64 total = 0;
    for (const LineItemRecord &li : items) {
        groups[{li.productName, li.lineItemType}].append(&li);
        totalsByType[li.lineItemType] += li.subtotalMinor;
        total += li.subtotalMinor;
    }

    QJsonArray groupArray;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        QJsonArray lines;
        qint64 subtotal = 0;
        for (const LineItemRecord *li : it.value()) {
            subtotal += li->subtotalMinor;
            lines.append(QJsonObject{
                {QStringLiteral("lineItemId"), li->id.toString(QUuid::WithoutBraces)},
                {QStringLiteral("description"), li->description},
                {QStringLiteral("quantity"), double(li->quantity)},
                {QStringLiteral("unitPrice"),
                 averagePrice(li->subtotalMinor, li->quantity, decimals).toDouble()},
                {QStringLiteral("subtotal"), CurrencyTable::toDouble(li->subtotalMinor, decimals)},
                {QStringLiteral("periodStart"), JsonRenderer::date(b.startDate)},
                {QStringLiteral("periodEnd"), JsonRenderer::date(b.endDate)},
            });
        }
        groupArray.append(QJsonObject{
            {QStringLiteral("productName"), it.key().first},
            {QStringLiteral("lineItemType"), it.key().second},
            {QStringLiteral("subtotal"), CurrencyTable::toDouble(subtotal, decimals)},
            {QStringLiteral("lineItems"), lines},
        });
    }
    QJsonObject totals;
    for (auto it = totalsByType.cbegin(); it != totalsByType.cend(); ++it)
        totals.insert(it.key(), CurrencyTable::toDouble(it.value(), decimals));

    const QJsonObject doc{
        {QStringLiteral("statementFormat"), QStringLiteral("m3ter-sandbox/1")},
        {QStringLiteral("billId"), store.billId(position)},
        {QStringLiteral("accountId"), a.id.toString(QUuid::WithoutBraces)},
        {QStringLiteral("accountCode"), a.code},
        {QStringLiteral("accountName"), a.name},
        {QStringLiteral("currency"), CurrencyTable::code(a.currency)},
        {QStringLiteral("startDate"), JsonRenderer::date(b.startDate)},
        {QStringLiteral("endDate"), JsonRenderer::date(b.endDate)},
        {QStringLiteral("billDate"), JsonRenderer::date(b.billDate)},
        {QStringLiteral("groups"), groupArray},
        {QStringLiteral("totalsByType"), totals},
        {QStringLiteral("total"), CurrencyTable::toDouble(total, decimals)},
    };
    return QJsonDocument(doc).toJson(QJsonDocument::Indented);
}

QByteArray StatementRenderer::csvField(const QString &value) {
    QByteArray utf8 = value.toUtf8();
    if (utf8.contains(',') || utf8.contains('"') || utf8.contains('\n') || utf8.contains('\r'))
        return '"' + utf8.replace("\"", "\"\"") + '"';
    return utf8;
}

QByteArray StatementRenderer::csv(const SandboxStore &store, int position) {
    const BillRecord &b = store.bill(position);
    const AccountRecord &a = store.accountOf(position);
    const int decimals = CurrencyTable::at(a.currency).decimals;
    const QString billId = store.billId(position);
    const QString currency = CurrencyTable::code(a.currency);

    QByteArray out = "billId,lineItemId,description,productName,lineItemType,periodStart,periodEnd,"
                     "quantity,unitPrice,subtotal,currency\r\n";
    for (const LineItemRecord &li : store.lineItems(position)) {
        const QStringList fields{
            billId,
            li.id.toString(QUuid::WithoutBraces),
            li.description,
            li.productName,
            li.lineItemType,
            JsonRenderer::date(b.startDate),
            JsonRenderer::date(b.endDate),
            QString::number(li.quantity),
            averagePrice(li.subtotalMinor, li.quantity, decimals),
            CurrencyTable::format(li.subtotalMinor, decimals),
            currency,
        };
        QList<QByteArray> encoded;
        for (const QString &f : fields)
            encoded.append(csvField(f));
        out += encoded.join(',') + "\r\n";
    }
    return out;
}

} // namespace m3ter::sandbox
