#pragma once

// Test-side expectations for bill lists, written from the contract (docs/m3ter-api.md,
// "List bills: filters") against the JSON, not with the server's own code, so a wrong filter in the
// sandbox cannot agree with itself.

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <QUrlQuery>

#include <algorithm>
#include <cmath>

inline int decimalsOf(const QString &currency) {
    if (currency == QLatin1String("JPY"))
        return 0;
    if (currency == QLatin1String("KWD"))
        return 3;
    return 2;
}

inline qint64 minor(double amount, int decimals) {
    return qRound64(amount * std::pow(10.0, decimals));
}

// The fields of a bill the GET …/bills filters look at, read once from the JSON.
struct BillRow {
    QString id, accountId, status, billDate, externalInvoiceDate, billingFrequency, billJobId;
    bool locked = false;
};

inline QList<BillRow> billRows(const QList<QJsonObject> &bills) {
    QList<BillRow> rows;
    for (const QJsonObject &b : bills) {
        auto s = [&](const char *key) { return b.value(QLatin1String(key)).toString(); };
        rows.append({s("id"), s("accountId"), s("status"), s("billDate"), s("externalInvoiceDate"),
                     s("billingFrequency"), s("billJobId"),
                     b.value(QStringLiteral("locked")).toBool()});
    }
    return rows;
}

// An independent reading of docs/m3ter-api.md ("List bills: filters"), written against the JSON
// rather than the server's code.
inline QStringList expectedIds(const QList<BillRow> &bills, const QUrlQuery &query) {
    const auto items = query.queryItems(QUrl::FullyDecoded);
    QList<const BillRow *> kept;
    for (const BillRow &b : bills) {
        bool ok = true;
        for (const auto &[key, value] : items) {
            if (key == QLatin1String("accountId"))
                ok = ok && b.accountId == value;
            else if (key == QLatin1String("status"))
                ok = ok && b.status == value;
            else if (key == QLatin1String("locked")) // true: locked bills included, i.e. no filter
                ok = ok && (value == QLatin1String("true") || !b.locked);
            else if (key == QLatin1String("billDate"))
                ok = ok && b.billDate == value;
            else if (key == QLatin1String("billDateStart"))
                ok = ok && b.billDate >= value;
            else if (key == QLatin1String("billDateEnd"))
                ok = ok && b.billDate < value;
            else if (key == QLatin1String("externalInvoiceDateStart"))
                ok = ok && b.externalInvoiceDate >= value;
            else if (key == QLatin1String("externalInvoiceDateEnd"))
                ok = ok && b.externalInvoiceDate < value;
            else if (key == QLatin1String("billingFrequency"))
                ok = ok && b.billingFrequency == value;
            else if (key == QLatin1String("billJobId"))
                ok = ok && b.billJobId == value;
            else if (key == QLatin1String("ids"))
                ok = ok && value.split(QLatin1Char(',')).contains(b.id);
            if (!ok)
                break;
        }
        if (ok)
            kept.append(&b);
    }
    std::sort(kept.begin(), kept.end(), [](const BillRow *a, const BillRow *b) {
        return a->billDate != b->billDate ? a->billDate < b->billDate : a->id < b->id;
    });
    QStringList ids;
    for (const BillRow *b : kept)
        ids.append(b->id);
    return ids;
}

inline QStringList expectedIds(const QList<QJsonObject> &bills, const QUrlQuery &query) {
    return expectedIds(billRows(bills), query);
}

inline QStringList idsOf(const QList<QJsonObject> &items) {
    QStringList ids;
    for (const QJsonObject &o : items)
        ids.append(o.value(QStringLiteral("id")).toString());
    return ids;
}
