#pragma once

// Test-side expectations for bill lists, written from the contract (§5.2) against the JSON, not
// with the server's own code, so a wrong filter in the sandbox cannot agree with itself.

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

// An independent reading of §5.2, written against the JSON rather than the server's code.
inline QStringList expectedIds(const QList<QJsonObject> &bills, const QUrlQuery &query) {
    auto s = [](const QJsonObject &b, const char *key) {
        return b.value(QLatin1String(key)).toString();
    };
    QList<QJsonObject> kept;
    for (const QJsonObject &b : bills) {
        bool ok = true;
        for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
            if (key == QLatin1String("accountId"))
                ok = ok && s(b, "accountId") == value;
            else if (key == QLatin1String("status"))
                ok = ok && s(b, "status") == value;
            else if (key == QLatin1String("locked"))
                ok = ok && (value == QLatin1String("true") ||
                            !b.value(QStringLiteral("locked")).toBool());
            else if (key == QLatin1String("billDate"))
                ok = ok && s(b, "billDate") == value;
            else if (key == QLatin1String("billDateStart"))
                ok = ok && s(b, "billDate") >= value;
            else if (key == QLatin1String("billDateEnd"))
                ok = ok && s(b, "billDate") < value;
            else if (key == QLatin1String("externalInvoiceDateStart"))
                ok = ok && s(b, "externalInvoiceDate") >= value;
            else if (key == QLatin1String("externalInvoiceDateEnd"))
                ok = ok && s(b, "externalInvoiceDate") < value;
            else if (key == QLatin1String("billingFrequency"))
                ok = ok && s(b, "billingFrequency") == value;
            else if (key == QLatin1String("billJobId"))
                ok = ok && s(b, "billJobId") == value;
            else if (key == QLatin1String("ids"))
                ok = ok && value.split(QLatin1Char(',')).contains(s(b, "id"));
        }
        if (ok)
            kept.append(b);
    }
    std::sort(kept.begin(), kept.end(), [&](const QJsonObject &a, const QJsonObject &b) {
        return s(a, "billDate") != s(b, "billDate") ? s(a, "billDate") < s(b, "billDate")
                                                    : s(a, "id") < s(b, "id");
    });
    QStringList ids;
    for (const QJsonObject &b : kept)
        ids.append(s(b, "id"));
    return ids;
}

inline QStringList idsOf(const QList<QJsonObject> &items) {
    QStringList ids;
    for (const QJsonObject &o : items)
        ids.append(o.value(QStringLiteral("id")).toString());
    return ids;
}
